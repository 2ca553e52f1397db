import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeLibrary } from '../../../test/fixtures/library';
import { importFile, type ImportResult } from '../importer/import-source';
import { EditError } from './errors';
import { confirmSource, decide, editCandidate, mergeCandidates, splitCandidate, startReview, type ImportDraft } from './import-review';

const ARTICLE = path.resolve(import.meta.dirname, '../../../test/fixtures/import/workshop-notes.md');
const { topics } = makeLibrary();
let result: ImportResult;
let draft: ImportDraft;

beforeAll(async () => {
  result = await importFile(ARTICLE, { topics, today: new Date('2026-01-02T00:00:00Z') });
  draft = startReview('import-1', 'workshop-notes.md', result);
});

const text = () => draft.source.text;
/** Every candidate's statement is exactly its passage of the source text. */
function expectExactPassages(d: ImportDraft): void {
  for (const c of d.candidates) expect(c.statement).toBe(d.source.text.slice(c.location.start, c.location.end));
}

describe('startReview', () => {
  it('holds every candidate pending, in text order, with a stable key, and the source unconfirmed', () => {
    expect(draft.candidates.length).toBe(result.candidates.length);
    expect(draft.candidates.every((c) => c.decision === 'pending')).toBe(true);
    expect(new Set(draft.candidates.map((c) => c.key)).size).toBe(draft.candidates.length);
    const starts = draft.candidates.map((c) => c.location.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(draft.sourceConfirmed).toBe(false);
  });
});

describe('confirmSource', () => {
  it('takes the analyst’s details and derives the source id from them', () => {
    const confirmed = confirmSource(draft, { ...draft.source, title: 'Workshop summary', dialogue: 'Deep Cuts', date: '2020-02-19' });
    expect(confirmed.source).toMatchObject({ id: 'deep-cuts-2020', title: 'Workshop summary', date: '2020-02-19', text: text() });
    expect(confirmed.sourceConfirmed).toBe(true);
    expect(confirmed.missing).toEqual([]);
  });

  it('renames speakers named after the proposed dialogue or publisher, except in candidates the analyst edited', () => {
    const proposed = draft.source.dialogue || draft.source.publisher;
    const first = draft.candidates[0]!;
    const edited = editCandidate(draft, first.key, { ...first, speaker: `${proposed} chair`, topics: ['arms-control'] }, topics);
    const confirmed = confirmSource(edited, { ...draft.source, dialogue: 'Deep Cuts' });
    expect(confirmed.candidates[0]!.speaker).toBe(`${proposed} chair`);
    expect(confirmed.candidates.slice(1).map((c) => c.speaker)).toEqual(draft.candidates.slice(1).map((c) => c.speaker.split(proposed).join('Deep Cuts')));
    expect(confirmed.candidates.slice(1).some((c) => c.speaker.includes('Deep Cuts'))).toBe(true);
  });
});

describe('decide', () => {
  it('accepts, rejects and reopens one candidate and leaves the others alone', () => {
    const [a, b] = draft.candidates;
    const decided = decide(decide(draft, a!.key, 'accepted'), b!.key, 'rejected');
    expect(decided.candidates.map((c) => c.decision).slice(0, 3)).toEqual(['accepted', 'rejected', 'pending']);
    expect(decide(decided, a!.key, 'pending').candidates[0]!.decision).toBe('pending');
    expect(draft.candidates[0]!.decision).toBe('pending');
  });
});

describe('editCandidate', () => {
  it('changes summary, kind and topics, accepts the candidate, and keeps its passage exact', () => {
    const first = draft.candidates[0]!;
    const edited = editCandidate(draft, first.key, { ...first, kind: 'concern', summary: 'Hypersonics compress decision time.', topics: ['arms-control'] }, topics);
    expect(edited.candidates[0]).toMatchObject({ key: first.key, kind: 'concern', summary: 'Hypersonics compress decision time.', decision: 'accepted', revised: 'edited' });
    expectExactPassages(edited);
  });

  it('moves the passage to words typed by the analyst, and refuses words not in the text or unknown topics', () => {
    const first = { ...draft.candidates[0]!, topics: ['arms-control'] };
    const edited = editCandidate(draft, first.key, { ...first, statement: 'The discussion was held under the Chatham House Rule.', location: undefined }, topics);
    expect(edited.candidates[0]!.statement).toBe('The discussion was held under the Chatham House Rule.');
    expectExactPassages(edited);
    expect(() => editCandidate(draft, first.key, { ...first, statement: 'Nothing like it.', location: undefined }, topics)).toThrow(EditError);
    expect(() => editCandidate(draft, first.key, { ...first, topics: ['nope'] }, topics)).toThrow(/No topic "nope"/);
  });
});

describe('mergeCandidates', () => {
  it('joins two neighbours into one exact passage spanning both, with the topics of both', () => {
    const [a, b] = draft.candidates as [ImportDraft['candidates'][number], ImportDraft['candidates'][number]];
    const merged = mergeCandidates(decide(draft, a.key, 'accepted'), b.key, a.key);
    expect(merged.candidates.length).toBe(draft.candidates.length - 1);
    const joined = merged.candidates[0]!;
    expect(joined.location).toEqual({ start: a.location.start, end: b.location.end });
    expect(joined.statement).toContain(a.statement);
    expect(joined.statement).toContain(b.statement);
    expect(joined.topics).toEqual([...new Set([...a.topics, ...b.topics])]);
    expect(joined).toMatchObject({ kind: a.kind, decision: 'pending', revised: 'merged' });
    expect(merged.candidates.map((c) => c.key)).not.toContain(a.key);
    expectExactPassages(merged);
  });

  it('refuses candidates that are not neighbours', () => {
    const [a, , c] = draft.candidates;
    expect(() => mergeCandidates(draft, a!.key, c!.key)).toThrow(/neighbouring/);
  });
});

describe('splitCandidate', () => {
  it('cuts one candidate into two exact passages at the chosen point, without the spaces at the cut', () => {
    const first = draft.candidates[0]!;
    const at = first.statement.indexOf(' and increase');
    const split = splitCandidate(draft, first.key, at);
    const [head, tail] = split.candidates as [ImportDraft['candidates'][number], ImportDraft['candidates'][number]];
    expect(head.statement).toBe(first.statement.slice(0, at));
    expect(tail.statement).toBe(first.statement.slice(at + 1));
    expect([head.revised, tail.revised]).toEqual(['split', 'split']);
    expect(head.key).not.toBe(tail.key);
    expect(split.candidates.length).toBe(draft.candidates.length + 1);
    expectExactPassages(split);
  });

  it('refuses a point at either end', () => {
    const first = draft.candidates[0]!;
    expect(() => splitCandidate(draft, first.key, 0)).toThrow(/words on both sides/);
    expect(() => splitCandidate(draft, first.key, first.statement.length)).toThrow(/words on both sides/);
  });
});
