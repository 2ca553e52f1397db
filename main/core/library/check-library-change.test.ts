import { Immer } from 'immer';
import { describe, expect, it } from 'vitest';
import { makeBriefing, makeLibraryWithBriefing } from '../../../test/fixtures/library';
import type { Library } from '../model';
import { checkLibrary, checkLibraryChange } from './library-file';

const drafts = new Immer({ autoFreeze: false });

/** A valid library as the store holds it (parsed), and `change` made to a draft of it. */
function changed(change: (draft: Library) => void): { base: Library; candidate: Library } {
  const check = checkLibrary(makeLibraryWithBriefing());
  if (!check.ok) throw new Error('the fixture library is not valid');
  return { base: check.library, candidate: drafts.produce(check.library, change) };
}

/** Changes to try, each judged both ways. */
const CHANGES: Record<string, (draft: Library) => void> = {
  'a record edited': (draft) => {
    draft.records[0]!.summary = 'Restore the channels now.';
  },
  'a record given a field the schema does not know, which parsing drops': (draft) => {
    Object.assign(draft.records[1]!, { stray: true });
  },
  'a record whose kind is not a kind': (draft) => {
    Object.assign(draft.records[0]!, { kind: 'wish' });
  },
  'a record pointing at a missing source (integrity)': (draft) => {
    draft.records[1]!.sourceId = 'nowhere';
  },
  'a briefing whose date is no day, named by its title': (draft) => {
    draft.briefings[0]!.date = '2026-02-30';
  },
  'a new briefing left without its defaults filled': (draft) => {
    const briefing: Partial<Library['briefings'][number]> = { ...makeBriefing('second', 'Second memo') };
    delete briefing.subject;
    draft.briefings.push(briefing as Library['briefings'][number]);
  },
  'a list replaced by a mapped copy': (draft) => {
    draft.topics = draft.topics.map((topic) => (topic.id === 'arms-control' ? { ...topic, label: 'Arms control and limits' } : topic));
  },
  'a list that is not a list': (draft) => {
    Object.assign(draft, { positions: null });
  },
  'a key the schema does not know': (draft) => {
    Object.assign(draft, { extra: 1 });
  },
};

describe('checkLibraryChange', () => {
  it.each(Object.entries(CHANGES))('judges %s as checkLibrary does', (_name, change) => {
    const { base, candidate } = changed(change);
    expect(checkLibraryChange(base, candidate)).toEqual(checkLibrary(candidate));
  });

  it('fills the defaults of an entry it parsed', () => {
    const { base, candidate } = changed(CHANGES['a new briefing left without its defaults filled']!);
    const check = checkLibraryChange(base, candidate);
    expect(check.ok && check.library.briefings[1]!.subject).toBe('');
  });

  it('parses only the entries the change replaced, keeping the others as they were', () => {
    const { base, candidate } = changed(CHANGES['a record edited']!);
    const check = checkLibraryChange(base, candidate);
    if (!check.ok) throw new Error('the edit was refused');
    expect(check.library.records[1]).toBe(base.records[1]);
    expect(check.library.sources).toBe(base.sources);
    expect(check.library.records[0]).not.toBe(base.records[0]);
    expect(check.library.records[0]!.summary).toBe('Restore the channels now.');
  });
});
