import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError, findSyntaxErrorOffset, findValueOffset, offsetToPosition } from './json-text';

/** The SyntaxError JSON.parse throws for `text` on this Node version. */
function parseError(text: string): SyntaxError {
  try {
    JSON.parse(text);
  } catch (error) {
    return error as SyntaxError;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be invalid JSON`);
}

const BROKEN = [
  '{"a": 1,}',
  '{"a": tru}',
  '{\n  "a": 1,\n  "b": ]\n}',
  '{"a": "x\ny"}',
  '[1, 2',
  '{"a": 1} x',
  '{"a": 01}',
  '{"a": "\\q"}',
  '\u0000\u00ff',
  '{"a": [1, 2}',
  '{"a" 1}',
];

describe('offsetToPosition', () => {
  it('gives 1-based lines and columns', () => {
    const text = 'ab\ncd\n\nef';
    expect(offsetToPosition(text, 0)).toEqual({ position: 0, line: 1, column: 1 });
    expect(offsetToPosition(text, 4)).toEqual({ position: 4, line: 2, column: 2 });
    expect(offsetToPosition(text, 7)).toEqual({ position: 7, line: 4, column: 1 });
    expect(offsetToPosition(text, undefined)).toBeUndefined();
  });
});

describe('findSyntaxErrorOffset', () => {
  it('agrees with JSON.parse wherever its message gives a position', () => {
    let compared = 0;
    for (const text of BROKEN) {
      const reported = /at position (\d+)/.exec(parseError(text).message)?.[1];
      if (reported === undefined) continue;
      compared += 1;
      expect(findSyntaxErrorOffset(text), text).toBe(Number(reported));
    }
    expect(compared).toBeGreaterThan(2);
  });

  it('points to the character that breaks the grammar', () => {
    expect(findSyntaxErrorOffset('{"a": tru}')).toBe(9);
    expect(findSyntaxErrorOffset('\u0000\u00ff')).toBe(0);
    expect(findSyntaxErrorOffset('{"a": [1, 2}')).toBe(11);
  });

  it('finds nothing wrong in valid JSON', () => {
    expect(findSyntaxErrorOffset(' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n", {}, []]} \n')).toBeUndefined();
  });
});

describe('describeJsonSyntaxError', () => {
  it('finds the line and column of every broken input, in words without the quoted text', () => {
    for (const text of BROKEN) {
      const described = describeJsonSyntaxError(text, parseError(text));
      expect(described.at, text).toBeDefined();
      expect(described.problem, text).not.toMatch(/is not valid JSON|at position|[\p{Cc}\u00ff]/u);
    }
    const multiline = '{\n  "a": 1,\n  "b": ]\n}';
    expect(describeJsonSyntaxError(multiline, parseError(multiline)).at).toMatchObject({ line: 3, column: 8 });
  });

  it('reads the position from the messages of newer Node versions', () => {
    const text = '{\n  "a": 1,\n  "b": ]\n}';
    const both = new SyntaxError('Unexpected token \']\' in JSON at position 19 (line 3 column 8)');
    const lineColumnOnly = new SyntaxError('Unexpected token \']\' in JSON (line 3 column 8)');
    for (const error of [both, lineColumnOnly]) {
      expect(describeJsonSyntaxError(text, error)).toEqual({
        problem: "unexpected token ']'",
        at: { position: 19, line: 3, column: 8 },
      });
    }
  });

  it('points just past the last character of cut-short data, not at trailing blank lines', () => {
    const text = '{\n  "a": [1,\n\n\n';
    expect(describeJsonSyntaxError(text, parseError(text)).at).toEqual({ position: 12, line: 2, column: 11 });
  });

  it('finds the place itself when the message has no position', () => {
    const text = '[1,\n 2,\n x]';
    expect(describeJsonSyntaxError(text, new SyntaxError('something odd')).at).toEqual({ position: 9, line: 3, column: 2 });
  });

  it('says a cut-short file ends too early and points at its end', () => {
    const text = '{\n  "records": [\n    {"id": "a"},\n\n';
    expect(describeJsonSyntaxError(text, parseError(text))).toEqual({
      problem: 'the data ends too early (the file may have been cut short)',
      at: { position: text.length - 2, line: 3, column: 17 },
    });
  });

  it('says an empty file is empty', () => {
    expect(describeJsonSyntaxError('  \n', parseError('  \n'))).toEqual({ problem: 'the file is empty' });
  });
});

describe('findValueOffset', () => {
  const text = '{\n  "a": {"b": [10, {"c": 2}]},\n  "odd \\"key\\"": true\n}';

  it('finds where the value at a path starts', () => {
    expect(text.slice(findValueOffset(text, ['a', 'b', 1, 'c']))).toMatch(/^2}/);
    expect(text.slice(findValueOffset(text, ['a', 'b', 0]))).toMatch(/^10,/);
    expect(text.slice(findValueOffset(text, ['odd "key"']))).toMatch(/^true/);
    expect(findValueOffset(text, [])).toBe(0);
  });

  it('falls back to the nearest enclosing value when the path is missing', () => {
    expect(text.slice(findValueOffset(text, ['a', 'b', 1, 'missing']))).toMatch(/^\{"c": 2}/);
    expect(text.slice(findValueOffset(text, ['a', 'b', 7]))).toMatch(/^\[10,/);
  });

  it('finds nothing when the text breaks before the path', () => {
    expect(findValueOffset('{"a": 1, "b" 2, "c": 3}', ['c'])).toBeUndefined();
  });
});
