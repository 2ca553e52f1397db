import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultResourceLayout } from '../resources';
import { checkTemplate } from './check-template';
import { formatProblem } from './template-problem';
import type { TemplateProblem } from './template-problem';
import { templateIds } from './templates';

const FRONT_MATTER = '---\nname: Test\n---\n'; // the body starts on line 4

/** Problems of a body under three lines of front matter, as `line:col: message` (warnings marked). */
function check(body: string): string[] {
  return checkTemplate(FRONT_MATTER + body, 'test.hbs').map((problem) => formatProblem('test.hbs', problem).replace(/^test\.hbs:/, ''));
}

describe('checkTemplate', () => {
  it('finds nothing wrong with the built-in templates', async () => {
    const dir = defaultResourceLayout().templates;
    for (const id of await templateIds(dir)) {
      const text = await readFile(path.join(dir, `${id}.hbs`), 'utf8');
      expect(checkTemplate(text, `${id}.hbs`), id).toEqual([]);
    }
  });

  it('reports loops nested more than three deep, at the loop too many', () => {
    const loops = (levels: number) => `${'{{#each @root.sections}}{{#each records}}'.repeat(levels / 2)}<p>{{statement}}</p>${'{{/each}}{{/each}}'.repeat(levels / 2)}`;
    expect(check(loops(2))).toEqual([]);
    expect(check(loops(6))).toEqual([
      '4:66: {{#each}} inside 3 other {{#each}} blocks: every level repeats everything inside it once per item, so the briefing would be far too long to lay out; use at most 3 levels',
    ]);
    // An {{else}} is not inside its loop.
    expect(check('{{#each sections}}{{#each records}}{{#each @root.sections}}x{{else}}{{#each @root.sections}}y{{/each}}{{/each}}{{/each}}{{/each}}')).toEqual([]);
  });

  it('reports every one of 150,000 mistakes in a large template without overflowing the stack', { timeout: 120_000 }, () => {
    const problems = checkTemplate(`${FRONT_MATTER}${'{{a}}'.repeat(150_000)}`, 'test.hbs');
    expect(problems).toHaveLength(150_000);
    expect(problems.at(-1)).toMatchObject({ line: 4, column: 5 * 149_999 + 3 });
  });

  it('reports a syntax error at the offending token, and front-matter problems with it', () => {
    expect(checkTemplate('---\nname: Test\ntoc: maybe\n---\n<p>\n  {{formatDate date format=}}</p>', 'test.hbs')).toEqual([
      { line: 3, column: 6, message: 'front matter: toc: Invalid input: expected boolean, received string', severity: 'error' },
      { line: 6, column: 28, message: 'syntax error: unexpected "}}"', severity: 'error' },
    ]);
  });

  it('reports an unclosed block where it opens and a block closed by the wrong name at the closing tag', () => {
    expect(check('<h1>{{title}}</h1>\n  {{#each sections}}\n  <h2>{{topic.label}}</h2>\n')).toEqual(['5:3: {{#each}} is never closed: add {{/each}}']);
    expect(check('\n {{#if bluf}}x{{/each}}')).toEqual(['5:15: {{/each}} does not close {{#if}} (line 5:2): write {{/if}}']);
    const [mismatch] = checkTemplate(`${FRONT_MATTER}{{#if bluf}}\n  <p>{{bluf}}</p>\n{{/iff}}`, 'test.hbs');
    expect(mismatch).toEqual<TemplateProblem>({
      line: 6,
      column: 1,
      end: { line: 6, column: 9 },
      message: '{{/iff}} does not close {{#if}} (line 4:1): write {{/if}}',
      severity: 'error',
    });
  });

  it('lists every block and syntax problem at once, and still checks the fields around them', () => {
    const body = [
      '{{#if bluf}}<p>{{bluf}}</p>{{/iff}}',
      '{{#each sections}}{{#if topic.label}}<h2>{{topic.lable}}</h2>{{/each}}',
      '<p>{{formatDate date format=}}</p>{{/with}}',
      '<h1>{{titel}}</h1>',
      '{{#unless draft}}',
    ].join('\n');
    expect(check(body)).toEqual([
      '4:28: {{/iff}} does not close {{#if}} (line 4:1): write {{/if}}',
      '5:19: {{#if}} is never closed: add {{/if}}',
      '5:50: "lable" is not a field of SectionTopic; did you mean "label"?',
      '6:29: syntax error: unexpected "}}"',
      '6:35: {{/with}} closes no open block: remove it',
      '7:7: "titel" is not a field of the briefing; did you mean "title"?',
      '8:1: {{#unless}} is never closed: add {{/unless}}',
    ]);
  });

  it('reports every unknown field, at the wrong name, with a suggestion', () => {
    expect(check('<h1>{{titel}}</h1>\n{{#each sections}}<h2>{{topic.lable}}</h2>{{#each records}}{{statment}} {{source.publsher}}{{/each}}{{/each}}')).toEqual([
      '4:7: "titel" is not a field of the briefing; did you mean "title"?',
      '5:31: "lable" is not a field of SectionTopic; did you mean "label"?',
      '5:62: "statment" is not a field of ModelRecord; did you mean "statement"?',
      '5:82: "publsher" is not a field of ModelSource; did you mean "publisher"?',
    ]);
  });

  it("checks fields in each block's context: a record's fields exist only inside {{#each records}}", () => {
    expect(check('{{summary}}')).toEqual(['4:3: "summary" is not a field of the briefing; its fields: title, subject, to, from, date, marking, bluf, blufByAnalyst, version, supersedes, draft, pdfa, paper, omitAuthor, sections, topRecommendations, topAreKey, topMore, citations, sources, sharedTopics, positions, agreements, divergences, oneSided, matrix, stats']);
    expect(check('{{#each sections}}{{#each records}}{{summary}} {{../topic.label}} {{../../title}} {{@root.marking}}{{/each}}{{/each}}')).toEqual([]);
    expect(check('{{#each sections}}{{../../title}}{{/each}}')).toEqual(['4:21: "../../title" goes above the top of the briefing: there are only 1 enclosing {{#each}}/{{#with}} blocks']);
    expect(check('{{#each sections}}{{#if topic.description}}{{../title}}{{/if}}{{/each}}')).toEqual([]);
    expect(check('{{#with stats}}{{records}} of {{../stats.records}}{{/with}}{{#with matrix}}{{#each rows}}{{#each cells}}{{count}}{{/each}}{{/each}}{{/with}}')).toEqual([]);
  });

  it('knows @index, @first, @last and @key inside loops only, and @root everywhere', () => {
    expect(check('{{#each sections}}{{inc @index}}{{#if @first}}first{{/if}}{{#each records}}{{@../index}}{{@key}}{{/each}}{{/each}}{{@root.title}}')).toEqual([]);
    expect(check('{{@index}} {{@idx}}')).toEqual([
      '4:3: @index exists only inside {{#each}}',
      '4:14: unknown data variable "@idx"; inside {{#each}} there are @index, @first, @last and @key, and everywhere @root',
    ]);
  });

  it('follows block parameters, this, lists and lookups', () => {
    expect(check('{{#each sections as |section i|}}{{section.topic.label}} {{inc i}} {{section.nope}}{{/each}}')).toEqual([
      '4:78: "nope" is not a field of BriefingSection; its fields: topic, records, sources, seeAlso',
    ]);
    expect(check('{{this.title}} {{sections.length}} {{sections.0.topic.label}} {{#with (lookup sections 0)}}{{topic.label}}{{/with}}')).toEqual([]);
    expect(check('{{#each sections}}{{#with (lookup records 0)}}{{summary}} {{nope}}{{/with}}{{/each}}')).toEqual(['4:61: "nope" is not a field of ModelRecord; did you mean "note"?']);
    expect(check('{{sections.topic}}')).toEqual(['4:12: "topic": sections is a list of BriefingSection; go through it with {{#each sections}}']);
    expect(check('{{title.text}}')).toEqual(['4:9: "text": title is text, which has no fields']);
  });

  it('reports blocks over the wrong kind of value, and printing lists or objects', () => {
    expect(check('{{#each title}}x{{/each}}')).toEqual(['4:9: {{#each}} goes through a list, but title is text']);
    expect(check('{{sections}} {{stats}}')).toEqual([
      '4:1: warning: sections is a list of BriefingSection; printing it shows nothing useful (use {{#each}} or a field of it)',
      '4:14: warning: stats is a BriefingStats; printing it shows nothing useful (use {{#each}} or a field of it)',
    ]);
    expect(check('{{#upper title}}x{{/upper}}')).toEqual(['4:4: upper is not a block helper; write {{upper …}} without # and {{/upper}}']);
  });

  it('reports unknown helpers and wrong argument counts', () => {
    expect(check('<p>{{shout title}}</p>\n{{upper (whisper title)}} {{formatDate}} {{eq title}}')).toEqual([
      '4:6: unknown helper "shout"; helpers: if, unless, each, with, lookup, log, formatDate, upper, join, eq, inc, plural, kindLabel, sourceName, authors, citeSource, citeShort',
      '5:10: unknown helper "whisper"; helpers: if, unless, each, with, lookup, log, formatDate, upper, join, eq, inc, plural, kindLabel, sourceName, authors, citeSource, citeShort',
      '5:29: formatDate takes 1 to 2 arguments, got 0',
      '5:44: eq takes 2 arguments, got 1',
    ]);
    // A helper shadows a field of the same name: {{authors}} calls the helper.
    expect(check('{{#each sources}}{{authors}}{{/each}}')).toEqual(['4:20: authors takes 1 argument, got 0; to print the field write {{this.authors}}']);
    expect(check('{{#each sources}}{{this.authors}}{{authors authors}}{{/each}}')).toEqual([]);
    // Handlebars' hooks are not helpers a template may call.
    expect(check('{{helperMissing title}}{{blockHelperMissing title}}').map((line) => line.split(';')[0])).toEqual([
      '4:3: unknown helper "helperMissing"',
      '4:26: unknown helper "blockHelperMissing"',
    ]);
  });

  it('warns that log prints nothing', () => {
    expect(check('<p>{{log this}}</p>')).toEqual(['4:6: warning: log prints nothing: a template’s only output is the PDF']);
  });

  it('reports unknown partials and checks partials in the context of each call', () => {
    expect(check('{{> signature}}\n{{> title-block}}')).toEqual(['4:1: unknown partial "signature"; partials: endnotes, note, record, record-body, record-head, title-block, version-note']);
    expect(check('{{#each sections}}{{#each records}}{{> record}}{{/each}}{{/each}}')).toEqual([]);
    expect(check('{{> record}}')[0]).toBe('4:1: in partial "record" (partials/record.hbs:4:1): in partial "record-head" (partials/record-head.hbs:5:32): "id" is not a field of the briefing; its fields: title, subject, to, from, date, marking, bluf, blufByAnalyst, version, supersedes, draft, pdfa, paper, omitAuthor, sections, topRecommendations, topAreKey, topMore, citations, sources, sharedTopics, positions, agreements, divergences, oneSided, matrix, stats');
    expect(check('{{#each sections}}{{> record records.[0]}}{{/each}}')).toEqual([]);
  });

  it('checks inline partials where they are called, with arguments', () => {
    const body = '{{#*inline "heading"}}<h2>{{topic.label}} {{level}}</h2>{{/inline}}\n{{#each sections}}{{> heading level=2}}{{/each}}\n{{> heading}}';
    expect(check(body)).toEqual([
      '4:29: "topic" is not a field of the briefing; its fields: title, subject, to, from, date, marking, bluf, blufByAnalyst, version, supersedes, draft, pdfa, paper, omitAuthor, sections, topRecommendations, topAreKey, topMore, citations, sources, sharedTopics, positions, agreements, divergences, oneSided, matrix, stats',
      '4:45: "level" is not a field of the briefing; its fields: title, subject, to, from, date, marking, bluf, blufByAnalyst, version, supersedes, draft, pdfa, paper, omitAuthor, sections, topRecommendations, topAreKey, topMore, citations, sources, sharedTopics, positions, agreements, divergences, oneSided, matrix, stats',
    ]);
  });

  it('treats prototype names as the unknown fields they are', () => {
    expect(check('{{constructor}} {{__proto__.x}}').map((line) => line.split(';')[0])).toEqual([
      '4:3: "constructor" is not a field of the briefing',
      '4:19: "__proto__" is not a field of the briefing',
    ]);
  });

  it('reports markup a briefing may not have, and unescaped output', () => {
    expect(check('<script>alert(1)</script>\n<img src="https://example.com/logo.png"> <img src="data:image/png;base64,AAAA">\n{{{title}}}\n{{!-- <script> in a comment is fine --}}')).toEqual([
      '4:1: <script> is not allowed: a briefing runs and fetches nothing, and export drops it',
      '5:1: image "https://example.com/logo.png" would not load: images must be inline data: URIs (data:image/png;base64,…); files and web addresses are never read',
      '6:1: warning: {{{…}}} prints text as HTML: a record containing < or & would be misread or lost; use {{…}}',
    ]);
  });

  it('checks fields and helpers in header and footer text, at their place in the front matter', () => {
    const text = '---\nname: X\nheaderText: "{{title}} · {{titel}}"\nfooterText: Prepared by {{shout from}}\n---\n<p>{{title}}</p>';
    expect(checkTemplate(text, 'x.hbs').map((problem) => formatProblem('x.hbs', problem))).toEqual([
      'x.hbs:3:28: headerText: "titel" is not a field of the briefing; did you mean "title"?',
      'x.hbs:4:27: footerText: unknown helper "shout"; helpers: if, unless, each, with, lookup, log, formatDate, upper, join, eq, inc, plural, kindLabel, sourceName, authors, citeSource, citeShort',
    ]);
  });

  it('returns problems with their extent, for an editor to underline', () => {
    const [problem] = checkTemplate(`${FRONT_MATTER}<h1>{{titel}}</h1>`, 'test.hbs');
    expect(problem).toEqual<TemplateProblem>({ line: 4, column: 7, end: { line: 4, column: 12 }, message: '"titel" is not a field of the briefing; did you mean "title"?', severity: 'error' });
  });
});
