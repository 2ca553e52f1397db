import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { RecordKind, SourceKind } from '../model';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import { TEMPLATE_HELPERS, authors, citeShort, citeSource, eq, formatDate, inc, join, kindLabel, plural, sourceName, upper } from './helpers';
import { parseTemplate } from './parse-template';
import { renderTemplate } from './engine';

describe('template helpers', () => {
  it('formatDate prints long and short dates and rejects non-dates', () => {
    expect(formatDate('2019-04-24')).toBe('24 April 2019');
    expect(formatDate('2019-04-24', 'short')).toBe('24 Apr 2019');
    expect(formatDate('2021-01-05T10:00:00Z', 'long')).toBe('5 January 2021');
    expect(formatDate('')).toBe('');
    expect(() => formatDate('next week')).toThrow('formatDate: expected a date like 2019-04-24, got "next week"');
    expect(() => formatDate('2019-13-01')).toThrow(/expected a date/);
    expect(() => formatDate('2019-04-24', 'iso')).toThrow('formatDate: unknown format "iso"; use "long" or "short"');
  });

  it('upper, join, eq and inc do the obvious', () => {
    expect(upper('tlp:amber')).toBe('TLP:AMBER');
    expect(upper(undefined)).toBe('');
    expect(join(['a', 'b', 'c'])).toBe('a, b, c');
    expect(join(['a', 'b'], ' · ')).toBe('a · b');
    expect(join(undefined)).toBe('');
    expect(() => join('a')).toThrow('join: expected a list, got string');
    expect(eq('concern', 'concern')).toBe(true);
    expect(eq(1, '1')).toBe(false);
    expect(inc(0)).toBe(1);
    expect(inc('4')).toBe(5);
    expect(() => inc('x')).toThrow(/inc: expected a number/);
  });

  it('plural picks the word for the count', () => {
    expect(plural(1, 'source')).toBe('source');
    expect(plural(0, 'source')).toBe('sources');
    expect(plural(2, 'analysis', 'analyses')).toBe('analyses');
    expect(() => plural(2, undefined)).toThrow(/give the singular/);
  });

  it('kindLabel names each record and source kind', () => {
    expect(['recommendation', 'proposal', 'finding', 'concern'].map(kindLabel)).toEqual(['Recommendation', 'Proposal', 'Finding', 'Concern']);
    expect(['joint-statement', 'commentary', 'report', 'article', 'transcript', 'other'].map(kindLabel)).toEqual(['Joint statement', 'Commentary', 'Report', 'Article', 'Transcript', 'Other']);
    // Every kind the model knows has a printed name.
    for (const kind of [...RecordKind.options, ...SourceKind.options]) expect(kindLabel(kind)).toMatch(/^[A-Z]/);
    expect(() => kindLabel('rumour')).toThrow(/unknown kind "rumour"/);
    expect(() => kindLabel('constructor')).toThrow(/unknown kind/);
  });

  it('sourceName prefers the dialogue to the publisher', () => {
    const { sources } = briefingModel();
    expect(sources.map(sourceName)).toEqual(['Elbe Group', 'European Leadership Network']);
    expect(() => sourceName('Elbe Group')).toThrow(/sourceName: expected a source/);
  });

  it('authors writes names as running text', () => {
    expect(authors([])).toBe('');
    expect(authors(['Kevin Ryan'])).toBe('Kevin Ryan');
    expect(authors(['Kevin Ryan', 'Michael Maples'])).toBe('Kevin Ryan and Michael Maples');
    expect(authors(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('citeSource gives the full note in the Chicago style: pinpoint, access date, nested quotation marks', () => {
    const [first, , , eln] = briefingModel().citations;
    // With an address, the note ends with a comma: the template prints the address and a period after it.
    expect(citeSource(first)).toBe(
      'Daniel Shapiro, “‘Track 2’ Talks Take US-Russian Relations Where Official Channels Won’t,” Russia Matters: In the Thick of It, ' +
        'Belfer Center for Science and International Affairs, April 24, 2019, under “Strategic Stability,” para. 3, accessed November 22, 2026,',
    );
    // No authors, container, address or access date: those parts are left out, not left empty.
    expect(citeSource(eln)).toBe(
      '“Biden-Putin meeting a chance for NATO to re-establish military-to-military communication,” European Leadership Network, June 28, 2021, under “Pragmatic ways ahead,” para. 12.',
    );
    expect(citeSource(eln!.source)).toBe(
      '“Biden-Putin meeting a chance for NATO to re-establish military-to-military communication,” European Leadership Network, June 28, 2021.',
    );
    expect(citeSource(eln!.source, 'Priority areas')).toMatch(/June 28, 2021, under “Priority areas\.”$/);
    // A page for a source read from a PDF.
    expect(citeSource({ ...eln!, page: 4 })).toMatch(/under “Pragmatic ways ahead,” p\. 4, para\. 12\.$/);
    expect(() => citeSource('a title')).toThrow(/citeSource: expected a citation/);
  });

  it('citeSource names an organization once when it is both author and publisher', () => {
    const eln = briefingModel().citations[3]!.source;
    expect(citeSource({ ...eln, authors: ['European Leadership Network'] })).toBe(
      'European Leadership Network, “Biden-Putin meeting a chance for NATO to re-establish military-to-military communication,” June 28, 2021.',
    );
    // Case and accents aside.
    expect(citeSource({ ...eln, authors: ['european leadership network'] })).toMatch(/^european leadership network, “Biden-Putin .*,” June 28, 2021\.$/);
    expect(citeSource({ ...eln, publisher: 'Élysée', authors: ['Elysee'] })).toMatch(/^Elysee, “Biden-Putin .*,” June 28, 2021\.$/);
    expect(citeSource({ ...eln, authors: ['Ian Kearns'] })).toMatch(/^Ian Kearns, “Biden-Putin .*,” European Leadership Network, June 28, 2021\.$/);
  });

  it('citeShort gives surnames (or the publisher), the title cut to four words and the pinpoint', () => {
    const [first, , , eln, fifth] = briefingModel().citations;
    expect(citeShort(fifth)).toBe('Shapiro, “‘Track 2’ Talks Take,” para. 15.');
    expect(citeShort(eln)).toBe('European Leadership Network, “Biden-Putin meeting a chance,” para. 12.');
    expect(citeShort(first!.source)).toBe('Shapiro, “‘Track 2’ Talks Take.”');
    expect(citeShort({ ...fifth!, source: { ...fifth!.source, authors: ['Michael Maples', 'Kevin Ryan', 'Rolf Mowatt-Larssen'] } })).toMatch(/^Maples, Ryan, and Mowatt-Larssen, /);
    // An organization as author is named whole, as Chicago names a corporate author.
    const byGroup = { ...fifth!, source: { ...fifth!.source, authors: ['Euro-Atlantic Security Leadership Group'] } };
    expect(citeShort(byGroup)).toMatch(/^Euro-Atlantic Security Leadership Group, “/);
    expect(citeShort({ ...fifth!, source: { ...fifth!.source, publisher: 'Russia Matters', authors: ['Russia Matters'] } })).toMatch(/^Russia Matters, “/);
    expect(() => citeShort(3)).toThrow(/citeShort: expected a citation/);
  });

  it('every documented example prints what the reference says', () => {
    for (const { name, example } of TEMPLATE_HELPERS) {
      const template = parseTemplate({ id: name, file: `/tmp/${name}.hbs`, source: example.call, builtIn: false, partials: {} });
      expect(renderTemplate(template, example.data as never), name).toBe(Handlebars.escapeExpression(example.output));
    }
  });

  it('documents every registered helper exactly once', () => {
    const names = TEMPLATE_HELPERS.map((helper) => helper.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(['formatDate', 'upper', 'join', 'eq', 'inc', 'plural', 'kindLabel', 'sourceName', 'authors', 'citeSource', 'citeShort']);
    for (const helper of TEMPLATE_HELPERS) expect(helper.summary.length, helper.name).toBeGreaterThan(10);
  });
});
