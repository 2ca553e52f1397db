import { useState } from 'react';
import type { RecordWithSource } from '../../../main/api';
import { call } from '../api';
import { useLibraryRevision } from '../shared/library-revision';
import { useRequestEffect } from '../shared/use-request-effect';

/** The record with `recordId` and its whole source, or undefined while loading or when none is chosen. */
export function useRecord(recordId: string | undefined, onError: (error: unknown) => void): RecordWithSource | undefined {
  const [loaded, setLoaded] = useState<RecordWithSource>();
  const revision = useLibraryRevision();
  useRequestEffect(() => (recordId ? call('getRecord', { id: recordId }) : undefined), [recordId, onError, revision], {
    onResult: setLoaded,
    onError,
  });
  return loaded?.record.id === recordId ? loaded : undefined;
}
