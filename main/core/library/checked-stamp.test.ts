import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBriefing } from '../../../test/fixtures/library';
import { openTempStore, type TempStore } from '../../../test/fixtures/temp-store';
import { Library } from '../model';
import { stampFileOf } from './checked-stamp';
import { LibraryFileError } from './errors';
import { loadLibraryFile, readLibraryFile } from './library-file';

let temp: TempStore;
beforeEach(async () => {
  temp = await openTempStore();
});
afterEach(() => temp.remove());

describe('checked stamps', () => {
  it('let a file the store validated or wrote load without validating it again, as the same library', async () => {
    // Opening validated the file in full and stamped it.
    const opened = await readLibraryFile(temp.file);
    expect(opened.stamped).toBe(true);
    expect(opened.library).toEqual(temp.store.data);

    await temp.store.update((library) => {
      library.briefings.push(Library.shape.briefings.unwrap().element.parse(makeBriefing('brief-new')));
    });
    const written = await readLibraryFile(temp.file);
    expect(written.stamped).toBe(true);
    expect(written.library).toEqual(temp.store.data);
    expect(Library.parse(written.library)).toEqual(written.library);
  });

  it('vouch for nothing once the file is edited by hand: the edit is validated, its mistakes named by line and field', async () => {
    const text = readFileSync(temp.file, 'utf8');
    writeFileSync(temp.file, text.replace('"kind": "recommendation"', '"kind": "recomendation"'));
    const error = await loadLibraryFile(temp.file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryFileError);
    expect(error).toMatchObject({ kind: 'invalid', field: expect.stringMatching(/^records\[\d+\]\.kind$/), line: expect.any(Number) });
  });

  it('vouch for nothing under other rules, or when torn', async () => {
    const stamp = JSON.parse(readFileSync(stampFileOf(temp.file), 'utf8')) as { sha256: string; rules: string };
    writeFileSync(stampFileOf(temp.file), JSON.stringify({ ...stamp, rules: 'rules of an older version' }));
    expect((await readLibraryFile(temp.file)).stamped).toBe(false);
    writeFileSync(stampFileOf(temp.file), JSON.stringify(stamp).slice(0, 20));
    expect((await readLibraryFile(temp.file)).stamped).toBe(false);
    writeFileSync(stampFileOf(temp.file), JSON.stringify(stamp));
    expect((await readLibraryFile(temp.file)).stamped).toBe(true);
  });
});
