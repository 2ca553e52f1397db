// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { useRequestEffect, type RequestHandlers } from './use-request-effect';

// React warns about updates outside act() unless told this is a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A promise the test settles by hand, with the signal its request was given. */
interface Pending {
  key: string;
  signal: AbortSignal;
  resolve(value: string): void;
  reject(error: unknown): void;
}

let root: Root;
let requests: Pending[];
let handlers: { onResult: Mock<(value: string) => void>; onError: Mock<(error: unknown) => void>; onStale: Mock<(value: string) => void> };

function Probe({ requestKey }: { requestKey: string | undefined }) {
  useRequestEffect(
    (signal) => {
      if (requestKey === undefined) return undefined;
      return new Promise<string>((resolve, reject) => requests.push({ key: requestKey, signal, resolve, reject }));
    },
    [requestKey],
    handlers,
  );
  return null;
}

const show = (requestKey: string | undefined) => act(() => root.render(createElement(Probe, { requestKey })));
const settle = (run: () => void) => act(async () => run());

beforeEach(() => {
  requests = [];
  handlers = { onResult: vi.fn(), onError: vi.fn(), onStale: vi.fn() } satisfies RequestHandlers<string>;
  root = createRoot(document.createElement('div'));
});
afterEach(() => act(() => root.unmount()));

describe('useRequestEffect', () => {
  it('hands the answer of the request to onResult', async () => {
    await show('a');
    await settle(() => requests[0]!.resolve('answer a'));
    expect(handlers.onResult).toHaveBeenCalledWith('answer a');
    expect(handlers.onError).not.toHaveBeenCalled();
  });

  it('drops the answer of a request superseded by new dependencies, even when it comes last', async () => {
    await show('a');
    await show('b');
    const [first, second] = requests;
    expect(first!.signal.aborted).toBe(true);
    expect(second!.signal.aborted).toBe(false);
    await settle(() => second!.resolve('answer b'));
    await settle(() => first!.resolve('answer a'));
    expect(handlers.onResult.mock.calls).toEqual([['answer b']]);
    // The late answer is handed over only to be released.
    expect(handlers.onStale).toHaveBeenCalledWith('answer a');
  });

  it('drops the answer once the component is gone, and aborts the request', async () => {
    await show('a');
    await act(() => root.unmount());
    expect(requests[0]!.signal.aborted).toBe(true);
    await settle(() => requests[0]!.resolve('answer a'));
    expect(handlers.onResult).not.toHaveBeenCalled();
    expect(handlers.onStale).toHaveBeenCalledWith('answer a');
    root = createRoot(document.createElement('div'));
  });

  it('says the failure of the newest request, and drops the failure of a superseded one', async () => {
    await show('a');
    await show('b');
    await settle(() => requests[0]!.reject(new Error('render cancelled')));
    expect(handlers.onError).not.toHaveBeenCalled();
    const failure = new Error('main is gone');
    await settle(() => requests[1]!.reject(failure));
    expect(handlers.onError).toHaveBeenCalledWith(failure);
    expect(handlers.onResult).not.toHaveBeenCalled();
  });

  it('asks again only when the dependencies change, not on every render', async () => {
    await show('a');
    await show('a');
    expect(requests.map((r) => r.key)).toEqual(['a']);
    expect(requests[0]!.signal.aborted).toBe(false);
  });

  it('reads the handlers as they are when the answer comes', async () => {
    await show('a');
    const newer = vi.fn<(value: string) => void>();
    handlers = { ...handlers, onResult: newer };
    await show('a');
    await settle(() => requests[0]!.resolve('answer a'));
    expect(newer).toHaveBeenCalledWith('answer a');
  });

  it('asks nothing when the request has nothing to ask, and drops what was asked before', async () => {
    await show('a');
    await show(undefined);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.signal.aborted).toBe(true);
    await settle(() => requests[0]!.resolve('answer a'));
    expect(handlers.onResult).not.toHaveBeenCalled();
  });
});
