import { useEffect, useState } from 'react';
import type { LibraryOverview } from '../../../main/api';
import { call } from '../api';

/** Topics, sources and counts of the whole library, loaded again at each `revision` (after every edit). */
export function useLibraryOverview(onError: (error: unknown) => void, revision = 0): LibraryOverview | undefined {
  const [overview, setOverview] = useState<LibraryOverview>();
  useEffect(() => {
    call('libraryOverview').then(setOverview, onError);
  }, [onError, revision]);
  return overview;
}
