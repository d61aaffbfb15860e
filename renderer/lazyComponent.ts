// Components whose code is loaded on first use, in a chunk of their own, so the first screen parses
// only what it shows (an old PC spends longer compiling script than reading it from disk). Each can
// be fetched ahead while the user is idle, so opening it later waits for nothing.
import { lazy, type ComponentType } from 'react';

export interface LazyComponent<P> {
  Component: ComponentType<P>;
  /** Starts loading the code now (once); a failure is left to the component's first render. */
  prefetch: () => void;
}

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const fetch = () => (pending ??= load().then((component) => ({ default: component })));
  return {
    Component: lazy(fetch),
    prefetch: () => void fetch().catch(() => undefined),
  };
}

/** Runs `fn` when the page is next idle (within two seconds at the latest). */
export function whenIdle(fn: () => void): () => void {
  const id = requestIdleCallback(fn, { timeout: 2000 });
  return () => cancelIdleCallback(id);
}
