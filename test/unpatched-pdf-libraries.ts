import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../main/core/resources';

const PACKAGES = ['pdfmake', 'pdfkit', 'fontkit'];

/**
 * pdfmake, PDFKit and fontkit as published: copies of the installed ones with Briefbook's
 * patches (patches/) taken back out, so tests can hold the patched libraries to the originals.
 *
 * The copies sit in test-output/ under the project, so their other dependencies resolve from
 * the project's node_modules. Made once per set of patches (the folder is named by their
 * hash) and moved into place whole, so test files running in parallel never see half a copy.
 * Reverse-applying also checks that each patch still matches the installed files exactly.
 *
 * `takeOut` picks the patches taken out (all by default): a patch's own test can take out only
 * its patch, and the patches after it, to compare with the libraries just before it.
 */
export function unpatchedPdfLibraries(takeOut: (patch: string) => boolean = () => true): NodeJS.Require {
  const root = projectRoot();
  const patchDir = path.join(root, 'patches');
  const patches = readdirSync(patchDir).filter((name) => name.endsWith('.patch') && takeOut(name)).sort();
  const hash = createHash('sha256');
  for (const name of patches) hash.update(name).update(readFileSync(path.join(patchDir, name)));
  const target = path.join(root, 'test-output', `unpatched-pdf-${hash.digest('hex').slice(0, 12)}`);
  if (!existsSync(target)) {
    const building = `${target}.${process.pid}.tmp`;
    rmSync(building, { recursive: true, force: true });
    for (const name of PACKAGES) cpSync(path.join(root, 'node_modules', name), path.join(building, 'node_modules', name), { recursive: true });
    // Last patch first: a package's numbered patches build on each other.
    for (const name of [...patches].reverse()) {
      execFileSync('patch', ['-R', '-p1', '-s', '--no-backup-if-mismatch', '-d', building, '-i', path.join(patchDir, name)]);
    }
    mkdirSync(path.dirname(target), { recursive: true });
    try {
      renameSync(building, target);
    } catch (error) {
      // Another test file made it first.
      rmSync(building, { recursive: true, force: true });
      if (!existsSync(target)) throw error;
    }
  }
  return createRequire(path.join(target, 'node_modules', 'pdfmake', 'package.json'));
}
