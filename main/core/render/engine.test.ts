import Handlebars from 'handlebars';
import { describe, expect, it, vi } from 'vitest';
import { briefingModel } from '../../../test/fixtures/briefing-model';
import type { TemplatePartial } from './loaded-template';
import { parseTemplate } from './parse-template';
import { renderRunningText, renderTemplate } from './engine';
import { TemplateError } from './template-error';

const FRONT_MATTER = '---\nname: Test\n---\n'; // the body starts on line 4

function template(body: string, partials: Record<string, string> = {}) {
  return parseTemplate({
    id: 'test',
    file: '/user/templates/test.hbs',
    source: FRONT_MATTER + body,
    builtIn: false,
    partials: Object.fromEntries(
      Object.entries(partials).map(([name, partialBody]): [string, TemplatePartial] => [name, { name, file: `/user/templates/partials/${name}.hbs`, body: partialBody }]),
    ),
  });
}

function templateError(run: () => unknown): TemplateError {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
}

const render = (body: string, partials?: Record<string, string>) => renderTemplate(template(body, partials), briefingModel());

describe('renderTemplate', () => {
  it('renders the briefing with helpers and partials', () => {
    const html = render('<h1>{{title}}</h1>{{#each sections}}{{> heading}}{{/each}}', { heading: '<h2>{{inc @index}}. {{topic.label}}</h2>' });
    expect(html).toBe(
      '<h1>Track-2 Options for US–Russia Military Risk Reduction</h1><h2>1. Strategic stability and arms control</h2><h2>2. NATO–Russia risk reduction</h2><h2>3. Cyber and influence operations</h2>',
    );
  });

  it('escapes HTML in the data', () => {
    const html = renderTemplate(template('<p>{{title}}</p>'), briefingModel({ title: '<script>alert("x")</script> & co' }));
    expect(html).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</p>');
  });

  it('allows inline partials', () => {
    expect(render('{{#*inline "mark"}}[{{marking}}]{{/inline}}{{> mark}}')).toBe('[UNCLASSIFIED]');
  });

  it('parses each body once, and strips whitespace as Handlebars does from text', () => {
    const body = '<ul>\n  {{#each sections}}\n  <li>{{~topic.label~}} </li>\n  {{else}}\n  none\n  {{/each}}\n</ul>\n{{#if title}}\n{{> note}}\n{{/if}}\n';
    const partials = { note: '  {{#with sections.[0]}}\n  <p> {{~topic.label}}</p>\n  {{/with}}\n' };
    // Every Handlebars environment parses with the one jison parser (left out of Handlebars' types).
    const parser = (Handlebars as unknown as { Parser: { parse(text: string): unknown } }).Parser;
    const parse = vi.spyOn(parser, 'parse');
    const html = render(body, partials);
    // The body and its partial, each once.
    expect(parse).toHaveBeenCalledTimes(2);
    parse.mockRestore();
    const plain = Handlebars.create();
    plain.registerPartial('note', partials.note);
    expect(html).toBe(plain.compile(body)(briefingModel()));
  });

  it('keeps its helpers out of the global Handlebars', () => {
    render('{{upper marking}}');
    expect(Handlebars.helpers).not.toHaveProperty('formatDate');
  });
});

describe('template errors', () => {
  it('a missing field is an error at its name\'s line and column in the file', () => {
    const error = templateError(() => render('<h1>{{title}}</h1>\n<p>\n  {{titel}}</p>'));
    expect(error.message).toBe('test.hbs:6:5: "titel" is not defined');
    expect([error.template, error.line, error.column, error.file]).toEqual(['test.hbs', 6, 5, '/user/templates/test.hbs']);
  });

  it('a missing field inside a block is found too', () => {
    const error = templateError(() => render('{{#each sections}}\n{{#each records}}\n<p>{{statment}}</p>{{/each}}{{/each}}'));
    expect(error.message).toBe('test.hbs:6:6: "statment" is not defined');
  });

  it('a missing field in a partial points into the partial', () => {
    const error = templateError(() => render('<p>\n{{> byline}}</p>', { byline: '<span>{{from}}</span>\n<span>{{form}}</span>' }));
    expect(error.message).toBe('partials/byline.hbs:2:9: "form" is not defined');
    expect(error.file).toBe('/user/templates/partials/byline.hbs');
  });

  it('an unclosed block points at where it opens', () => {
    const error = templateError(() => template('<h1>{{title}}</h1>\n  {{#each sections}}\n  <h2>{{topic.label}}</h2>\n'));
    expect(error.message).toBe('test.hbs:5:3: {{#each}} is never closed: add {{/each}}');
  });

  it('a syntax error points at the offending token', () => {
    const error = templateError(() => template('<p>\n  {{formatDate date format=}}</p>'));
    expect(error.message).toBe('test.hbs:5:28: syntax error: unexpected "}}"');
  });

  it('a block closed by the wrong name points at the closing tag', () => {
    expect(templateError(() => template('\n {{#if bluf}}x{{/each}}')).message).toBe('test.hbs:5:15: {{/each}} does not close {{#if}} (line 5:2): write {{/if}}');
  });

  it('an unknown helper is reported when the template is loaded', () => {
    const error = templateError(() => template('<p>{{title}}</p>\n<p>{{shout title}}</p>'));
    expect(error.message).toBe('test.hbs:5:4: unknown helper "shout"');
    expect(templateError(() => template('{{upper (shout title)}}')).message).toBe('test.hbs:4:9: unknown helper "shout"');
  });

  it('an unknown partial is reported when the template is loaded', () => {
    expect(templateError(() => template('<p>{{title}}</p>\n  {{> signature}}')).message).toBe('test.hbs:5:3: unknown partial "signature"');
    expect(templateError(() => template('{{> byline}}', { byline: '\n{{> nope}}' })).message).toBe('partials/byline.hbs:2:1: unknown partial "nope"');
  });

  it("a helper's own error points at the call", () => {
    const error = templateError(() => render('<p>{{title}}</p>\n<p>{{formatDate title}}</p>'));
    expect(error.message).toBe('test.hbs:5:4: formatDate: expected a date like 2019-04-24, got "Track-2 Options for US–Russia Military Risk Reduction"');
    expect(templateError(() => render('\n{{#if}}x{{/if}}')).message).toBe('test.hbs:5:1: #if takes exactly one argument, got 0');
  });

  it("Handlebars' hooks are not helpers: calling one is an unknown helper or field at its place, not a TypeError", () => {
    const cases: [string, string][] = [
      ['\n{{helperMissing "a"}}', 'test.hbs:5:1: unknown helper "helperMissing"'],
      ['\n {{blockHelperMissing title}}', 'test.hbs:5:2: unknown helper "blockHelperMissing"'],
      ['\n{{#blockHelperMissing title}}x{{/blockHelperMissing}}', 'test.hbs:5:1: unknown helper "blockHelperMissing"'],
      ['\n{{helperMissing}}', 'test.hbs:5:3: "helperMissing" is not defined'],
      ['\n{{#helperMissing}}x{{/helperMissing}}', 'test.hbs:5:4: "helperMissing" is not defined'],
    ];
    for (const [body, message] of cases) expect(templateError(() => render(body)).message, body).toBe(message);
  });

  it("misused built-ins say how to use them, at their place", () => {
    const cases: [string, string][] = [
      ['\n{{lookup}}', 'test.hbs:5:1: lookup takes an object or list and a key, e.g. {{lookup citations 0}}; got 0 arguments'],
      ['\n{{lookup title}}', 'test.hbs:5:1: lookup takes an object or list and a key, e.g. {{lookup citations 0}}; got 1 argument'],
      ['\n{{lookup sections "x" "y"}}', 'test.hbs:5:1: lookup takes an object or list and a key, e.g. {{lookup citations 0}}; got 3 arguments'],
      ['\n{{each sections}}', 'test.hbs:5:1: each works only as a block: write {{#each …}}…{{/each}}'],
      ['\n{{upper (if title)}}', 'test.hbs:5:9: if works only as a block: write {{#if …}}…{{/if}}'],
      ['\n{{#each title title}}{{/each}}', 'test.hbs:5:1: #each takes exactly one argument, got 2'],
    ];
    for (const [body, message] of cases) expect(templateError(() => render(body)).message, body).toBe(message);
    expect(render('{{lookup (lookup sections 0) "topic.label"}}|{{lookup title "length"}}')).toBe('|53');
  });

  it('{{log}} prints nothing, neither into the document nor to the output of the process', () => {
    const writes: string[] = [];
    const spies = [
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true)),
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true)),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation((...args) => void writes.push(args.join(' ')))),
    ];
    try {
      expect(render('<p>{{log this}}{{log title level="error"}}{{#log}}x{{/log}}</p>')).toBe('<p></p>');
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(writes).toEqual([]);
  });
});

describe('untrusted templates', () => {
  it('cannot reach prototypes', () => {
    expect(render('[{{lookup this "__proto__"}}][{{lookup this "constructor"}}][{{__proto__}}][{{#with title}}{{lookup this "constructor"}}{{/with}}]')).toBe('[][][][]');
    // Strict mode turns the denied `constructor` into a plain missing-field error, not a leak.
    expect(templateError(() => render('{{constructor.name}}')).message).toBe('test.hbs:4:3: "name" is not defined (its parent is empty)');
  });
});

describe('running text', () => {
  const withSetup = (frontMatter: string) => parseTemplate({ id: 'test', file: '/user/templates/test.hbs', source: `---\n${frontMatter}\n---\n<p></p>`, builtIn: false, partials: {} });

  it('fills header and footer text from the briefing, as plain text', () => {
    const template = withSetup('headerText: "{{title}} & co"\nfooterText: Prepared by {{from}}, {{formatDate date "short"}}');
    expect(renderRunningText(template, briefingModel({ title: 'A < B' }))).toEqual({
      headerText: 'A < B & co',
      footerText: 'Prepared by Jane Analyst, Russia & Eurasia Program, 5 Jul 2021',
    });
    expect(renderRunningText(withSetup('footerText: Fixed text'), briefingModel())).toEqual({ headerText: '', footerText: 'Fixed text' });
  });

  it('reports a mistake in them at its place in the front matter', () => {
    expect(templateError(() => renderRunningText(withSetup('name: X\nfooterText: "Page of {{titel}}"'), briefingModel())).message).toBe('test.hbs:3:24: "titel" is not defined');
    expect(templateError(() => withSetup('headerText: "{{shout title}}"')).message).toBe('test.hbs:2:14: unknown helper "shout"');
  });
});
