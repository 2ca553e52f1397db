// Draws docs/architecture.md's diagrams from the code: dependency-cruiser reads the imports of
// main/ and renderer/src/, collapses them to folders, and writes Mermaid flowcharts between the
// markers in the page. Run after moving code between folders; `--check` fails when the page is
// out of date (the test suite runs it).
//
//   node scripts/architecture-diagram.mjs           rewrite the diagrams
//   node scripts/architecture-diagram.mjs --check   exit 1 if they differ from the code
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const page = path.join(root, 'docs/architecture.md');
const depcruise = path.join(root, 'node_modules/.bin/depcruise');

/** Each diagram: its marker name, what it reads, and the folders it collapses to one box each. */
const DIAGRAMS = [
  {
    name: 'layers',
    includeOnly: '^(main|renderer/src)/',
    collapse: '^(main/core|main/app|main/cli|main/preload|main/api[^/]*|main/cli\\.ts|renderer/src/[^/]+)',
  },
  { name: 'core', includeOnly: '^main/core/', collapse: '^main/core/[^/]+' },
];

function mermaid({ includeOnly, collapse }) {
  return execFileSync(
    depcruise,
    [
      'main', 'renderer/src', '--no-config', '--ts-config', 'tsconfig.json',
      '--exclude', '(\\.test\\.tsx?$|/test-support/|node_modules)',
      '--include-only', includeOnly, '--collapse', collapse, '--output-type', 'mermaid',
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  ).trim();
}

let text = readFileSync(page, 'utf8');
for (const diagram of DIAGRAMS) {
  const start = `<!-- diagram:${diagram.name}:start -->`;
  const end = `<!-- diagram:${diagram.name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/architecture.md: the markers ${start} ... ${end} are missing`);
  const block = `${start}\n\`\`\`mermaid\n${mermaid(diagram)}\n\`\`\`\n${end}`;
  text = text.slice(0, from) + block + text.slice(to + end.length);
}

if (process.argv.includes('--check')) {
  if (text !== readFileSync(page, 'utf8')) {
    console.error('docs/architecture.md: the diagrams are out of date; run `node scripts/architecture-diagram.mjs`');
    process.exit(1);
  }
} else {
  writeFileSync(page, text);
}
