import { describe, expect, it } from 'vitest';
import { readFrontMatter } from './front-matter';
import { marginProblem, pageSetupProblem, readPageSetupForm, writePageSetup } from './page-setup-form';

const MEMO = `---
name: Memo
# Records older than five years are flagged:
flagOlderThanMonths: 60
margins: [64, 80, 64, 72] # room for the banners
customKey: kept as it is
---
<p>{{title}}</p>
`;

describe('readPageSetupForm', () => {
  it('shows the page-setup keys the front matter sets, leaving out name, description and unknown keys', () => {
    expect(readPageSetupForm(MEMO)).toEqual({ values: { flagOlderThanMonths: 60, margins: [64, 80, 64, 72] }, problems: {} });
    expect(readPageSetupForm('<p>no front matter</p>')).toEqual({ values: {}, problems: {} });
  });

  it('keeps a wrong value with what is wrong with it, for its field', () => {
    const form = readPageSetupForm('---\npageSize: B5\nmargins: [10, -4, 10, 10]\nfontSize: 40\n---\n');
    expect(form.values).toEqual({ pageSize: 'B5', margins: [10, -4, 10, 10], fontSize: 40 });
    expect(form.problems).toEqual({
      pageSize: expect.stringMatching(/"A4"\|"LETTER"\|"LEGAL"\|"A5"/),
      margins: 'top margin: a margin cannot be negative',
      fontSize: 'the body text is at most 24 points',
    });
  });

  it('says when the front matter cannot be read as keys and values', () => {
    expect(readPageSetupForm('---\nmargins: [1, 2\n---\n').unreadable).toMatch(/^the front matter is not valid YAML: /);
    expect(readPageSetupForm('---\npageSize: A4\n').unreadable).toBe('the front matter starts with "---" but has no closing "---" line');
  });
});

describe('writePageSetup', () => {
  it('sets keys in place, keeping comments, unknown keys, quoting and the body', () => {
    const text = writePageSetup(MEMO, { pageSize: 'A4', marking: 'TLP:AMBER', margins: [50, 90, 50, 70], flagOlderThanMonths: 24 });
    expect(text).toBe(`---
name: Memo
# Records older than five years are flagged:
flagOlderThanMonths: 24
margins: [50, 90, 50, 70] # room for the banners
customKey: kept as it is
pageSize: A4
marking: TLP:AMBER
---
<p>{{title}}</p>
`);
    // What was written is what the checker reads: its only complaint is the key left alone.
    const checked = readFrontMatter(text.replace('customKey: kept as it is\n', ''), { template: 'memo', file: 'memo.hbs' });
    expect(checked).toMatchObject({ frontMatter: { pageSize: 'A4', marking: 'TLP:AMBER', margins: [50, 90, 50, 70] }, problems: [] });
  });

  it('quotes what YAML would misread, and writes long text on one line', () => {
    const header = 'Prepared for {{to}} by the Policy Planning Staff — not for distribution beyond the addressees: #3';
    const text = writePageSetup('---\nname: X\n---\nbody', { headerText: header, watermark: 'yes', tocTitle: '[Contents]' });
    expect(readFrontMatter(text, { template: 'x', file: 'x.hbs' }).frontMatter).toMatchObject({ headerText: header, watermark: 'yes', tocTitle: '[Contents]' });
    expect(text.split('\n').filter((line) => line.startsWith('headerText:'))).toHaveLength(1);
  });

  it('removes a key to go back to the default, and the front matter when nothing is left', () => {
    expect(writePageSetup('---\npageSize: A5\ntoc: true\n---\nbody', { pageSize: undefined })).toBe('---\ntoc: true\n---\nbody');
    expect(writePageSetup('---\npageSize: A5\n---\nbody', { pageSize: undefined })).toBe('---\n---\nbody');
  });

  it('adds front matter to a template without one', () => {
    expect(writePageSetup('<p>{{title}}</p>', { orientation: 'landscape', toc: true })).toBe('---\norientation: landscape\ntoc: true\n---\n<p>{{title}}</p>');
    expect(writePageSetup('<p>{{title}}</p>', { orientation: undefined })).toBe('<p>{{title}}</p>');
  });

  it('refuses a wrong value, and front matter it cannot read, leaving the text to the analyst', () => {
    expect(() => writePageSetup(MEMO, { fontSize: 2 })).toThrow('fontSize: the body text is at least 6 points');
    expect(() => writePageSetup(MEMO, { logo: 'https://example.com/logo.png' })).toThrow(/^logo: a logo is a PNG or JPEG image as a data: URI/);
    expect(() => writePageSetup('---\n- a\n---\nbody', { toc: true })).toThrow('the front matter is not valid YAML keys and values');
  });
});

describe('pageSetupProblem', () => {
  it('says which margin is wrong', () => {
    expect(pageSetupProblem('margins', [10, 10, 300, 10])).toBe('right margin: a margin is at most 216 points (3 inches)');
    expect(pageSetupProblem('margins', [10, 10, 10])).toMatch(/expected/i);
    expect(pageSetupProblem('margins', [0, 0, 0, 0])).toBeUndefined();
  });
});

describe('marginProblem', () => {
  it('checks one margin as the schema does', () => {
    expect(marginProblem(-1)).toBe('a margin cannot be negative');
    expect(marginProblem(217)).toBe('a margin is at most 216 points (3 inches)');
    expect(marginProblem(72)).toBeUndefined();
  });
});
