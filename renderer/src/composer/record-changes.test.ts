import { describe, expect, it } from 'vitest';
import type { RecordItem } from '../../../main/api';
import { RecordFields } from '../../../main/core/editing/forms';
import { asKey, asReviewed, asUnreviewed, changedFields } from './record-changes';

const record: RecordItem = {
  id: 'elbe-2019-03',
  sourceId: 'elbe-2019',
  topics: ['arms-control', 'military-risk'],
  kind: 'finding',
  statement: 'Both sides should resume military-to-military contacts.',
  summary: 'Resume military contacts',
  speaker: 'Elbe Group joint statement',
  addressees: ['NATO', 'Russia'],
  section: 'Recommendations',
  location: { start: 120, end: 175 },
  tags: ['imported', 'unreviewed', 'hotline'],
  key: false,
  status: 'active',
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
};

describe('record changes from the composer', () => {
  it('send every field of the record, changed only where asked', () => {
    const fields = changedFields(record, asKey(true));
    expect(fields).toEqual({
      kind: 'finding',
      statement: record.statement,
      location: { start: 120, end: 175 },
      summary: 'Resume military contacts',
      speaker: 'Elbe Group joint statement',
      addressees: ['NATO', 'Russia'],
      section: 'Recommendations',
      topics: ['arms-control', 'military-risk'],
      tags: ['imported', 'unreviewed', 'hotline'],
      key: true,
    });
    // The request main validates: the record form's own schema.
    expect(RecordFields.safeParse(fields).success).toBe(true);
    expect(changedFields({ ...record, key: true }, asKey(false)).key).toBe(false);
  });

  it('take the unreviewed mark off and put it back, leaving the other tags', () => {
    const reviewed = changedFields(record, asReviewed);
    expect(reviewed.tags).toEqual(['imported', 'hotline']);
    expect(changedFields({ ...record, tags: ['imported', 'hotline'] }, asUnreviewed).tags).toEqual(['imported', 'hotline', 'unreviewed']);
    expect(changedFields(record, asUnreviewed).tags).toEqual(record.tags);
  });
});
