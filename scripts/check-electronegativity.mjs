// Runs electronegativity (Doyensec's Electron security linter) over the app's sources and fails
// on any HIGH or MEDIUM finding, or on a file it could not parse (an unparsed file is unchecked).
// Usage: node scripts/check-electronegativity.mjs          (CI runs it before the tests)
//
// main/ (main process, preload) and renderer/ are scanned as one app, together with
// package.json: the tool's global checks (CSP, navigation limits, permission handler) look for
// guards anywhere in the app, and the renderer alone would seem to have none. They are copied
// to a temp folder because the tool scans one folder and the project root also holds things
// that are not the app (dist/, test-output/, bench/). Not dist/: the bundles are these same
// sources (dependencies stay external), esbuild drops the `eng-disable` comments that record
// reviewed false positives, and the tool does not read .cjs files at all.
//
// The runner is called through its documented programmatic API rather than the CLI: the CLI
// requires `commander` without declaring it as a dependency, so it picks up this project's
// commander 14, whose API it does not match, and crashes before scanning. The findings are read
// from the runner's result rather than from its CSV/SARIF output, which it writes with
// unawaited, racing writes (header and rows separately); this script writes its own JSON report.
//
// Reviewed false positives are marked where they occur with `// eng-disable CHECK_ID` and a
// comment saying why (see main/app/window.ts and main/app/security.ts).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity');

const INPUTS = ['main', 'renderer', 'package.json'];
const FAILING = new Set(['HIGH', 'MEDIUM']);
// Looks Electron's version up on GitHub to report missing security fixes: that needs network
// access, which CI does not have; Electron updates arrive as dependency updates instead.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const scanned = mkdtempSync(path.join(os.tmpdir(), 'briefbook-electronegativity-'));
const report = path.join(root, 'test-output', 'electronegativity.json');

let result;
try {
  for (const input of INPUTS) {
    if (!existsSync(path.join(root, input))) {
      console.log(`electronegativity: ${input} does not exist in this checkout; nothing to scan there.`);
      continue;
    }
    cpSync(path.join(root, input), path.join(scanned, input), { recursive: true });
  }
  result = await runElectronegativity({
    input: scanned,
    isRelative: true,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
} finally {
  rmSync(scanned, { recursive: true, force: true });
}

const findings = result.issues.map((issue) => ({
  id: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: issue.file,
  line: issue.location.line,
  column: issue.location.column,
  description: issue.description,
  manualReview: issue.manualReview,
  url: issue.shortenedURL,
}));
mkdirSync(path.dirname(report), { recursive: true });
writeFileSync(report, `${JSON.stringify({ electronVersion, errors: result.errors, findings }, null, 2)}\n`);

const unparsed = result.errors.filter((error) => !error.tolerable);
const failing = result.issues.filter((issue) => FAILING.has(issue.severity.name));
const other = result.issues.filter((issue) => !FAILING.has(issue.severity.name));
for (const error of unparsed) console.error(`  UNPARSED ${path.relative(scanned, error.file)}: ${error.message}`);
for (const issue of failing) console.error(`  ${describe(issue)}`);
for (const issue of other) console.log(`  ${describe(issue)}`);
console.log(
  `electronegativity (Electron ${electronVersion}): ${failing.length} high/medium, ${other.length} low/informational, ` +
    `${unparsed.length} unparsed; report in ${path.relative(root, report)}`,
);
if (failing.length + unparsed.length > 0) {
  console.error('electronegativity: fix these, or mark a reviewed false positive with // eng-disable CHECK_ID and say why.');
  process.exit(1);
}

function describe(issue) {
  return `${issue.severity.name} ${issue.id} ${issue.file}:${issue.location.line}:${issue.location.column} — ${issue.description} (${issue.shortenedURL})`;
}
