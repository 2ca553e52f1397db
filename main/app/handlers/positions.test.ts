// The "Same position elsewhere" channels through `dispatch`, as the library window calls them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liaisonLibrary } from '../../../test/fixtures/positions';
import { testHandlerContext } from '../../../test/fixtures/handler-context';
import { openTempStore, type TempStore } from '../../../test/fixtures/temp-store';
import type { ApiResult, Channel, RequestOf } from '../../api';
import type { SamePositionView } from '../../core/positions';
import { dispatch } from '../dispatch';
import { createHandlers } from '../handlers';

let temp: TempStore;
let call: <C extends Channel>(channel: C, payload: RequestOf<C>) => Promise<ApiResult<unknown>>;

beforeEach(async () => {
  temp = await openTempStore(liaisonLibrary());
  const handlers = createHandlers(testHandlerContext(temp.store));
  call = (channel, payload) => dispatch(handlers, channel, payload, true);
});
afterEach(() => temp.remove());

const view = (result: ApiResult<unknown>): SamePositionView => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as SamePositionView;
};

describe('position channels', () => {
  it('suggests, confirms and rejects links of one record, answering with its panel each time', async () => {
    const before = view(await call('positions:same', { id: 'a-liaison' }));
    expect(before.position).toBeNull();
    expect(before.suggestions.map((s) => [s.other.id, s.otherSource])).toContainEqual(['b-liaison', 'ELN']);

    const confirmed = view(await call('position:confirm', { recordId: 'a-liaison', otherId: 'b-liaison', label: 'A Russian liaison at NATO' }));
    expect(confirmed.position).toMatchObject({ label: 'A Russian liaison at NATO', kind: 'agreement' });
    expect(confirmed.position!.records.map((r) => r.id)).toEqual(['a-liaison', 'b-liaison']);
    expect(confirmed.suggestions.map((s) => s.other.id)).not.toContain('b-liaison');

    const rejected = view(await call('position:reject', { recordId: 'a-liaison', otherId: 'd-liaison' }));
    expect(rejected.suggestions.map((s) => s.other.id)).not.toContain('d-liaison');
    expect(temp.store.data.rejectedLinks).toHaveLength(1);

    const left = view(await call('position:leave', { id: 'a-liaison' }));
    expect(left.position).toBeNull();
  });

  it('refuses an unknown record by name, and a malformed request', async () => {
    const unknown = await call('positions:same', { id: 'no-such-record' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const malformed = await call('position:confirm', { recordId: 'a-liaison' } as never);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
