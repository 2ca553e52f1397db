import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's content stream, uncompressed (qpdf's QDF form), in page order. */
export function pageContents(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefbook-qdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], { maxBuffer: 256 * 1024 * 1024 }).toString('latin1');
    return qdf
      .split(/^%% Contents for page \d+$/m)
      .slice(1)
      .map((part) => part.slice(part.indexOf('stream\n') + 'stream\n'.length, part.indexOf('\nendstream')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many shapes each page's watermark (its `/Subtype /Watermark` artifact) fills: one per letter drawn. */
export function watermarkShapes(bytes: Uint8Array): number[] {
  return pageContents(bytes).map((content) => {
    const start = content.indexOf('/Subtype /Watermark>> BDC');
    if (start < 0) return 0;
    const watermark = content.slice(start, content.indexOf('EMC', start));
    return watermark.match(/^f$/gm)?.length ?? 0;
  });
}

/**
 * The text each page draws as an artifact inside its text area (between the top and bottom
 * margins, in points): the copies of table header rows repeated at the top of the pages their
 * rows run over to, and the contents' dot leaders. Running heads, page numbers and marking
 * banners sit in the margins.
 */
export async function bodyArtifactText(bytes: Uint8Array, margins: readonly [number, number, number, number]): Promise<string[]> {
  const [, top, , bottom] = margins;
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const height = page.view[3]! - page.view[1]!;
      const { items } = await page.getTextContent({ includeMarkedContent: true });
      const open: Array<{ tag?: string }> = [];
      const words: string[] = [];
      for (const item of items as Array<{ type?: string; tag?: string; str?: string; transform?: number[] }>) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') open.push(item);
        else if (item.type === 'endMarkedContent') open.pop();
        else if (item.str?.trim() && open.some((marked) => marked.tag === 'Artifact')) {
          const y = item.transform![5]!;
          if (y < height - top && y > bottom - 4) words.push(item.str);
        }
      }
      pages.push(words.join(' ').replace(/\s+/g, ' ').trim());
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Each page's runs of text with their font size in points (the text matrix's vertical scale). */
export async function textSizes(bytes: Uint8Array): Promise<Array<Array<{ str: string; size: number }>>> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    const pages: Array<Array<{ str: string; size: number }>> = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const { items } = await page.getTextContent();
      pages.push(items.filter((item) => 'str' in item && item.str.trim()).map((item) => ({ str: (item as { str: string }).str, size: Math.hypot((item as { transform: number[] }).transform[2]!, (item as { transform: number[] }).transform[3]!) })));
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
