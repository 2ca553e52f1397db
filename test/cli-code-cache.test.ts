import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../main/core/resources';
import { readPdf } from './read-pdf';
import { runBriefbook, seedFile, type CliResult } from './run-cli';

// bin/code-cache.js: an 8-byte magic, the CRC-32 of the key (bundle, Node, V8, platform), the
// CRC-32 of the V8 data, then the data. These tests damage the file at those places.
const KEY_OFFSET = 8;
const DATA_CRC_OFFSET = 12;
const DATA_OFFSET = 16;

/** A user data folder of its own, so each test starts without a cache. */
async function freshHome(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'briefbook-code-cache-'));
}

/** Runs the CLI with `NODE_DEBUG=briefbook`, which makes the code cache say on stderr what it did. */
function briefbook(home: string, ...args: string[]): Promise<CliResult> {
  return runBriefbook({ cwd: home, home, env: { NODE_DEBUG: 'briefbook' } }, ...args);
}

const cacheFile = (home: string, command: string) => path.join(home, 'code-cache', `cli-${command}.v8`);
const listTopics = (home: string) => briefbook(home, 'list', 'topics', '--json', '--library', seedFile);

/** The cache's verdict for `command` in one run's stderr: none, used, ignored, refused by V8, written. */
function cacheEvents(result: CliResult, command: string): string[] {
  const pattern = new RegExp(`code cache \\S*cli-${command}\\.v8: (none|used|ignored|refused by V8|written)`, 'g');
  return [...result.stderr.matchAll(pattern)].map((match) => match[1]!);
}

describe('the CLI code cache', () => {
  it('is written by the first run of a command and used by the next, with the same output', async () => {
    const home = await freshHome();
    const first = await listTopics(home);
    expect(first.code).toBe(0);
    expect(cacheEvents(first, 'list')).toEqual(['none', 'written']);
    expect((await stat(cacheFile(home, 'list'))).size).toBeGreaterThan(DATA_OFFSET);

    const second = await listTopics(home);
    expect(second.code).toBe(0);
    expect(cacheEvents(second, 'list')).toEqual(['used']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('keeps one cache per command: export does not run from the cache list wrote', async () => {
    const home = await freshHome();
    await listTopics(home);
    const out = (name: string) => path.join(home, name);
    const first = await briefbook(home, 'export', '--library', seedFile, '--out', out('first.pdf'), '--date', '2026-01-15');
    expect(first.code).toBe(0);
    expect(cacheEvents(first, 'export')).toEqual(['none', 'written']);

    const second = await briefbook(home, 'export', '--library', seedFile, '--out', out('second.pdf'), '--date', '2026-01-15');
    expect(second.code).toBe(0);
    expect(cacheEvents(second, 'export')).toEqual(['used']);
    const compiled = await readPdf(await readFile(out('first.pdf')));
    const cached = await readPdf(await readFile(out('second.pdf')));
    expect(cached.numPages).toBe(compiled.numPages);
    expect(cached.pages).toEqual(compiled.pages);
    expect(cached.fonts).toEqual(compiled.fonts);
  }, 240_000);

  /** Runs `list topics` once to make a cache, damages it, and checks the next runs. */
  async function afterDamage(damage: (cache: Buffer) => Buffer, verdict: string): Promise<void> {
    const home = await freshHome();
    const expected = (await listTopics(home)).stdout;
    const file = cacheFile(home, 'list');
    await writeFile(file, damage(await readFile(file)));

    const damaged = await listTopics(home);
    expect(damaged.code).toBe(0);
    expect(damaged.stdout).toBe(expected);
    expect(cacheEvents(damaged, 'list')).toEqual([verdict, 'written']);
    // Replaced by a good one.
    const next = await listTopics(home);
    expect(cacheEvents(next, 'list')).toEqual(['used']);
    expect(next.stdout).toBe(expected);
  }

  it('ignores a corrupt cache and replaces it', async () => {
    await afterDamage((cache) => {
      const corrupt = Buffer.from(cache);
      for (let at = DATA_OFFSET + 64; at < corrupt.length; at += 997) corrupt[at] = corrupt[at]! ^ 0xff;
      return corrupt;
    }, 'ignored');
  });

  it('ignores a torn cache (cut short) and replaces it', async () => {
    await afterDamage((cache) => cache.subarray(0, Math.floor(cache.length / 2)), 'ignored');
  });

  it('ignores a cache made for another bundle or another Node and replaces it', async () => {
    await afterDamage((cache) => {
      const other = Buffer.from(cache);
      other.writeUInt32LE((other.readUInt32LE(KEY_OFFSET) + 1) >>> 0, KEY_OFFSET);
      return other;
    }, 'ignored');
  });

  it('compiles from source when V8 refuses the cache (data for other code), and replaces it', async () => {
    await afterDamage((cache) => {
      const foreign = new vm.Script('"not the bundle"').createCachedData();
      const header = Buffer.from(cache.subarray(0, DATA_OFFSET));
      header.writeUInt32LE(crc32(foreign), DATA_CRC_OFFSET);
      return Buffer.concat([header, foreign]);
    }, 'refused by V8');
  });

  it('still runs the command when the cache cannot be written', async () => {
    const home = await freshHome();
    // A file where the cache folder should be: the folder cannot be made.
    await writeFile(path.join(home, 'code-cache'), 'not a folder');
    const result = await listTopics(home);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).length).toBeGreaterThan(0);
    expect(result.stderr).toMatch(/code cache \S*cli-list\.v8: not written/);
  });
});

describe("the bundle's checksum, remembered beside the code caches", () => {
  const codeCacheModule = pathToFileURL(path.join(projectRoot(), 'bin', 'code-cache.js')).href;

  /** Runs `bundle` through bin/code-cache.js in a new Node, as bin/briefbook.js does. */
  function launch(bundle: string, cacheDir: string): { stdout: string; events: string[] } {
    const script = `import { runWithCodeCache } from ${JSON.stringify(codeCacheModule)}; runWithCodeCache(${JSON.stringify(bundle)}, ${JSON.stringify(path.join(cacheDir, 'cli-test.v8'))});`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, NODE_DEBUG: 'briefbook' }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const events = [...run.stderr.matchAll(/(bundle checksum: \w+|code cache \S+: (?:none|used|ignored|written))/g)].map((match) => match[1]!.replace(/ \S+cli-test\.v8/, ''));
    return { stdout: run.stdout, events };
  }

  /** A folder with a bundle that prints "one", run once: its checksum and code cache made. */
  async function launchedOnce(): Promise<{ dir: string; bundle: string }> {
    const dir = await freshHome();
    const bundle = path.join(dir, 'bundle.cjs');
    await writeFile(bundle, 'process.stdout.write("one");');
    expect(launch(bundle, dir)).toEqual({ stdout: 'one', events: ['bundle checksum: computed', 'code cache: none', 'code cache: written'] });
    return { dir, bundle };
  }

  it('runs a bundle written already wrapped as Node wraps a module, as the build writes dist/cli.cjs', async () => {
    const dir = await freshHome();
    const bundle = path.join(dir, 'bundle.cjs');
    const wrapper = '(function (exports, require, module, __filename, __dirname) {';
    await writeFile(bundle, `${wrapper}process.stdout.write([typeof require, typeof module.exports, require('node:path').basename(__filename)].join());\n})`);
    expect(launch(bundle, dir).stdout).toBe('function,object,bundle.cjs');
    expect(launch(bundle, dir)).toEqual({ stdout: 'function,object,bundle.cjs', events: ['bundle checksum: remembered', 'code cache: used'] });
    expect((await readFile(path.join(projectRoot(), 'dist', 'cli.cjs'), 'latin1')).startsWith(wrapper)).toBe(true);
  });

  it('is computed once, then remembered while the bundle file is unchanged', async () => {
    const { dir, bundle } = await launchedOnce();
    expect(launch(bundle, dir)).toEqual({ stdout: 'one', events: ['bundle checksum: remembered', 'code cache: used'] });
  });

  it('is computed again for a bundle rewritten at the same size with its old modification time', async () => {
    const { dir, bundle } = await launchedOnce();
    // touch copies the times to the nanosecond (Node's utimes cannot).
    const times = path.join(dir, 'times');
    execFileSync('touch', ['-r', bundle, times]);
    await writeFile(bundle, 'process.stdout.write("two");');
    execFileSync('touch', ['-r', times, bundle]);
    expect((await stat(bundle, { bigint: true })).mtimeNs).toBe((await stat(times, { bigint: true })).mtimeNs);
    // The old code cache is for other bytes: it must not run "one".
    expect(launch(bundle, dir)).toEqual({ stdout: 'two', events: ['bundle checksum: computed', 'code cache: ignored', 'code cache: written'] });
    expect(launch(bundle, dir)).toEqual({ stdout: 'two', events: ['bundle checksum: remembered', 'code cache: used'] });
  });

  it('is computed again when the memo is damaged, and the memo rewritten', async () => {
    const { dir, bundle } = await launchedOnce();
    const memo = path.join(dir, 'bundle.cjs.checksum');
    const [identity] = (await readFile(memo, 'latin1')).split('\n');
    await writeFile(memo, `${identity}\nnot a number\n`);
    expect(launch(bundle, dir)).toEqual({ stdout: 'one', events: ['bundle checksum: computed', 'code cache: used'] });
    expect(launch(bundle, dir).events).toEqual(['bundle checksum: remembered', 'code cache: used']);
  });

  it('remembers whether the bundle is ASCII: one that is not is decoded as UTF-8 every time', async () => {
    const dir = await freshHome();
    const bundle = path.join(dir, 'bundle.cjs');
    await writeFile(bundle, 'process.stdout.write("Стратегическая стабильность — “é”");');
    const printed = 'Стратегическая стабильность — “é”';
    expect(launch(bundle, dir)).toEqual({ stdout: printed, events: ['bundle checksum: computed', 'code cache: none', 'code cache: written'] });
    expect(launch(bundle, dir)).toEqual({ stdout: printed, events: ['bundle checksum: remembered', 'code cache: used'] });
    expect((await readFile(path.join(dir, 'bundle.cjs.checksum'), 'latin1')).split('\n')[2]).toBe('other');
  });
});
