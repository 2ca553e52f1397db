import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibraryFile } from '../library';
import { findRecordPage, findRecords, type RecordQuery } from '../library/query';
import type { RecordPageFinder } from '../library/search/worker/client';
import type { Selection } from '../model';
import { projectRoot } from '../resources';
import { resolveRuleRecords, ruleRecordsInProcess } from './rule-records';

const seed = await loadLibraryFile(path.join(projectRoot(), 'data', 'library.json'));
const ids = (records: { id: string }[]) => records.map((r) => r.id);

function rule(filters: Partial<Selection>): Selection {
  return { topics: [], sources: [], kinds: [], search: '', applyFilters: true, added: [], ...filters };
}

/** A finder that notes what it is asked and answers with `answer` (positions in the library's records). */
function finder(answer: (query: RecordQuery) => number[]) {
  const asked: RecordQuery[] = [];
  const find: RecordPageFinder = async (library, query, offset, limit) => {
    asked.push(query);
    const positions = answer(query).slice(offset, offset + limit);
    return { total: positions.length, positions, topicCounts: [], sourceCounts: [] };
  };
  return { asked, find };
}

describe('resolveRuleRecords', () => {
  it("answers a rule that searches text with the finder's positions, as records in that order", async () => {
    // Deliberately not what the search finds: the answer must come from the finder, not from this thread.
    const { asked, find } = finder(() => [4, 9]);
    const liaisons = rule({ topics: ['mil-to-mil-channels'], search: 'liaisons' });
    const ruleRecords = await resolveRuleRecords(seed, [liaisons], find);
    expect(ids(ruleRecords(seed, liaisons))).toEqual([seed.records[4]!.id, seed.records[9]!.id]);
    expect(asked).toEqual([{ topics: ['mil-to-mil-channels'], sources: [], kinds: [], search: 'liaisons' }]);
  });

  it('gives the records findRecords finds when the finder searches as this thread does', async () => {
    const { find } = finder((query) => findRecordPage(seed, query, 0, seed.records.length).positions);
    const rules = [rule({ search: 'liaisons' }), rule({ search: 'Герасимов' }), rule({ topics: ['arctic'], kinds: ['recommendation'], search: 'russ' })];
    const ruleRecords = await resolveRuleRecords(seed, rules, find);
    for (const selection of rules) expect(ruleRecords(seed, selection)).toEqual(findRecords(seed, selection));
  });

  it('asks once per rule that searches text, and never about rules without a search or switched off', async () => {
    const { asked, find } = finder(() => []);
    const searching = rule({ search: 'liaisons' });
    const filtersOnly = rule({ topics: ['arctic'] });
    const ruleRecords = await resolveRuleRecords(seed, [searching, { ...searching, added: ['elbe-2019-01'] }, filtersOnly, rule({ search: '   ' }), rule({ search: 'cyber', applyFilters: false }), undefined], find);
    expect(asked.map((query) => query.search)).toEqual(['liaisons']);
    // Filters alone are answered in this thread: they need no search index.
    expect(ruleRecords(seed, filtersOnly)).toEqual(findRecords(seed, filtersOnly));
  });

  it('answers in this thread for a library it did not ask about, and without a finder', async () => {
    const { find } = finder(() => [0]);
    const liaisons = rule({ search: 'liaisons' });
    const ruleRecords = await resolveRuleRecords(seed, [liaisons], find);
    const copy = structuredClone(seed);
    expect(ids(ruleRecords(copy, liaisons))).toEqual(ids(findRecords(copy, liaisons)));
    expect(await resolveRuleRecords(seed, [liaisons], undefined)).toBe(ruleRecordsInProcess);
  });
});
