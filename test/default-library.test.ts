// The embedded default library (data/library.json) is seed data analysts cite from: every
// record must point at the exact passage it quotes, and the taxonomy must show where the
// two Track-2 dialogues share topics and agree on five positions.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { Library, LIBRARY_SCHEMA_VERSION } from '../main/core/model';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const raw: unknown = JSON.parse(readFileSync(`${dataDir}library.json`, 'utf8'));
const parsed = Library.safeParse(raw);
// Parsing failures are reported by the first test; the others then have nothing to check.
const library: Library = parsed.success
  ? parsed.data
  : { schemaVersion: LIBRARY_SCHEMA_VERSION, topics: [], sources: [], records: [], briefings: [], trash: [], shelf: [], positions: [], rejectedLinks: [] };

/** Topics where both dialogues make the same call; each must gather records from both sources. */
const CONVERGENCE_TOPICS = [
  'mil-to-mil-channels',
  'liaison-missions',
  'exercise-transparency',
  'emerging-technologies',
  'intermediate-range-missiles',
];

/** Items of `values` that occur more than once. */
function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

describe('default library data/library.json', () => {
  it('parses with the Library schema', () => {
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
  });

  it('keeps each source text identical to one file in data/sources', () => {
    const files = readdirSync(`${dataDir}sources`).filter((f) => f.endsWith('.txt'));
    const contents = new Map(files.map((f) => [f, readFileSync(`${dataDir}sources/${f}`, 'utf8')]));
    const unmatched = library.sources
      .filter((s) => ![...contents.values()].includes(s.text))
      .map((s) => `${s.id}: text differs from every data/sources/*.txt file`);
    const unused = files
      .filter((f) => !library.sources.some((s) => s.text === contents.get(f)))
      .map((f) => `data/sources/${f}: no source carries this text`);
    expect([...unmatched, ...unused]).toEqual([]);
  });

  it('has unique ids', () => {
    expect(duplicates(library.sources.map((s) => s.id)), 'duplicate source ids').toEqual([]);
    expect(duplicates(library.topics.map((t) => t.id)), 'duplicate topic ids').toEqual([]);
    expect(duplicates(library.records.map((r) => r.id)), 'duplicate record ids').toEqual([]);
  });

  it('locates every statement exactly in its source text', () => {
    const texts = new Map(library.sources.map((s) => [s.id, s.text]));
    const failures: string[] = [];
    for (const r of library.records) {
      const text = texts.get(r.sourceId);
      if (text === undefined) continue; // reported by the reference test
      const slice = text.slice(r.location.start, r.location.end);
      if (slice !== r.statement) {
        failures.push(
          `${r.id}: text at [${r.location.start}, ${r.location.end}) is ${JSON.stringify(slice.slice(0, 60))}, ` +
            `statement is ${JSON.stringify(r.statement.slice(0, 60))} (run scripts/locate-statements.mjs)`,
        );
      } else if (text.indexOf(r.statement) !== text.lastIndexOf(r.statement)) {
        failures.push(`${r.id}: statement occurs more than once in ${r.sourceId}; quote a longer passage`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refers only to existing sources and topics', () => {
    const sourceIds = new Set(library.sources.map((s) => s.id));
    const topicIds = new Set(library.topics.map((t) => t.id));
    const failures = library.records.flatMap((r) => [
      ...(sourceIds.has(r.sourceId) ? [] : [`${r.id}: unknown sourceId "${r.sourceId}"`]),
      ...r.topics.filter((t) => !topicIds.has(t)).map((t) => `${r.id}: unknown topic "${t}"`),
    ]);
    expect(failures).toEqual([]);
  });

  it('uses every topic', () => {
    const used = new Set(library.records.flatMap((r) => r.topics));
    expect(library.topics.map((t) => t.id).filter((id) => !used.has(id)), 'topics without records').toEqual([]);
  });

  it('lists records by source, then by position in the source text', () => {
    const sourceOrder = library.sources.map((s) => s.id);
    const failures: string[] = [];
    library.records.forEach((r, i) => {
      const prev = library.records[i - 1];
      if (!prev) return;
      const bySource = sourceOrder.indexOf(prev.sourceId) - sourceOrder.indexOf(r.sourceId);
      if (bySource > 0 || (bySource === 0 && prev.location.start > r.location.start)) {
        failures.push(`${r.id} comes after ${prev.id} but stands before it`);
      }
    });
    expect(failures).toEqual([]);
  });

  it.each(CONVERGENCE_TOPICS)('shows convergence on %s in every source', (topic) => {
    const sourcesWithTopic = new Set(library.records.filter((r) => r.topics.includes(topic)).map((r) => r.sourceId));
    const missing = library.sources.map((s) => s.id).filter((id) => !sourcesWithTopic.has(id));
    expect(missing, `sources without a "${topic}" record`).toEqual([]);
  });

  it('holds at least 30 recommendations and proposals', () => {
    const actionable = library.records.filter((r) => r.kind === 'recommendation' || r.kind === 'proposal');
    expect(actionable.length).toBeGreaterThanOrEqual(30);
  });

  describe('positions: the five agreements of the two dialogues', () => {
    const files = readdirSync(`${dataDir}sources`).filter((f) => f.endsWith('.txt'));
    const fileTexts = files.map((f) => readFileSync(`${dataDir}sources/${f}`, 'utf8'));
    const records = new Map(library.records.map((r) => [r.id, r]));

    it('links exactly the five agreements', () => {
      expect(library.positions.map((p) => p.id)).toEqual([
        'russian-liaison-at-nato-hq',
        'regular-mil-to-mil-contacts',
        'exercise-transparency',
        'talks-on-emerging-technologies',
        'talks-on-intermediate-range-missiles',
      ]);
    });

    it.each(library.positions.map((p) => [p.id, p] as const))('%s: one agreeing record from each source, each passage in its source file', (_id, position) => {
      const linked = position.members.map((m) => records.get(m.recordId)!);
      expect(position.members.every((m) => m.stance === 'agrees')).toBe(true);
      expect(linked.map((r) => r.sourceId).sort()).toEqual(library.sources.map((s) => s.id).sort());
      for (const record of linked) {
        // The passage stands at its location in the one data/sources file its source was drawn from.
        const holding = fileTexts.filter((text) => text.slice(record.location.start, record.location.end) === record.statement);
        expect(holding, `${record.id} in data/sources`).toHaveLength(1);
        expect(['recommendation', 'proposal']).toContain(record.kind);
      }
    });
  });
});
