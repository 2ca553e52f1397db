import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { comparablePdf } from '../../../test/comparable-pdf';
import { readPdf } from '../../../test/read-pdf';
import { composeBriefing } from '../compose/compose';
import { newBriefing } from '../compose/new-briefing';
import { layOutBriefing } from '../export-briefing';
import { loadLibraryFile } from '../library';
import { loadTemplate } from '../render/templates';
import { defaultResourceLayout, projectRoot } from '../resources';
import { DeflatedStreams, installDeflatedStreams } from './deflated-streams';
import { preparePdfmake } from './pdfmake-setup';

const layout = defaultResourceLayout();
const library = await loadLibraryFile(path.join(projectRoot(), 'data', 'library.json'));
// Set pdfmake up first: it installs the thread's shared cache, which the tests replace.
await preparePdfmake(layout);
afterAll(() => installDeflatedStreams());

/** The memo, with the last record's summary ending in `ending`. */
async function exportMemo(cache: DeflatedStreams | null, ending: string) {
  installDeflatedStreams(cache);
  const last = library.records.at(-1)!;
  const edited = { ...library, records: library.records.map((r) => (r === last ? { ...r, summary: `${r.summary} ${ending}` } : r)) };
  const model = composeBriefing(edited, newBriefing(edited));
  return (await layOutBriefing(model, await loadTemplate('memo', layout), layout)).bytes;
}

describe('DeflatedStreams', () => {
  it("deflates as zlib does, and gives bytes it has deflated before their kept stream", () => {
    const cache = new DeflatedStreams();
    const bytes = Buffer.from('BT /F1 10 Tf (same words on every page) Tj ET\n'.repeat(200));
    const first = cache.deflate(bytes);
    expect(first).toEqual(deflateSync(bytes));
    expect(cache.deflate(Buffer.from(bytes))).toBe(first);
    expect(cache.deflate(Buffer.concat([bytes, Buffer.from(' ')]))).not.toBe(first);
    expect([cache.deflated, cache.reused]).toEqual([2, 1]);
  });

  it('forgets the least recently used streams past its capacity', () => {
    const cache = new DeflatedStreams(3_000);
    // Random bytes do not compress: each stream takes ~1,000 bytes of the capacity.
    const streams = [0, 1, 2, 3].map(() => randomBytes(1_000));
    for (const stream of streams) cache.deflate(stream);
    cache.deflate(streams[3]!);
    expect(cache.reused).toBe(1);
    cache.deflate(streams[0]!);
    expect(cache.deflated).toBe(5);
    expect(inflateSync(cache.deflate(streams[0]!))).toEqual(streams[0]);
  });

  it('writes the PDF zlib alone writes, deflating in the next export only the streams that changed', { timeout: 120_000 }, async () => {
    const cache = new DeflatedStreams();
    await exportMemo(cache, 'First.');
    const deflated = cache.deflated;
    // An edit of the last record changes its page (and any after it); the pages before and the font subsets stay.
    const again = await exportMemo(cache, 'Second.');
    expect((await readPdf(again)).pages.join(' ')).toContain('Second.');
    expect(cache.reused).toBeGreaterThan(10);
    expect(cache.deflated - deflated).toBeLessThan(cache.reused);
    expect(comparablePdf(again)).toEqual(comparablePdf(await exportMemo(null, 'Second.')));
  });
});
