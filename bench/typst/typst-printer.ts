import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { fontDescriptors } from '../../main/core/pdf/fonts';
import type { ResourceLayout } from '../../main/core/resources';

/** The Typst template (see its header). */
export const TYPST_TEMPLATE = path.join(import.meta.dirname, 'briefing.typ');

/** The same TTF files pdfmake embeds; no system fonts, so nothing else can be picked. */
export function typstFontPaths(layout: ResourceLayout): string[] {
  const fonts = fontDescriptors(layout);
  return [...new Set(['PT Serif', 'PT Sans'].flatMap((family) => Object.values(fonts[family]!) as string[]))];
}

/** The data file the template reads (`/briefing.json`, from the project root: the template's folder), mapped in memory. */
const DATA_PATH = path.join(path.dirname(TYPST_TEMPLATE), 'briefing.json');

/**
 * Typst (through `@myriaddreamin/typst-ts-node-compiler`, the compiler built as a Node addon)
 * kept in one process, as a preview server would keep it: fonts loaded once, the template
 * source added once, the briefing data swapped in for each document.
 */
export class TypstPrinter {
  private readonly compiler: NodeCompiler;
  private readonly mainFilePath: string;

  constructor(layout: ResourceLayout) {
    this.compiler = NodeCompiler.create({ workspace: path.dirname(TYPST_TEMPLATE), fontArgs: [{ fontPaths: typstFontPaths(layout) }] });
    this.mainFilePath = TYPST_TEMPLATE;
    this.compiler.addSource(TYPST_TEMPLATE, readFileSync(TYPST_TEMPLATE, 'utf8'));
  }

  /**
   * Compiles the template over `data` (from `typstBriefingData`) to PDF bytes. With `fresh`,
   * Typst's memoisation cache is emptied first, so nothing from an earlier document is reused
   * (a full compile, like each of our exports); without it, Typst recompiles incrementally,
   * as its watch mode and previews do after an edit.
   */
  print(data: string, { fresh }: { fresh: boolean }): { bytes: Buffer; pageCount: number } {
    if (fresh) this.compiler.evictCache(0);
    this.compiler.mapShadow(DATA_PATH, Buffer.from(data));
    const compiled = this.compiler.compile({ mainFilePath: this.mainFilePath });
    const document = compiled.result;
    if (!document) {
      const diagnostics = compiled.takeDiagnostics();
      throw new Error(`Typst could not compile ${this.mainFilePath}: ${JSON.stringify(diagnostics ? this.compiler.fetchDiagnostics(diagnostics) : compiled.takeError())}`);
    }
    return { bytes: this.compiler.pdf(document), pageCount: document.numOfPages };
  }
}
