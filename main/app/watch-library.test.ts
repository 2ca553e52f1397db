import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBriefing, makeLibrary } from '../../test/fixtures/library';
import { LibraryStore } from '../core/library';
import type { Library } from '../core/model';
import { watchLibrary } from './watch-library';

vi.mock('electron', () => ({}));

let dir: string;
let file: string;
let stop: (() => void) | undefined;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'briefbook-watch-'));
  file = path.join(dir, 'library.json');
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(makeLibrary()));
});
afterEach(async () => {
  stop?.();
  await rm(dir, { recursive: true, force: true });
});

const open = () => LibraryStore.open(file, { seedFile: file });
const addBriefing = (id: string) => (draft: Library) => void draft.briefings.push(makeBriefing(id));

/** Resolves once `condition` holds, checking every few milliseconds for up to `ms`. */
async function eventually(condition: () => boolean, ms = 5_000): Promise<void> {
  for (const start = Date.now(); !condition(); await sleep(20)) {
    if (Date.now() - start > ms) throw new Error('the condition never held');
  }
}

describe('watchLibrary', () => {
  it("reloads the app's store when another writer changes the file, and says so once", async () => {
    const app = await open();
    const onChanged = vi.fn();
    stop = watchLibrary(app, onChanged, { settleMs: 20, pollMs: 60_000 });
    await sleep(100); // the watch starts once the file's real path is known

    await (await open()).update(addBriefing('from-the-cli'));

    await eventually(() => onChanged.mock.calls.length > 0);
    expect(app.data.briefings.map((b) => b.id)).toEqual(['from-the-cli']);
    await sleep(200);
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it("ignores the store's own writes", async () => {
    const app = await open();
    const onChanged = vi.fn();
    stop = watchLibrary(app, onChanged, { settleMs: 20, pollMs: 60_000 });
    await sleep(100);
    await app.update(addBriefing('own'));
    await sleep(300);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('notices a change by polling where no change event comes (a shared folder)', async () => {
    const app = await open();
    const other = await open();
    const onChanged = vi.fn();
    stop = watchLibrary(app, onChanged, { settleMs: 60_000, pollMs: 50 });
    await other.update(addBriefing('from-another-computer'));
    await eventually(() => onChanged.mock.calls.length > 0);
    expect(app.data.briefings.map((b) => b.id)).toEqual(['from-another-computer']);
  });
});
