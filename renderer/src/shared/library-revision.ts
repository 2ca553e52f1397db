import { createContext, useCallback, useContext, useMemo, useState } from 'react';

/** How many times this window has changed the library, and how to say it changed it again. */
export interface LibraryRevision {
  revision: number;
  /** Called after every successful edit: views that show library data load it again. */
  changed(): void;
}

export const LibraryRevisionContext = createContext<LibraryRevision>({ revision: 0, changed: () => undefined });

/** The revision counter the window provides to everything below it. */
export function useLibraryRevisionState(): LibraryRevision {
  const [revision, setRevision] = useState(0);
  const changed = useCallback(() => setRevision((n) => n + 1), []);
  return useMemo(() => ({ revision, changed }), [revision, changed]);
}

/** The library's current revision: a dependency for anything loaded from the library. */
export function useLibraryRevision(): number {
  return useContext(LibraryRevisionContext).revision;
}

/** The function that tells the window the library changed. */
export function useLibraryChanged(): () => void {
  return useContext(LibraryRevisionContext).changed;
}
