import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBriefing, makeLibrary } from '../../../test/fixtures/library';
import { testHandlerContext } from '../../../test/fixtures/handler-context';
import { readPdf } from '../../../test/read-pdf';
import type { Paper } from '../../api';
import { LibraryStore } from '../../core/library';
import { dispatch } from '../dispatch';
import { createHandlers } from '../handlers';

describe('the paper of the analyst’s region, in main', () => {
  let dir: string;
  let store: LibraryStore;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-paper-'));
    const file = path.join(dir, 'library.json');
    writeFileSync(file, JSON.stringify(makeLibrary()));
    store = await LibraryStore.open(file, { seedFile: file });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const handlersIn = (localePaper: Paper) => createHandlers(testHandlerContext(store, { localePaper }));
  const previewWidth = async (localePaper: Paper, paper?: Paper) => {
    const result = await dispatch(handlersIn(localePaper), 'briefing:preview', { ...makeBriefing('paper-test'), ...(paper ? { paper } : {}) }, true);
    if (!result.ok) throw new Error(result.error.message);
    return Math.round((await readPdf((result.value as { pdf: Uint8Array }).pdf)).sizes[0]!.width);
  };

  it('lays out a briefing with no paper of its own, through a template that names none, on the region’s paper, and says which it is', async () => {
    expect(await previewWidth('letter')).toBe(612);
    expect(await previewWidth('a4')).toBe(595);
    expect(await dispatch(handlersIn('letter'), 'paper:region', undefined, true)).toEqual({ ok: true, value: 'letter' });
  });

  it('lays out a briefing whose analyst picked a paper on that paper, whatever the region', async () => {
    expect(await previewWidth('letter', 'a4')).toBe(595);
  });
});
