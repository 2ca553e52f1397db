import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../main/core/resources';

const PACKAGES = ['pdfmake', 'pdfkit', 'fontkit', 'html-to-pdfmake'];

/**
 * pdfmake, PDFKit, fontkit and html-to-pdfmake as published: copies of the installed ones with
 * Briefbook's patches to them (patches/ holds patches to other packages too) taken back out, so
 * tests can hold the patched libraries to the originals.
 *
 * `takeOut` picks the patches taken out (all by default): a patch's own test can take out only
 * its patch, and the patches after it, to compare with the libraries just before it.
 */
export function unpatchedPdfLibraries(takeOut: (patch: string) => boolean = () => true): NodeJS.Require {
  const folder = unpatchedCopy(PACKAGES, takeOut);
  return createRequire(path.join(folder, 'node_modules', 'pdfmake', 'package.json'));
}

/** The folder of one package as published (see {@link unpatchedCopy}), for packages loaded by path (ES modules). */
export function unpatchedPackage(name: string): string {
  return path.join(unpatchedCopy([name]), 'node_modules', name);
}

/**
 * A folder holding `node_modules/<package>` copies of the installed `packages` with Briefbook's
 * patches to them that `takeOut` picks taken back out.
 *
 * The copies sit in test-output/ under the project, so their other dependencies resolve from
 * the project's node_modules. Made once per set of packages and patches (the folder is named by
 * their hash) and moved into place whole, so test files running in parallel never see half a
 * copy. Reverse-applying also checks that each patch still matches the installed files exactly.
 */
function unpatchedCopy(packages: readonly string[], takeOut: (patch: string) => boolean = () => true): string {
  const root = projectRoot();
  const patchDir = path.join(root, 'patches');
  const patches = readdirSync(patchDir).filter((name) => name.endsWith('.patch') && isPatchOf(packages, name) && takeOut(name)).sort();
  // The packages copied are part of the name: a copy made before one was added lacks it.
  const hash = createHash('sha256').update(packages.join());
  for (const name of patches) hash.update(name).update(readFileSync(path.join(patchDir, name)));
  const target = path.join(root, 'test-output', `unpatched-${hash.digest('hex').slice(0, 12)}`);
  if (!existsSync(target)) {
    const building = `${target}.${process.pid}.tmp`;
    rmSync(building, { recursive: true, force: true });
    for (const name of packages) cpSync(path.join(root, 'node_modules', name), path.join(building, 'node_modules', name), { recursive: true });
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
  return target;
}

/** patch-package names a patch after its package: `pdfmake+0.3.11+001+style-lookups.patch`, `@scope+name+1.0.0.patch`. */
function isPatchOf(packages: readonly string[], patch: string): boolean {
  return packages.some((name) => patch.startsWith(`${name.replace('/', '+')}+`));
}
