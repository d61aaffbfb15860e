// A callback that keeps its identity for the life of the component and always runs the newest
// function given: memoised children (the outline, the top bar, a section's header) then skip the
// renders of keystrokes, and a click still acts on the state of the last render, never an older one.
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
