import { describe, expect, it } from 'vitest';
import { makeLibrary } from '../../../test/fixtures/library';
import type { Library } from '../model';
import { findDuplicate, normalizeStatement } from './duplicates';

const library: Library = makeLibrary();
const [channels, moratorium] = library.records as [Library['records'][number], Library['records'][number]];

describe('findDuplicate', () => {
  it('flags the same statement whatever its case, punctuation, quotation marks and spacing', () => {
    expect(findDuplicate(library, '“The sides should restore regular  military-to-military channels”')).toEqual({
      recordId: channels.id,
      sourceId: channels.sourceId,
      statement: channels.statement,
      match: 'same',
    });
  });

  it('flags heavy overlap: a statement that repeats most of a record with a few words changed or added', () => {
    const reworded = 'Both delegations call for a moratorium on deploying intermediate-range missiles in Europe and Asia.';
    expect(findDuplicate(library, reworded)).toMatchObject({ recordId: moratorium.id, match: 'overlap' });
  });

  it('does not flag statements that only share vocabulary, or a record buried in a much longer passage', () => {
    expect(findDuplicate(library, 'Missiles in Europe are a concern for both delegations and their channels.')).toBeUndefined();
    const longer = `${channels.statement} ${'Each side would name liaison officers, agree on hours and test the line every month. '.repeat(2)}`;
    expect(findDuplicate(library, longer)).toBeUndefined();
  });

  it('ignores deleted records', () => {
    const deleted = { ...library, records: [{ ...channels, status: 'deleted' as const }] };
    expect(findDuplicate(deleted, channels.statement)).toBeUndefined();
  });
});

describe('normalizeStatement', () => {
  it('keeps lowercase words only', () => {
    expect(normalizeStatement('  «Участники» договорились —\nПРОДОЛЖИТЬ диалог! ')).toBe('участники договорились продолжить диалог');
  });
});
