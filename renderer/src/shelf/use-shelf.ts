import { useCallback, useEffect, useRef, useState } from 'react';
import type { ShelfItem } from '../../../main/api';
import { ApiError, call } from '../api';
import { useNotify } from '../shared/use-notices';
import { NO_FILTER, type ShelfFilter } from './shelf-filter';

/** The page being read is saved once it has stayed put this long. */
const REMEMBER_PAGE_MS = 600;

export interface Shelf {
  /** Newest first; undefined until first listed. */
  items: ShelfItem[] | undefined;
  filter: ShelfFilter;
  setFilter(filter: ShelfFilter): void;
  /** The document open in the reader. */
  openItem: ShelfItem | undefined;
  open(id: string): void;
  /** Back to the shelf: saves the page being read first. */
  close(): void;
  refresh(): void;
  /** Asks main to show the open dialog and puts the chosen PDF on the shelf, then opens it. */
  addPdf(): Promise<void>;
  /** Remembers the page being read (saved once it stays put). */
  rememberPage(id: string, page: number): void;
  /** A regenerated or relocated entry: list it and show it. */
  showChanged(item: ShelfItem): void;
  /** Takes a document off the shelf (its file stays), with Undo. */
  remove(item: ShelfItem): Promise<void>;
}

/**
 * The reading room's state: the shelf as main lists it, the filter, which document is open, and
 * the page last read. Page saves go to main one after another, and the shelf is listed only after
 * them, so a document reopened at once opens where it was left.
 */
export function useShelf(): Shelf {
  const { confirm, fail } = useNotify();
  const [items, setItems] = useState<ShelfItem[]>();
  const [filter, setFilter] = useState<ShelfFilter>(NO_FILTER);
  const [openId, setOpenId] = useState<string>();
  const saves = useRef<Promise<unknown>>(Promise.resolve());
  const pendingPage = useRef<{ id: string; page: number; timer: ReturnType<typeof setTimeout> }>(undefined);

  const refresh = useCallback(() => {
    saves.current
      .then(() => call('listShelf'))
      .then(setItems, (error: unknown) => fail('The shelf could not be listed', error));
  }, [fail]);

  const savePage = useCallback(() => {
    const pending = pendingPage.current;
    if (!pending) return;
    clearTimeout(pending.timer);
    pendingPage.current = undefined;
    const { id, page } = pending;
    setItems((listed) => listed?.map((item) => (item.id === id ? { ...item, lastPage: page } : item)));
    saves.current = saves.current
      .then(() => call('rememberShelvedPage', { id, page }))
      .catch((error: unknown) => fail('The page you were reading could not be remembered', error));
  }, [fail]);

  const rememberPage = useCallback(
    (id: string, page: number) => {
      if (pendingPage.current) clearTimeout(pendingPage.current.timer);
      pendingPage.current = { id, page, timer: setTimeout(savePage, REMEMBER_PAGE_MS) };
    },
    [savePage],
  );

  // Leaving the window mid-read still saves the page.
  useEffect(() => savePage, [savePage]);

  const close = useCallback(() => {
    savePage();
    setOpenId(undefined);
    refresh();
  }, [savePage, refresh]);

  const showChanged = useCallback(
    (item: ShelfItem) => {
      setItems((listed) => [item, ...(listed ?? []).filter((other) => other.id !== item.id)]);
      setOpenId(item.id);
      refresh();
    },
    [refresh],
  );

  const addPdf = useCallback(async () => {
    try {
      const result = await call('addFileToShelf');
      if (result.status === 'canceled') return;
      if (result.status === 'unreadable') {
        throw new ApiError({ code: 'not-found', message: `Briefbook could not read ${result.file}: ${result.reason}.`, hint: 'Check the file and try again.' });
      }
      showChanged(result.item);
    } catch (error) {
      fail('The PDF was not added to the shelf', error);
    }
  }, [fail, showChanged]);

  const remove = useCallback(
    async (item: ShelfItem) => {
      try {
        await call('removeFromShelf', { id: item.id });
      } catch (error) {
        fail('The document was not removed from the shelf', error);
        return;
      }
      setItems((listed) => listed?.filter((other) => other.id !== item.id));
      const putBack = () =>
        call('putBackOnShelf', { id: item.id }).then(
          () => refresh(),
          (error: unknown) => fail('The document was not put back on the shelf', error),
        );
      confirm(`Removed “${item.title}” from the shelf; the file stays on disk`, { label: 'Undo', run: () => void putBack() });
    },
    [confirm, fail, refresh],
  );

  return {
    items,
    filter,
    setFilter,
    openItem: items?.find((item) => item.id === openId),
    open: setOpenId,
    close,
    refresh,
    addPdf,
    rememberPage,
    showChanged,
    remove,
  };
}
