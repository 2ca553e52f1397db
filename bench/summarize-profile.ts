/**
 * Where a CPU profile's time went: self time by package (or source file) and by function.
 * The first thing to look at when a benchmark misses its target.
 *
 *   node --cpu-prof --cpu-prof-dir=prof bin/briefbook.js export --out /tmp/memo.pdf
 *   npx tsx bench/summarize-profile.ts prof/*.cpuprofile [how many lines, default 25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, lines = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: summarize-profile.ts FILE.cpuprofile [LINES]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));

const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const micros = profile.timeDeltas[i] ?? 0;
  const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
  const where = packageOf(url);
  add(byPackage, where, micros);
  add(byFunction, `${functionName || '(anonymous)'}  ${where}:${lineNumber + 1}`, micros);
  total += micros;
});

console.log(`${(total / 1000).toFixed(0)} ms sampled\n\nself time by package:`);
print(byPackage);
console.log('\nself time by function:');
print(byFunction);

/** `pdfmake` for anything under node_modules/pdfmake; the last two path parts for our own files. */
function packageOf(url: string): string {
  if (!url) return '(V8: GC, native code, idle)';
  if (url.startsWith('node:')) return 'node internals';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return inModules ? inModules[1]! : url.split('/').slice(-2).join('/');
}

function add(totals: Map<string, number>, key: string, micros: number): void {
  totals.set(key, (totals.get(key) ?? 0) + micros);
}

function print(totals: Map<string, number>): void {
  for (const [key, micros] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, Number(lines))) {
    console.log(`${(micros / 1000).toFixed(0).padStart(7)} ms  ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
}
