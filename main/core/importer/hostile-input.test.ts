// Files built to be slow or deep: each finishes with a result or a clear error naming the file.
// The sizes are chosen so that the quadratic readers these tests replaced (minutes on such input)
// would run far past each test's time limit; the limits themselves are not speed targets.
import { describe, expect, it } from 'vitest';
import type { Library } from '../model';
import { ImportError } from './errors';
import { addImportToLibrary, importBytes, MAX_CANDIDATES_PER_FILE, type ImportResult } from './import-source';
import { parseDocument, MAX_SOURCE_TEXT_LENGTH } from './read-document';
import { joinLines, joinParagraphLines } from './read-pdf';
import { splitSentences } from './sentences';

const SLOW = 30_000;
const CALL = 'The group urged both governments to resume regular military contacts near the border. ';
const FILLER = 'The weather in Vienna was mild for the season and the hall was full. ';

/** One paragraph of `length` characters: a call every `every` sentences, filler between. */
function paragraph(length: number, every: number): string {
  const sentences: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const sentence = i % every === 0 ? CALL : FILLER;
    sentences.push(sentence);
    size += sentence.length;
  }
  return `A Title for the Test Article\n\nJune 1, 2021\n\n${sentences.join('')}`;
}

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

async function refusal(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('hostile import input', () => {
  it('splits a 1 MB single paragraph into sentences and proposes its calls', { timeout: SLOW }, async () => {
    const text = paragraph(1_000_000, 10);
    const result = await importBytes(bytes(text), 'one-paragraph.txt', { topics: [] });
    expect(result.source.text.length).toBeGreaterThan(999_000);
    expect(result.candidates.length).toBeGreaterThan(1000);
    expect(result.candidates.every((c) => c.statement === CALL.trim())).toBe(true);
  });

  it('reads runs of dots, blanks, unclosed quotation marks and Markdown marks', { timeout: SLOW }, async () => {
    const shapes = [
      `Start${'.'.repeat(200_000)}end of the dots.`,
      `Start${' '.repeat(200_000)}end of the blanks.`,
      `The group said “we urge restraint `.repeat(8000),
    ];
    for (const [i, text] of shapes.entries()) {
      const result = await importBytes(bytes(text), `shape-${i}.txt`, { topics: [] });
      expect(result.source.text).toMatch(/^(?:Start|The group)/);
    }
    for (const mark of ['**a ', '[a ', '<a ', '*a ']) {
      const document = await parseDocument(bytes(mark.repeat(50_000)), 'marks.md');
      expect(document.text.length).toBeGreaterThan(100_000);
    }
  });

  it('cuts a sentence that never ends into pieces of bounded length', () => {
    const text = 'word '.repeat(100_000);
    const sentences = splitSentences(text, { start: 0, end: text.length });
    expect(sentences.length).toBeGreaterThan(100);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(3000);
    expect(sentences[0]!.start).toBe(0);
    expect(sentences.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text.trim());
  });

  it('reads 100,000 nested elements of a web page, keeping their text', { timeout: SLOW }, async () => {
    const depth = 100_000;
    const html = `<html><body><p>The group urged both sides to talk.</p>${'<div>'.repeat(depth)}Deep inside, the delegates recommended restraint.${'</div>'.repeat(depth)}<p>After the nesting.</p></body></html>`;
    const document = await parseDocument(bytes(html), 'deep.html');
    expect(document.text).toContain('The group urged both sides to talk.');
    expect(document.text).toContain('Deep inside, the delegates recommended restraint.');
    expect(document.text).toContain('After the nesting.');
  });

  it('keeps the structure of a page that nests no deeper than an article does', async () => {
    const html = `<html><body>${'<div>'.repeat(50)}<h2>Findings</h2><ul><li>One call.</li><li>Another call.</li></ul>${'</div>'.repeat(50)}</body></html>`;
    expect((await parseDocument(bytes(html), 'nested.html')).text).toBe('Findings\n\n  • One call.\n  • Another call.');
  });

  it('joins 20,000 lines of one PDF paragraph as line-by-line joining does', { timeout: SLOW }, () => {
    const lines = ['began nego-', 'tiations on', 'regular military-to-', 'military contacts in 2019-', '2021 and short-', 'and long-range'];
    expect(joinParagraphLines(lines)).toBe(lines.reduce(joinLines));
    const many = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'tiations on the rules of the road at sea and in the air' : `line ${i} opened nego-`));
    const joined = joinParagraphLines(many);
    expect(joined).toContain('line 0 opened negotiations on the rules');
    expect(joined.length).toBeGreaterThan(600_000);
  });

  it('refuses a file whose text is more than one source may hold, naming the file', { timeout: SLOW }, async () => {
    const text = 'Word '.repeat(MAX_SOURCE_TEXT_LENGTH / 5 + 1000);
    const error = await refusal(parseDocument(bytes(text), 'dump.txt'));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/could not import dump\.txt: its text is 5,00\d,\d{3} characters long, more than the 5,000,000/);
  });

  it('refuses a file that yields more candidates than one import may propose, naming the file', { timeout: SLOW }, async () => {
    const text = paragraph((MAX_CANDIDATES_PER_FILE + 500) * CALL.length, 1);
    const error = await refusal(importBytes(bytes(text), 'calls.txt', { topics: [] }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/could not import calls\.txt: it yields 5,\d{3} candidate records, more than the 5,000/);
  });

  it('adds an import of 150,000 records to the library without overflowing the stack', { timeout: SLOW }, async () => {
    const draft = { sources: [], records: [], topics: [] } as unknown as Library;
    const store = { update: async (change: (library: Library) => void) => (change(draft), draft) };
    const candidate = { statement: 'Talk.', section: 'Introduction', kind: 'recommendation', topics: ['t'], location: { start: 0, end: 5 }, summary: 'Talk.', speaker: '', rule: 'cue-word' };
    const result = {
      file: 'huge.txt',
      format: 'text',
      source: { id: 'huge-2021', text: 'Talk.' },
      candidates: Array.from({ length: 150_000 }, () => candidate),
      missing: [],
    } as unknown as ImportResult;
    const added = await addImportToLibrary(store, result);
    expect(draft.records).toHaveLength(150_000);
    expect(added.recordIds.at(-1)).toBe('huge-2021-150000');
  });
});
