import { describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { pdfkitPdf } from '../../../test/fixtures/pdfkit-pdf';
import { exportBriefing } from '../export-briefing';
import { readPdfFacts } from './pdf-facts';

const BODY = 'The secret of the talks was their regularity. Officials met every quarter, confidential or not.';

describe('readPdfFacts', () => {
  it('reads the title, marking and page count of a PDF Briefbook exported', async () => {
    const briefing = { ...makeBriefing('brief-1', 'Crisis channels'), marking: 'TLP:AMBER' };
    const { bytes, pageCount } = await exportBriefing(makeLibrary(), briefing);
    expect(await readPdfFacts(bytes)).toEqual({ title: 'Crisis channels', marking: 'TLP:AMBER', pages: pageCount });
  });

  it('takes the marking from the information dictionary’s Marking key, as written', async () => {
    const bytes = await pdfkitPdf({ info: { Title: 'Arctic council notes', Marking: 'OFFICIAL-SENSITIVE' }, body: BODY });
    expect(await readPdfFacts(bytes)).toEqual({ title: 'Arctic council notes', marking: 'OFFICIAL-SENSITIVE', pages: 1 });
  });

  it('takes the marking from the banner at the top of the first page when the metadata states none', async () => {
    expect((await readPdfFacts(await pdfkitPdf({ banner: 'CONFIDENTIAL', body: BODY }))).marking).toBe('CONFIDENTIAL');
    expect((await readPdfFacts(await pdfkitPdf({ banner: 'SECRET // NOFORN', body: BODY }))).marking).toBe('SECRET//NOFORN');
  });

  it('takes a marking among the keywords or in the subject', async () => {
    const keywords = await pdfkitPdf({ info: { Keywords: 'arms control, tlp:amber; Russia' }, body: BODY });
    expect((await readPdfFacts(keywords)).marking).toBe('TLP:AMBER');
    const subject = await pdfkitPdf({ info: { Subject: 'NATO RESTRICTED – Baltic exercises' }, body: BODY });
    expect((await readPdfFacts(subject)).marking).toBe('NATO RESTRICTED');
  });

  it('finds no marking in a PDF that states none, whatever words its title, subject, keywords and top line use', async () => {
    const bytes = await pdfkitPdf({
      info: { Title: 'Secret diplomacy', Subject: 'Official channels', Keywords: 'secret, confidential talks' },
      banner: 'The Secret Channel',
      body: BODY,
    });
    expect(await readPdfFacts(bytes)).toEqual({ title: 'Secret diplomacy', marking: undefined, pages: 1 });
  });

  it('rejects bytes that are not a PDF', async () => {
    await expect(readPdfFacts(new TextEncoder().encode('not a pdf at all'))).rejects.toThrow();
  });
});
