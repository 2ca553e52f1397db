/**
 * Where a CPU profile's time went: busy time by stage (inclusive), self time by package (or
 * source file) and by function. The first thing to look at when a benchmark misses its target.
 *
 *   npx tsx bench/profile-export.ts --out memo.cpuprofile        (warm exports, in process)
 *   node --cpu-prof --cpu-prof-dir=prof bin/briefbook.js export --out /tmp/memo.pdf
 *   npx tsx bench/summarize-profile.ts FILE.cpuprofile [how many lines, default 25]
 *
 * Idle time (waiting for a core or for I/O) is left out of the shares: on a shared machine it
 * says nothing about the code.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Stages of an export, by the function that does each: a sample counts for a stage when that
 * function is on its stack (so stages nest: "pdfmake layout" is inside "pdfmake createPdf").
 */
const STAGES: Record<string, (frame: ProfileNode['callFrame']) => boolean> = {
  'compose (composeBriefing)': (f) => f.functionName === 'composeBriefing',
  'Handlebars (renderTemplate)': (f) => f.functionName === 'renderTemplate',
  'HTML → pdfmake (htmlToContent)': (f) => f.functionName === 'htmlToContent',
  '  of which html-to-pdfmake': (f) => /html-to-pdfmake/.test(f.url),
  '  of which parse5': (f) => /parse5/.test(f.url),
  'style lists (mergeStyleLists)': (f) => f.functionName === 'mergeStyleLists',
  'pdfmake layout (layoutDocument)': (f) => f.functionName === 'layoutDocument' && /pdfmake/.test(f.url),
  'pdfmake render (renderPages)': (f) => f.functionName === 'renderPages' && /pdfmake/.test(f.url),
  'fontkit (shaping, subsets)': (f) => /fontkit|restructure/.test(f.url),
  'deflate (zlib)': (f) => /zlib/.test(f.url) || f.functionName === 'deflateSync' || f.functionName === 'processChunkSync',
  'PDFKit end (objects, fonts, write)': (f) => f.functionName === 'end' && /pdfkit/.test(f.url),
  'garbage collection': (f) => f.functionName === '(garbage collector)',
};

const [file, lines = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: summarize-profile.ts FILE.cpuprofile [LINES]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

const byPackage = new Map<string, number>();
const byFunction = new Map<string, number>();
const byStage = new Map<string, number>(Object.keys(STAGES).map((stage) => [stage, 0]));
let busy = 0;
let idle = 0;
profile.samples.forEach((id, i) => {
  const micros = profile.timeDeltas[i] ?? 0;
  const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
  if (functionName === '(idle)') {
    idle += micros;
    return;
  }
  const where = packageOf(url);
  add(byPackage, where, micros);
  add(byFunction, `${functionName || '(anonymous)'}  ${where}:${lineNumber + 1}`, micros);
  for (const [stage, matches] of Object.entries(STAGES)) if (onStack(id, matches)) add(byStage, stage, micros);
  busy += micros;
});

console.log(`${(busy / 1000).toFixed(0)} ms busy (${(idle / 1000).toFixed(0)} ms idle left out)\n\nbusy time by stage (inclusive):`);
print(byStage, Infinity);
console.log('\nself time by package:');
print(byPackage);
console.log('\nself time by function:');
print(byFunction);

function onStack(id: number | undefined, matches: (frame: ProfileNode['callFrame']) => boolean): boolean {
  for (; id !== undefined; id = parents.get(id)) if (matches(nodes.get(id)!.callFrame)) return true;
  return false;
}

/** `pdfmake` for anything under node_modules/pdfmake; the last two path parts for our own files. */
function packageOf(url: string): string {
  if (!url) return '(V8: GC, native code)';
  if (url.startsWith('node:')) return 'node internals';
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return inModules ? inModules[1]! : url.split('/').slice(-2).join('/');
}

function add(totals: Map<string, number>, key: string, micros: number): void {
  totals.set(key, (totals.get(key) ?? 0) + micros);
}

function print(totals: Map<string, number>, count = Number(lines)): void {
  const sorted = count === Infinity ? [...totals] : [...totals].sort((a, b) => b[1] - a[1]).slice(0, count);
  for (const [key, micros] of sorted) {
    console.log(`${(micros / 1000).toFixed(0).padStart(7)} ms  ${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${key}`);
  }
}
