import { useEffect, useState } from 'react';
import type { LibraryOverview } from '../../../main/api';
import { call } from '../api';

/** Topics, sources and counts of the whole library, loaded once per window. */
export function useLibraryOverview(onError: (error: unknown) => void): LibraryOverview | undefined {
  const [overview, setOverview] = useState<LibraryOverview>();
  useEffect(() => {
    call('libraryOverview').then(setOverview, onError);
  }, [onError]);
  return overview;
}
