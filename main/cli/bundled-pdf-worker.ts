/**
 * Hands pdf.js its worker, already loaded, before a PDF is read in the CLI.
 *
 * In Node, pdf.js runs its "worker" in the same thread and loads it with
 * `import('./pdf.worker.mjs')` relative to itself. The CLI bundle is compiled through a
 * `vm.Script` with a V8 code cache (bin/briefbook.js), and on Node 20 a script compiled from a
 * code cache cannot run `import()`. pdf.js first looks for the worker on
 * `globalThis.pdfjsWorker` (its documented way to load the worker in the main thread), so the
 * CLI puts the bundled worker there; nothing is imported at run time.
 */
export async function provideBundledPdfWorker(): Promise<void> {
  const scope = globalThis as { pdfjsWorker?: unknown };
  scope.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
}
