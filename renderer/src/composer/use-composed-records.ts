import { useEffect, useRef, useState } from 'react';
import type { Briefing } from '../../../main/api';
import { call } from '../api';
import { useLibraryRevision } from '../shared/library-revision';
import { toComposedRecords, type ComposedRecords } from './composed-records';
import { useRequestEffect } from '../shared/use-request-effect';

/**
 * Composes the briefing without its items, so excluded records are listed too and the analyst
 * can bring them back. It depends on the selection only: order, inclusion and notes are applied
 * locally (see `arrange`), so it is fetched again only when the selection changes.
 *
 * Unreviewed imports are always composed, so the ones the export leaves out can be shown apart.
 */
export function useComposedRecords(briefing: Briefing | undefined, onError: (error: unknown) => void): ComposedRecords | undefined {
  const [composed, setComposed] = useState<{ key: string; value: ComposedRecords }>();
  const revision = useLibraryRevision();
  const key = briefing ? `${JSON.stringify(briefing.selection)}@${revision}` : undefined;
  const current = useRef(briefing);
  useEffect(() => {
    current.current = briefing;
  }, [briefing]);

  useRequestEffect(
    () => {
      const request = current.current;
      if (key === undefined || !request) return undefined;
      const includeUnreviewed = request.selection.includeUnreviewed ?? false;
      return call('composeBriefing', { ...request, selection: { ...request.selection, includeUnreviewed: true }, items: [] }).then((model) => ({
        key,
        value: toComposedRecords(model, includeUnreviewed),
      }));
    },
    [key, onError],
    { onResult: setComposed, onError },
  );

  return composed?.value;
}
