import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFiles } from './bundle-files';

describe('bundleFiles', () => {
  it('finds the bundles beside the main bundle', () => {
    const dist = path.join('/opt', 'briefbook', 'dist');
    expect(bundleFiles(dist)).toMatchObject({
      exportWorker: path.join(dist, 'export-worker.js'),
      searchWorker: path.join(dist, 'search-worker.js'),
      preload: path.join(dist, 'preload.cjs'),
      page: path.join(dist, 'renderer', 'index.html'),
    });
  });

  it('starts the workers from app.asar.unpacked in a packaged app, where a worker thread can load them', () => {
    const dist = path.join('/opt', 'Briefbook', 'resources', 'app.asar', 'dist');
    const files = bundleFiles(dist);
    expect(files.exportWorker).toBe(path.join('/opt', 'Briefbook', 'resources', 'app.asar.unpacked', 'dist', 'export-worker.js'));
    expect(files.searchWorker).toBe(path.join('/opt', 'Briefbook', 'resources', 'app.asar.unpacked', 'dist', 'search-worker.js'));
    expect(files.preload).toBe(path.join(dist, 'preload.cjs'));
  });
});
