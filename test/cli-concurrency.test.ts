// Two `briefbook` processes writing one library at the same moment, through the real built
// entry point: neither loses the other's work (the library lock and the version check). And
// files reached through links: written through, never replaced.
import { copyFile, lstat, mkdir, mkdtemp, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../main/core/model';
import { root, runBriefbook, seedFile } from './run-cli';

/** An analyst's own bottom line, so the export prints no warning about Briefbook writing it. */
const BLUF = 'Both dialogues ask for military channels to reopen.';

const article = path.join(root, 'test', 'fixtures', 'import', 'numbered-recommendations.txt');
const ROUNDS = 20;

let home: string;
beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-cli-concurrency-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

const briefbook = (...args: string[]) => runBriefbook({ cwd: home, home: path.join(home, 'userdata') }, ...args);

async function readLibrary(file: string): Promise<Library> {
  return Library.parse(JSON.parse(await readFile(file, 'utf8')));
}

/** A copy of the test article made distinct by a closing line, so the library takes both as sources. */
async function articleVariant(name: string): Promise<string> {
  const file = path.join(home, `${name}.txt`);
  await writeFile(file, `${await readFile(article, 'utf8')}\nDistribution: ${name}.\n`);
  return file;
}

describe('two briefbook processes on one library at once', () => {
  it(`both imports land, in each of ${ROUNDS} rounds`, async () => {
    const [first, second] = [await articleVariant('first'), await articleVariant('second')];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const library = path.join(home, `library-${round}.json`);
      await copyFile(seedFile, library);
      const before = (await readLibrary(library)).sources.length;

      const results = await Promise.all([first, second].map((file) => briefbook('import', file, '--library', library)));

      expect(results.map((r) => [r.code, r.stderr]), `round ${round}`).toEqual([
        [0, ''],
        [0, ''],
      ]);
      const saved = await readLibrary(library);
      const imported = saved.sources.filter((s) => s.text.includes('Distribution: '));
      expect(saved.sources, `round ${round}`).toHaveLength(before + 2);
      expect(imported.map((s) => /Distribution: (\w+)\./.exec(s.text)?.[1]).sort(), `round ${round}`).toEqual(['first', 'second']);
      // The second one in re-ran its change on the first one's library, so its ids are fresh.
      expect(imported.map((s) => s.id).sort(), `round ${round}`).toEqual(['task-force-2019', 'task-force-2019-2']);
      expect(saved.records.filter((r) => r.sourceId.startsWith('task-force-2019'))).toHaveLength(14);
    }
  }, 240_000);

  it('two exports with --shelve keep both shelf entries', async () => {
    const library = path.join(home, 'library.json');
    await copyFile(seedFile, library);
    const outs = ['one.pdf', 'two.pdf'].map((name) => path.join(home, name));

    const results = await Promise.all(outs.map((out) => briefbook('export', '--library', library, '--shelve', '--bluf', BLUF, '--out', out)));

    expect(results.map((r) => [r.code, r.stderr])).toEqual([
      [0, ''],
      [0, ''],
    ]);
    const shelf = (await readLibrary(library)).shelf;
    expect(shelf.map((entry) => entry.file).sort()).toEqual(outs.sort());
  }, 60_000);
});

describe('export --out onto a link', () => {
  it('writes the PDF through the link: its target changes, the link stays', async () => {
    const target = path.join(home, 'share', 'briefing.pdf');
    await mkdir(path.dirname(target));
    await writeFile(target, '%PDF-1.7 an earlier export');
    const link = path.join(home, 'briefing.pdf');
    await symlink(target, link);

    const result = await briefbook('export', '--library', seedFile, '--bluf', BLUF, '--out', link);

    expect([result.code, result.stderr]).toEqual([0, '']);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(target);
    expect((await readFile(target)).length).toBeGreaterThan(1000);
  }, 60_000);

  it('refuses a link to a missing file by name, and leaves the link alone', async () => {
    const target = path.join(home, 'unmounted', 'briefing.pdf');
    const link = path.join(home, 'briefing.pdf');
    await symlink(target, link);

    const result = await briefbook('export', '--library', seedFile, '--out', link);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`it is a link to ${target}, which does not exist`);
    expect(await readlink(link)).toBe(target);
  }, 60_000);
});
