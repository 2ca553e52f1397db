import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The built files the app runs from, all beside the main bundle in `dist/` (or in app.asar). */
export interface BundleFiles {
  /** The export worker's bundle, which lays out PDFs off the main thread. */
  exportWorker: string;
  /** The search worker's bundle, which indexes and searches the library off the main thread. */
  searchWorker: string;
  /** The sandboxed preload, bundled to one CommonJS file. */
  preload: string;
  /** The renderer page built by Vite. */
  page: string;
  /** `page` as the `file://` URL Chromium reports for it. */
  pageUrl: string;
}

/**
 * Where the workers, preload and renderer page are, given the folder holding the main bundle.
 *
 * In a packaged app that folder is inside app.asar, which a worker thread cannot load its
 * script from: the worker bundles ship unpacked beside the archive (electron-builder.yml).
 */
export function bundleFiles(distDir: string): BundleFiles {
  const page = path.join(distDir, 'renderer', 'index.html');
  const unpacked = (file: string) => path.join(distDir, file).replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return { exportWorker: unpacked('export-worker.js'), searchWorker: unpacked('search-worker.js'), preload: path.join(distDir, 'preload.cjs'), page, pageUrl: pathToFileURL(page).href };
}

/**
 * Whether `url` is the app's own page. The hash and query are ignored (the renderer may route
 * with the hash); anything else, including another file beside it, is not the app.
 */
export function isAppPage(url: string, pageUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'file:') return false;
  parsed.hash = '';
  parsed.search = '';
  return parsed.href === pageUrl;
}
