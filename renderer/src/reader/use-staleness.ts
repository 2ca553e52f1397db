import { useState } from 'react';
import type { ShelfItem, Staleness } from '../../../main/api';
import { call } from '../api';
import { useRequestEffect } from '../shared/use-request-effect';

/** How an exported briefing differs from what it would print today; undefined until known, or for other PDFs. */
export function useStaleness(item: ShelfItem, onError: (error: unknown) => void): Staleness | undefined {
  const [staleness, setStaleness] = useState<Staleness>();
  const exported = item.export !== undefined;
  useRequestEffect(() => (exported ? call('shelvedStaleness', { id: item.id }) : undefined), [item.id, exported, onError], {
    onResult: (found) => setStaleness(found ?? undefined),
    onError,
  });
  return staleness;
}
