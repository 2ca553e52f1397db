import { describe, expect, it } from 'vitest';
import { readFrontMatter, setFrontMatterName, splitFrontMatter } from './front-matter';
import { TemplateError } from './template-error';

const name = { template: 'custom.hbs', file: '/templates/custom.hbs' };

function errorOf(source: string): TemplateError {
  try {
    splitFrontMatter(source, name);
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
}

describe('splitFrontMatter', () => {
  it('treats a template without front matter as all body', () => {
    expect(splitFrontMatter('<p>{{title}}</p>\n', name)).toEqual({ frontMatter: {}, body: '<p>{{title}}</p>\n', bodyStartLine: 1, valuePositions: {} });
  });

  it('reads the keys and says on which line the body starts', () => {
    const split = splitFrontMatter('---\nname: Book\ndescription: Long form\ntoc: true\nmargins: [50, 60, 50, 60]\n---\n<p>{{title}}</p>\n', name);
    expect(split.frontMatter).toEqual({ name: 'Book', description: 'Long form', toc: true, margins: [50, 60, 50, 60] });
    expect(split.body).toBe('<p>{{title}}</p>\n');
    expect(split.bodyStartLine).toBe(7);
  });

  it('accepts empty front matter, comments and Windows line ends', () => {
    expect(splitFrontMatter('---\n---\nbody', name)).toEqual({ frontMatter: {}, body: 'body', bodyStartLine: 3, valuePositions: {} });
    expect(splitFrontMatter('---\r\n# a comment\r\npageSize: A5\r\n---\r\nbody', name)).toMatchObject({ frontMatter: { pageSize: 'A5' }, body: 'body', bodyStartLine: 5 });
  });

  it('says where each value starts, inside its quotes', () => {
    const { valuePositions } = splitFrontMatter('---\nname: Book\nheaderText: "{{title}}"\nfooterText:   \'x\'\n---\nbody', name);
    expect(valuePositions).toEqual({ name: { line: 2, column: 7 }, headerText: { line: 3, column: 14 }, footerText: { line: 4, column: 16 } });
  });

  it('reports an unknown key at the key, listing the known ones', () => {
    const error = errorOf('---\nname: Memo\npapersize: A4\n---\nbody');
    expect(error.message).toMatch(/^custom\.hbs:3:1: front matter: unknown key "papersize" \(known keys: pageSize, orientation,/);
    expect([error.line, error.column, error.file]).toEqual([3, 1, '/templates/custom.hbs']);
  });

  it('reports a wrong value at the value', () => {
    const error = errorOf('---\nname: Memo\npageSize:   A3\n---\nbody');
    expect([error.line, error.column]).toEqual([3, 13]);
    expect(error.reason).toMatch(/^front matter: pageSize: Invalid option/);
  });

  it('points into a list at the wrong element', () => {
    const error = errorOf('---\nmargins: [64, 80, wide, 72]\n---\nbody');
    expect([error.line, error.column]).toEqual([2, 19]);
    expect(error.reason).toMatch(/margins\.2: .*expected number/);
  });

  it('allows only the embedded fonts, since pdfmake has no fallback', () => {
    const error = errorOf('---\nfont: Arial\n---\nbody');
    expect([error.line, error.column]).toEqual([2, 7]);
    expect(error.reason).toMatch(/font: .*"PT Serif"\|"PT Sans"/);
  });

  it('reports the first problem in the file when there are several', () => {
    const error = errorOf('---\ntoc: yes please\nbogus: 1\n---\nbody');
    expect(error.line).toBe(2);
  });

  it('reports YAML syntax errors at their position', () => {
    const error = errorOf('---\nname: Memo\nmargins: [1, 2\n---\nbody');
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(error.reason).toMatch(/^front matter: /);
    const duplicate = errorOf('---\ntoc: true\ntoc: false\n---\nbody');
    expect([duplicate.line, duplicate.column]).toEqual([3, 1]);
  });

  it('lists every problem in file order, one per unknown key, the body still split off', () => {
    const { problems, body, bodyStartLine, frontMatter } = readFrontMatter('---\ntoc: yes please\nbogus: 1\nname: Memo\nfontsize: 9\n---\nbody', name);
    expect(problems.map((problem) => [problem.line, problem.column, problem.reason.split(' (')[0]])).toEqual([
      [2, 6, 'front matter: toc: Invalid input: expected boolean, received string'],
      [3, 1, 'front matter: unknown key "bogus"'],
      [5, 1, 'front matter: unknown key "fontsize"'],
    ]);
    expect([body, bodyStartLine, frontMatter]).toEqual(['body', 7, {}]);
  });

  it('rejects front matter that is not keys and values', () => {
    expect(errorOf('---\n- A4\n---\nbody').message).toBe('custom.hbs:2:1: front matter must be YAML keys and values, e.g. "pageSize: A4"');
  });

  it('rejects an unclosed front matter block', () => {
    expect(errorOf('---\nname: Memo\n<p>body</p>\n').message).toBe('custom.hbs:1:1: front matter starts with "---" but has no closing "---" line');
  });
});

describe('setFrontMatterName', () => {
  it('changes the name and keeps comments, other keys and the body', () => {
    const source = '---\nname: Memo\n# keep me\ntoc: true\n---\n<p>{{title}}</p>\n';
    expect(setFrontMatterName(source, 'Memo: Elbe Group, short')).toBe('---\nname: "Memo: Elbe Group, short"\n# keep me\ntoc: true\n---\n<p>{{title}}</p>\n');
    expect(setFrontMatterName('---\ntoc: true\n---\nbody', 'Записка')).toBe('---\ntoc: true\nname: Записка\n---\nbody');
  });

  it('adds front matter to a template without one', () => {
    expect(setFrontMatterName('<p>{{title}}</p>', 'Plain')).toBe('---\nname: Plain\n---\n<p>{{title}}</p>');
  });

  it('refuses front matter it cannot read', () => {
    expect(() => setFrontMatterName('---\n- a\n---\nbody', 'X')).toThrow(/not valid YAML keys and values/);
  });
});
