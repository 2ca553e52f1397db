import { loadSavedIndex } from './main/core/library/search/saved-index';
const file = '/tmp/r100k/library.search-index';
for (let i = 0; i < Number(process.env.N ?? 3); i++) {
  const c = process.cpuUsage(); const t = performance.now();
  const r = await loadSavedIndex(file);
  const u = process.cpuUsage(c);
  console.log('load+restore wall', (performance.now() - t).toFixed(0), 'cpu', ((u.user + u.system) / 1000).toFixed(0), 'problem' in r ? r.problem : 'ok');
}
