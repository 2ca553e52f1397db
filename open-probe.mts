import { LibraryStore, loadLibraryFile } from './main/core/library';
const file = '/tmp/r100k/library.json';
for (let i = 0; i < 3; i++) {
  (globalThis as any).gc?.();
  let c = process.cpuUsage(); let t = performance.now();
  await LibraryStore.open(file, { seedFile: file });
  let u = process.cpuUsage(c);
  console.log('store.open wall', (performance.now() - t).toFixed(0), 'cpu', ((u.user + u.system) / 1000).toFixed(0));
  (globalThis as any).gc?.();
  c = process.cpuUsage(); t = performance.now();
  await loadLibraryFile(file);
  u = process.cpuUsage(c);
  console.log('loadLibraryFile wall', (performance.now() - t).toFixed(0), 'cpu', ((u.user + u.system) / 1000).toFixed(0));
}
