#!/usr/bin/env node
// Entry point of the `briefbook` command; the CLI itself is bundled to dist/cli.js by `npm run build`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('briefbook: dist/cli.js is missing. Run `npm run build` (npm ci runs it for you).\n');
  process.exit(1);
}
await import(bundle.href);
