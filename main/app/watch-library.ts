import { watch, type FSWatcher } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryStore } from '../core/library';

/** Changes come in bursts (a temp file, a rename, a stamp): one reload after the burst settles. */
const SETTLE_MS = 150;
/**
 * Also looked at this often: change events do not cross the network, so a library on a shared
 * folder changed by another computer is noticed this way. A look costs one `stat` when nothing changed.
 */
const POLL_MS = 5_000;

export interface WatchOptions {
  settleMs?: number;
  pollMs?: number;
}

/**
 * Keeps `store` up to date with its file while the app runs: when another program (the
 * `briefbook` command, another computer on a synced or shared folder) changes the library,
 * the store reloads it and `onChanged` runs, so the window can show it without a restart.
 *
 * Watches the library's folder rather than the file, since every writer replaces the file by a
 * rename (a watch on the file would follow the replaced one). The store's own writes do not
 * count: reloading finds the version it wrote. A file that turned invalid is left to the next
 * save, which reports it; the window keeps showing the last valid library meanwhile.
 * Returns a function that stops watching.
 */
export function watchLibrary(store: LibraryStore, onChanged: () => void, options: WatchOptions = {}): () => void {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  let stopped = false;

  const check = () => {
    store.reload().then(
      (changed) => {
        if (changed && !stopped) onChanged();
      },
      () => undefined,
    );
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(check, options.settleMs ?? SETTLE_MS);
  };
  const poll = setInterval(check, options.pollMs ?? POLL_MS);
  poll.unref();

  // The folder of the real file: a library that is a link changes where its target lives.
  void realpath(store.file).then(
    (real) => {
      if (stopped) return;
      const name = path.basename(real);
      watcher = watch(path.dirname(real), (_event, changed) => {
        if (changed === null || changed === name) soon();
      });
      watcher.on('error', () => watcher?.close()); // the folder went away; polling goes on
      // Like the poll, never the reason a process stays up (the app quits by its own lifecycle).
      watcher.unref();
    },
    () => undefined,
  );

  return () => {
    stopped = true;
    clearTimeout(timer);
    clearInterval(poll);
    watcher?.close();
  };
}
