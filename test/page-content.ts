import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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
