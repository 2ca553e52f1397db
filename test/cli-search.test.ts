// `briefbook list records --search` goes through the library's search engine, the one the
// app's library search uses: the same words find the same records.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBriefbook, seedFile } from './run-cli';

let home: string;

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-cli-search-'));
});

/** Ids of the default library's records that `list records --search` finds, sorted. */
async function found(search: string): Promise<string[]> {
  const result = await runBriefbook({ cwd: home, home: path.join(home, 'userdata') }, 'list', 'records', '--json', '--library', seedFile, '--search', search);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as Array<{ id: string }>).map((r) => r.id).sort();
}

const ELBE = Array.from({ length: 38 }, (_, i) => `elbe-2019-${String(i + 1).padStart(2, '0')}`);

describe('briefbook list records --search', () => {
  it('finds the Gerasimov record typed in Cyrillic or Latin letters', async () => {
    expect(await found('Герасимов')).toEqual(['eln-2021-10']);
    expect(await found('Gerasimov')).toEqual(['eln-2021-10']);
  });

  it('does not return records only because their source’s title says "Channels"', async () => {
    expect(await found('channel')).toEqual(['eln-2021-03', 'eln-2021-10', 'eln-2021-11', 'eln-2021-17']);
    expect(await found('source:channels')).toEqual(expect.arrayContaining(ELBE));
  });

  it('stems: "liaisons" finds the liaison records', async () => {
    expect(await found('liaisons')).toEqual(['elbe-2019-26', 'elbe-2019-27', 'eln-2021-14']);
  });

  it('reads speaker:, kind:, topic: and source: prefixes, quoted phrases and author names', async () => {
    expect(await found('liaison kind:proposal')).toEqual(['eln-2021-14']);
    expect(await found('topic:liaison speaker:elbe')).toEqual(['elbe-2019-27']);
    expect(await found('source:Kulikov liaison')).toEqual(['elbe-2019-26', 'elbe-2019-27']);
    expect(await found('"liaison cell"')).toEqual(['elbe-2019-26', 'elbe-2019-27']);
    expect(await found('"cell liaison"')).toEqual([]);
    expect(await found('Shapiro')).toEqual(ELBE);
  });
});
