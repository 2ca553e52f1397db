import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparablePdf } from '../../../test/comparable-pdf';
import { newBriefing } from '../compose/new-briefing';
import { exportBriefing } from '../export-briefing';
import { loadLibraryFile } from '../library';
import { defaultResourceLayout, projectRoot } from '../resources';
import { sharedDeflatedStreams } from './deflated-streams';
import { emptyExportCaches } from './export-caches';
import { embeddedFontFiles } from './fonts';
import { sharedBlocks } from './html-to-content';
import { sharedMeasuredLeaves } from './measured-leaves';
import { sharedLayoutCacheOf } from './shared-layout-caches';

const layout = defaultResourceLayout();
const library = await loadLibraryFile(path.join(projectRoot(), 'data', 'library.json'));
const briefing = newBriefing(library);

/** What the caches reused during one export of the default memo, and its PDF. */
async function exportCounting() {
  const before = { leaves: sharedMeasuredLeaves.reused, blocks: sharedBlocks.copies, streams: sharedDeflatedStreams.reused };
  const { bytes } = await exportBriefing(library, briefing);
  return {
    reused: { leaves: sharedMeasuredLeaves.reused - before.leaves, blocks: sharedBlocks.copies - before.blocks, streams: sharedDeflatedStreams.reused - before.streams },
    pdf: comparablePdf(bytes),
  };
}

const shapedWordCount = () =>
  embeddedFontFiles(layout)
    .map((file) => Object.keys(sharedLayoutCacheOf(file)).length)
    .reduce((sum, count) => sum + count, 0);

describe('emptyExportCaches', () => {
  it('makes the next export do all its work, with the same PDF, and keeps what it does', async () => {
    // The thread's first document is converted whole; from the second on, blocks are kept.
    await exportCounting();
    await exportCounting();
    const again = await exportCounting();
    expect(again.reused.leaves).toBeGreaterThan(100);
    expect(again.reused.blocks).toBeGreaterThan(10);
    expect(again.reused.streams).toBeGreaterThan(10);
    expect(shapedWordCount()).toBeGreaterThan(500);

    emptyExportCaches(layout);
    expect(shapedWordCount()).toBe(0);
    const full = await exportCounting();
    // Only what repeats within the document itself (the same heading or note text twice) is reused.
    expect({ ...full.reused, leaves: undefined }).toEqual({ leaves: undefined, blocks: 0, streams: 0 });
    expect(full.reused.leaves).toBeLessThan(again.reused.leaves / 3);
    expect(full.pdf).toEqual(again.pdf);
    emptyExportCaches(layout);
    expect((await exportCounting()).reused).toEqual(full.reused);

    // Still in use: the export after it reuses what the full one kept.
    const after = await exportCounting();
    expect(after.reused.leaves).toBe(again.reused.leaves);
    expect(after.reused.blocks).toBe(again.reused.blocks);
  });
});
