import { useCallback, useInsertionEffect, useRef } from 'react';

/**
 * A function for effects to call that always sees the newest props and state, so an effect can
 * say which changes make it run and read everything else as it is at that moment.
 *
 * React's own `useEffectEvent` does this from React 19.2; this window is on 19.1. The name is
 * the same on purpose: `react-hooks/exhaustive-deps` knows it, so the function stays out of
 * dependency arrays, and moving to React's is a change of import. The handler is swapped in an
 * insertion effect, which runs before every layout and passive effect of the same render.
 */
export function useEffectEvent<Args extends unknown[], Result>(handler: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(handler);
  useInsertionEffect(() => {
    latest.current = handler;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
