import { describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { exportBriefing } from '../export-briefing';
import { readPdfFacts } from './pdf-facts';

describe('readPdfFacts', () => {
  it('reads the title and page count of a PDF', async () => {
    const { bytes, pageCount } = await exportBriefing(makeLibrary(), makeBriefing('brief-1', 'Crisis channels'));
    expect(await readPdfFacts(bytes)).toEqual({ title: 'Crisis channels', pages: pageCount });
  });

  it('rejects bytes that are not a PDF', async () => {
    await expect(readPdfFacts(new TextEncoder().encode('not a pdf at all'))).rejects.toThrow();
  });
});
