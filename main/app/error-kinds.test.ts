import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeLibrary } from '../../test/fixtures/library';
import { testHandlerContext } from '../../test/fixtures/handler-context';
import type { ApiErrorInfo } from '../api';
import { exitCodeFor, UsageError } from '../cli/errors';
import { EditError } from '../core/editing/errors';
import { NotFoundError, UserMistakeError } from '../core/errors';
import { FileAccessError } from '../core/file-access-error';
import { ImportError } from '../core/importer/errors';
import { LibraryConflictError, LibraryFileError, LibraryStore } from '../core/library';
import { TemplateError, TemplateNotFoundError } from '../core/render';
import { TemplateChangeError } from '../core/templates';
import { dispatch, type HandlerTable } from './dispatch';
import { createHandlers } from './handlers';

/** What the window receives when a handler throws `error`. */
async function shownInWindow(error: unknown): Promise<ApiErrorInfo> {
  const handlers = {
    'library:overview': async () => {
      throw error;
    },
  } as unknown as HandlerTable;
  const result = await dispatch(handlers, 'library:overview', undefined, true);
  if (result.ok) throw new Error('the handler was meant to fail');
  return result.error;
}

describe('errors by kind', () => {
  // One error of each kind, with the window's code and the command line's exit code for it.
  const cases: [kind: string, error: Error, code: ApiErrorInfo['code'], exit: number][] = [
    ['user mistake', new UserMistakeError('the name is empty'), 'invalid-request', 2],
    ['user mistake (template store)', new TemplateChangeError('a template needs a name'), 'invalid-request', 2],
    ['user mistake (command line)', new UsageError('--date "x" is not a date'), 'invalid-request', 2],
    ['user mistake (edit)', new EditError('invalid', 'a label is needed', 'label'), 'invalid-request', 2],
    ['not found', new NotFoundError('No briefing "b" in the library.'), 'not-found', 2],
    ['not found (template)', new TemplateNotFoundError('there is no template "nope"'), 'not-found', 2],
    ['conflict', new EditError('conflict', 'already linked'), 'invalid-request', 1],
    ['conflict (library)', new LibraryConflictError('/l.json', [{ noun: 'record', id: 'r-1' }], '/l.copy.json'), 'library', 1],
    ['conflict (import)', new ImportError('duplicate', '/a.md', 'it is in the library already'), 'import', 1],
    ['damaged file (library)', new LibraryFileError('parse', '/l.json', 'unexpected token', { line: 3 }), 'library', 1],
    ['damaged file (article)', new ImportError('binary', '/a.txt', 'it is a PNG image'), 'import', 1],
    ['damaged file (template)', new TemplateError('memo.hbs', 2, 3, '"titel" is not defined'), 'template', 1],
    ['damaged file (PDF)', new FileAccessError('/x.pdf', '/x.pdf is not a PDF.', 'Choose another file.'), 'file', 1],
    ['internal', new Error('undefined is not a function'), 'internal', 1],
  ];

  it.each(cases)('%s: the window gets the right code, the command line the right exit code', async (_kind, error, code, exit) => {
    expect((await shownInWindow(error)).code).toBe(code);
    expect(exitCodeFor(error)).toBe(exit);
  });

  it('tells the analyst to report only internal faults', async () => {
    for (const [, error] of cases) {
      const { hint = '' } = await shownInWindow(error);
      expect(/report it/.test(hint), `${error.name}: ${hint}`).toBe(error.constructor === Error);
    }
  });

  it('passes the advice and field details of a refusal on to the window', async () => {
    expect(await shownInWindow(new EditError('invalid', 'a label is needed', 'label'))).toEqual({
      code: 'invalid-request',
      message: 'a label is needed',
      issues: ['label: a label is needed'],
    });
    expect(await shownInWindow(new FileAccessError('/x.pdf', '/x.pdf is not a PDF.', 'Choose another file.'))).toEqual({
      code: 'file',
      message: '/x.pdf is not a PDF.',
      hint: 'Choose another file.',
    });
  });
});

describe('a mistake met in the template store', () => {
  let dir: string;
  let handlers: HandlerTable;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'briefbook-error-kinds-'));
    const file = path.join(dir, 'library.json');
    await writeFile(file, JSON.stringify(makeLibrary()));
    handlers = createHandlers(testHandlerContext(await LibraryStore.open(file, { seedFile: file })));
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reaches the window as the analyst’s mistake, not as a fault to report', async () => {
    // A template whose front matter is a YAML list, not keys and values: it cannot be renamed.
    await mkdir(path.join(dir, 'templates'), { recursive: true });
    await writeFile(path.join(dir, 'templates', 'listed.hbs'), '---\n- a\n---\n<p>{{title}}</p>\n');
    const result = await dispatch(handlers, 'template:rename', { id: 'listed', name: 'Renamed' }, true);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/front matter is not valid YAML/) } });
    expect(JSON.stringify(result)).not.toMatch(/report it/);
  });
});
