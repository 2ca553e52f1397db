import { useEffect, useState } from 'react';
import type { ShelfItem, Staleness } from '../../../main/api';
import { call } from '../api';

/** How an exported briefing differs from what it would print today; undefined until known, or for other PDFs. */
export function useStaleness(item: ShelfItem, onError: (error: unknown) => void): Staleness | undefined {
  const [staleness, setStaleness] = useState<Staleness>();
  const exported = item.export !== undefined;
  useEffect(() => {
    if (!exported) return;
    let live = true;
    call('shelvedStaleness', { id: item.id }).then(
      (found) => live && setStaleness(found ?? undefined),
      (error: unknown) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [item.id, exported, onError]);
  return staleness;
}
