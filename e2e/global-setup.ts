// Before any end-to-end test: the browser must be there (or Electron), and the renderer is built
// from the current sources, so the tests never drive a stale bundle.
import path from 'node:path';
import { build } from 'vite';
import { chromiumPath, installedElectron, root } from './harness';

export default async function setup(): Promise<void> {
  if (!installedElectron()) chromiumPath();
  await build({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
}
