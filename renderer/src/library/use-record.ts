import { useEffect, useState } from 'react';
import type { RecordWithSource } from '../../../main/api';
import { call } from '../api';
import { useLibraryRevision } from '../shared/library-revision';

/** The record with `recordId` and its whole source, or undefined while loading or when none is chosen. */
export function useRecord(recordId: string | undefined, onError: (error: unknown) => void): RecordWithSource | undefined {
  const [loaded, setLoaded] = useState<RecordWithSource>();
  const revision = useLibraryRevision();
  useEffect(() => {
    if (!recordId) return;
    let current = true;
    call('getRecord', { id: recordId }).then(
      (found) => current && setLoaded(found),
      (error: unknown) => current && onError(error),
    );
    return () => {
      current = false;
    };
  }, [recordId, onError, revision]);
  return loaded?.record.id === recordId ? loaded : undefined;
}
