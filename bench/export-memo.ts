// Times exporting the built-in memo in-process: the first export (fonts, jsdom, template
// compile) and warm ones. Target: warm median within 150 ms.
// Run: npx tsx bench/export-memo.ts [runs]
import { exportPdf } from '../main/core/pdf';
import { loadTemplate } from '../main/core/render';
import { briefingModel } from '../test/fixtures/briefing-model';

const runs = Number(process.argv[2] ?? 30);
const model = briefingModel();

const coldStart = performance.now();
const template = await loadTemplate('memo');
const { pageCount } = await exportPdf(model, template);
const cold = performance.now() - coldStart;

// Let the JIT settle before measuring warm exports.
for (let i = 0; i < 10; i++) await exportPdf(model, template);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  await exportPdf(model, template);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
console.log(`memo, ${pageCount} pages: first export ${cold.toFixed(0)} ms; warm over ${runs} runs: median ${at(0.5)} ms, p90 ${at(0.9)} ms, min ${at(0)} ms`);
