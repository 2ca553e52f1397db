// Recomputes every record's `location` in a library file from its verbatim `statement`.
//
// A record's statement must be the exact passage `source.text.slice(start, end)`. After
// editing statements by hand (or changing a source text), run this to put the offsets right
// instead of counting characters. Offsets are JavaScript string indices (UTF-16 code units).
//
// Usage: node scripts/locate-statements.mjs [--check] [FILE]   (FILE defaults to data/library.json)
//   --check  only report records whose location is wrong; write nothing.
//
// Exits 1 without writing if any statement is missing from its source text or occurs in it
// more than once (quote a longer passage to make it unique), or if any sourceId is unknown.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const check = args.includes('--check');
const file = path.resolve(args.find((a) => a !== '--check') ?? path.join(root, 'data/library.json'));

const original = readFileSync(file, 'utf8');
const library = JSON.parse(original);
const texts = new Map(library.sources.map((s) => [s.id, s.text]));

/** Every index at which `needle` starts in `haystack`. */
function occurrences(haystack, needle) {
  const found = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

const errors = [];
const moved = [];
for (const record of library.records) {
  const text = texts.get(record.sourceId);
  if (text === undefined) {
    errors.push(`${record.id}: unknown sourceId "${record.sourceId}"`);
    continue;
  }
  const found = occurrences(text, record.statement);
  if (found.length === 0) {
    errors.push(`${record.id}: statement not found in source "${record.sourceId}": ${JSON.stringify(record.statement.slice(0, 80))}`);
    continue;
  }
  if (found.length > 1) {
    const where = found.slice(0, 5).join(', ') + (found.length > 5 ? ', ...' : '');
    errors.push(`${record.id}: statement occurs ${found.length} times in "${record.sourceId}" (at ${where}); quote a longer passage`);
    continue;
  }
  const start = found[0];
  const end = start + record.statement.length;
  if (record.location?.start !== start || record.location?.end !== end) {
    moved.push(`${record.id}: ${JSON.stringify(record.location)} -> {"start":${start},"end":${end}}`);
    record.location = { start, end };
  }
}

if (errors.length > 0) {
  process.stderr.write(`locate-statements: ${errors.length} problem(s) in ${file}, nothing written:\n  ${errors.join('\n  ')}\n`);
  process.exit(1);
}
if (moved.length === 0) {
  process.stdout.write(`locate-statements: all ${library.records.length} locations are correct.\n`);
} else if (check) {
  process.stderr.write(`locate-statements: ${moved.length} location(s) wrong:\n  ${moved.join('\n  ')}\n`);
  process.exit(1);
} else {
  writeFileSync(file, JSON.stringify(library, null, 2) + '\n');
  process.stdout.write(`locate-statements: updated ${moved.length} location(s) in ${file}:\n  ${moved.join('\n  ')}\n`);
}
