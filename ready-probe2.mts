// Temporary probe: the app's order at 100k — worker started, library opened in main, first answer.
import { existsSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { LibraryStore } from './main/core/library';
import { SearchWorker } from './main/core/library/search/worker/client';
// @ts-expect-error plain ESM
import { buildTargets } from './scripts/build.mjs';

const dir = '/tmp/r100k';
const file = path.join(dir, 'library.json');
if (process.env.BUILD !== '0') await buildTargets(['search-worker']);
const bundle = path.resolve('dist/search-worker.js');
const savedIndexFile = path.join(dir, 'library.search-index');
if (process.env.FRESH === '1' || !existsSync(savedIndexFile)) {
  await rm(savedIndexFile, { force: true });
  const store = await LibraryStore.open(file, { seedFile: file });
  const w = new SearchWorker(bundle, { savedIndexFile, saveDelayMs: 0 }, (d) => store.versionOf(d));
  await w.find(store.data, { search: 'security' }, 0, 100);
  await w.savedIndexEvent((e) => 'written' in e);
  await w.close();

}
console.log('saved MB', (statSync(savedIndexFile).size / 1e6).toFixed(1));
for (let run = 0; run < Number(process.env.RUNS ?? 3); run++) {
  (globalThis as any).gc?.();
  const c = process.cpuUsage();
  const t = performance.now();
  let store: LibraryStore | undefined;
  const w = new SearchWorker(bundle, { savedIndexFile }, (d) => store?.versionOf(d));
  store = await LibraryStore.open(file, { seedFile: file });
  const opened = performance.now() - t; 
  const page = await w.find(store.data, { search: 'security' }, 0, 100);
  const wall = performance.now() - t;
  const u = process.cpuUsage(c);
  console.log(`run ${run}: opened ${opened.toFixed(0)} ms, first answer ${wall.toFixed(0)} ms (${(wall - opened).toFixed(0)} after opening), cpu ${((u.user + u.system) / 1000).toFixed(0)} ms, hits ${page.total}, sent ${w.recordsSent}`, JSON.stringify(w.savedIndexEvents));
  await w.close();

}
