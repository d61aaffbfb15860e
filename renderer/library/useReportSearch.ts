// Search across every year's reports as the user types: debounced, newest answer wins, and the
// last query survives a trip to the workspace and back (the library remounts on return).
import { useCallback, useEffect, useRef, useState } from 'react';
import { cleanSearchQuery } from '../../shared/text/searchQuery';
import type { SearchHit } from '../../shared/types';
import { api, errorMessage } from '../api';

const DEBOUNCE_MS = 250;
/** The service's LIMIT: at this many hits there may be more. */
export const SEARCH_LIMIT = 50;

export type SearchState =
  | { phase: 'idle' }
  | { phase: 'searching'; query: string }
  | { phase: 'done'; query: string; hits: SearchHit[] }
  | { phase: 'error'; query: string; message: string };

// Module state on purpose: it is the session's "last search", not any one component's.
let lastQuery = '';

export function useReportSearch() {
  const [query, setQueryState] = useState(lastQuery);
  const [state, setState] = useState<SearchState>({ phase: 'idle' });
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const run = useCallback((q: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const trimmed = cleanSearchQuery(q);
    const mine = ++seq.current;
    if (!trimmed) {
      setState({ phase: 'idle' });
      return;
    }
    setState({ phase: 'searching', query: trimmed });
    api.search({ query: trimmed }).then(
      (hits) => {
        if (mine === seq.current) setState({ phase: 'done', query: trimmed, hits });
      },
      (err: unknown) => {
        if (mine === seq.current) setState({ phase: 'error', query: trimmed, message: errorMessage(err) });
      },
    );
  }, []);

  const setQuery = useCallback(
    (q: string) => {
      lastQuery = q;
      setQueryState(q);
      if (timer.current) clearTimeout(timer.current);
      if (!cleanSearchQuery(q)) {
        run('');
        return;
      }
      timer.current = setTimeout(() => run(q), DEBOUNCE_MS);
    },
    [run],
  );

  /** Drops a pending search and makes any answer still on its way stale. */
  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    seq.current++;
  }, []);

  // A query kept from before the workspace visit is searched again (the text may have changed).
  useEffect(() => {
    if (lastQuery.trim()) run(lastQuery);
    return cancel;
  }, [run, cancel]);

  return { query, setQuery, searchNow: () => run(query), clear: () => setQuery(''), state };
}
