import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBriefbook, seedFile } from './run-cli';

let home: string;
const briefbook = (...args: string[]) => runBriefbook({ cwd: home, home: path.join(home, 'userdata') }, ...args);

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-cli-positions-'));
});

interface ListedPosition {
  id: string;
  label: string;
  kind: string;
  records: { id: string; sourceId: string; statement: string }[];
}

describe('briefbook list positions', () => {
  it('lists the five agreements of the default library as JSON, each with its records from both sources', async () => {
    const result = await briefbook('list', 'positions', '--json', '--library', seedFile);
    expect(result.code).toBe(0);
    const positions = JSON.parse(result.stdout) as ListedPosition[];
    expect(positions.map((p) => p.label)).toEqual([
      'A Russian military liaison at NATO’s military headquarters',
      'Restored, regular military-to-military channels between NATO and Russia',
      'Transparency about military exercises',
      'Talks on the risks of emerging military technologies',
      'Talks on intermediate-range missiles in Europe',
    ]);
    for (const position of positions) {
      expect(position.kind).toBe('agreement');
      expect(position.records.map((r) => r.sourceId)).toEqual(['elbe-2019', 'eln-2021']);
      expect(position.records.every((r) => r.statement.length > 0)).toBe(true);
    }
    expect(positions[0]!.records.map((r) => r.id)).toEqual(['elbe-2019-27', 'eln-2021-14']);
  });

  it('prints each position with its records as text', async () => {
    const result = await briefbook('list', 'positions', '--library', seedFile);
    expect(result.stdout.split('\n')[0]).toBe('russian-liaison-at-nato-hq (agreement): A Russian military liaison at NATO’s military headquarters');
    expect(result.stdout).toMatch(/^ {2}RECORD\s+SOURCE\s+STANCE\s+STATEMENT$/m);
  });
});

describe('briefbook suggest-positions', () => {
  it('suggests pairs with a score, leaving out what is already linked', async () => {
    const result = await briefbook('suggest-positions', '--json', '--min-score', '0', '--library', seedFile);
    expect(result.code).toBe(0);
    const suggestions = JSON.parse(result.stdout) as { recordIds: string[]; score: number }[];
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((s) => s.score >= 0 && s.score <= 1 && s.recordIds.length === 2)).toBe(true);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(suggestions.map((s) => s.recordIds.join())).not.toContain('elbe-2019-27,eln-2021-14');
  });

  it('narrows to one record, and refuses an unknown one or a bad score', async () => {
    const one = JSON.parse((await briefbook('suggest-positions', '--json', '--min-score', '0', '--record', 'elbe-2019-23', '--library', seedFile)).stdout) as {
      recordIds: string[];
    }[];
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((s) => s.recordIds.includes('elbe-2019-23'))).toBe(true);
    const unknown = await briefbook('suggest-positions', '--record', 'nope', '--library', seedFile);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown record "nope"/);
    expect((await briefbook('suggest-positions', '--min-score', '2', '--library', seedFile)).stderr).toMatch(/--min-score takes a number from 0 to 1/);
  });
});
