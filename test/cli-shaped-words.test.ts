import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from './read-pdf';
import { runBriefbook, seedFile, type CliResult } from './run-cli';

/** Runs `export` of the default memo with `NODE_DEBUG=briefbook`, which makes the shaped-words cache say what it did. */
async function exportMemo(home: string, name: string): Promise<{ result: CliResult; pdf: Awaited<ReturnType<typeof readPdf>> }> {
  const out = path.join(home, name);
  const result = await runBriefbook({ cwd: home, home, env: { NODE_DEBUG: 'briefbook' } }, 'export', '--library', seedFile, '--out', out, '--date', '2026-01-15');
  expect(result.code, result.stderr).toBe(0);
  return { result, pdf: await readPdf(await readFile(out)) };
}

/** The cache's verdicts in one run's stderr, one per font file it looked for or wrote: none, used, ignored, written. */
function verdicts(result: CliResult): string[] {
  return [...result.stderr.matchAll(/shaped words \S+\.json: (none|used|ignored|written)/g)].map((match) => match[1]!);
}

const count = (list: string[], verdict: string) => list.filter((each) => each === verdict).length;

describe('the CLI keeps the words it shaped', () => {
  it('writes them on the first export and uses them on the next, which prints the same PDF', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'briefbook-shaped-words-'));
    const first = await exportMemo(home, 'first.pdf');
    const written = count(verdicts(first.result), 'written');
    expect(written).toBeGreaterThan(0);
    expect(count(verdicts(first.result), 'used')).toBe(0);

    const second = await exportMemo(home, 'second.pdf');
    expect(count(verdicts(second.result), 'used')).toBe(written);
    expect(count(verdicts(second.result), 'written')).toBe(0);
    expect(second.pdf.numPages).toBe(first.pdf.numPages);
    expect(second.pdf.pages).toEqual(first.pdf.pages);
    expect(second.pdf.fonts).toEqual(first.pdf.fonts);

    // A damaged file is ignored (its font's words are shaped again, the PDF is the same) and rewritten.
    const dir = path.join(home, 'shaped-words');
    const [file] = await readdir(dir);
    const text = await readFile(path.join(dir, file!), 'utf8');
    await writeFile(path.join(dir, file!), text.slice(0, text.length - 100));
    const damaged = await exportMemo(home, 'damaged.pdf');
    expect(count(verdicts(damaged.result), 'ignored')).toBe(1);
    expect(count(verdicts(damaged.result), 'written')).toBe(1);
    expect(damaged.pdf.pages).toEqual(first.pdf.pages);
    expect(damaged.pdf.fonts).toEqual(first.pdf.fonts);
    expect(await readFile(path.join(dir, file!), 'utf8')).toBe(text);
  }, 240_000);
});
