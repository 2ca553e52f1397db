import { confirmLink, leavePosition, rejectLink, samePositionView } from '../../core/positions';
import { requireRecord } from '../../core/editing/lookup';
import type { GroupHandlers } from '../dispatch';
import type { HandlerContext } from '../handlers';

/**
 * The "Same position elsewhere" panel of a record: its position and suggestions, and confirming,
 * rejecting or leaving a link. Each change answers with the record's panel as it now stands.
 */
export function positionHandlers({ store, now }: HandlerContext): GroupHandlers<'positions'> {
  const view = (recordId: string) => {
    requireRecord(store.data, recordId);
    return samePositionView(store.data, recordId);
  };
  return {
    'positions:same': async ({ id }) => view(id),
    'position:confirm': async ({ recordId, otherId, label }) => {
      await confirmLink(store, recordId, otherId, now(), label);
      return view(recordId);
    },
    'position:reject': async ({ recordId, otherId }) => {
      await rejectLink(store, recordId, otherId, now());
      return view(recordId);
    },
    'position:leave': async ({ id }) => {
      await leavePosition(store, id, now());
      return view(id);
    },
  };
}
