// docs/architecture.md's diagrams are drawn from the code's imports; this fails when a change
// moved code between folders and the page still shows the old picture.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/architecture-diagram.mjs', import.meta.url));

it('shows the layers and core modules as the code imports them (node scripts/architecture-diagram.mjs redraws them)', () => {
  expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
}, 300_000);
