// The autosave wiring of an open report: one SaveQueue sending section text and the report's own
// fields (title, 主送机关, opening, closing, 落款) to the main process — kept and retried like section
// text when the medium refuses a write —
// its state for 「保存中 / 已保存 / 保存失败」, and the flushes nobody asks for explicitly — on blur,
// when the window is hidden, on unload, and when the shell asks (the contract's `flush` shell
// request: window closing, session ending, browser-mode server stopping — the shell asks the user
// before quitting when the answer is false).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, onShellRequest } from '../api';
import type { ReportTextKey } from '../../shared/text/findReplace';
import { useReadOnly } from '../components/ReadOnly';
import { SaveQueue, type SaveState } from './saveQueue';

export interface SavedListeners {
  section: (saved: Awaited<ReturnType<typeof api.saveSectionText>>) => void;
  /** A report field as the main process stored it; not called when newer text for it is queued. */
  field: (key: ReportTextKey, value: string) => void;
}

export interface Autosave {
  queue: SaveQueue;
  state: SaveState;
  /** Sends everything queued; rejects when a save failed (an action must not run after it). */
  flush: () => Promise<void>;
  /** The same, for moments that cannot act on a failure (the indicator already shows it). */
  flushQuietly: () => Promise<void>;
  /** Bumps after every confirmed write (the history list refreshes on it). */
  savedTick: number;
  /** Something other than the queue wrote to the report (a version, a restore). */
  noteSaved: () => void;
}

export function useAutosave(reportId: number, onSaved: SavedListeners): Autosave {
  const [savedTick, setSavedTick] = useState(0);
  const noteSaved = useCallback(() => setSavedTick((t) => t + 1), []);
  // The queue lives as long as the workspace; the latest callback is read at save time.
  const saved = useRef(onSaved);
  useEffect(() => {
    saved.current = onSaved;
  }, [onSaved]);

  const queue = useMemo(() => {
    const q: SaveQueue = new SaveQueue(async (key, body) => {
      if (typeof key === 'number') saved.current.section(await api.saveSectionText({ id: key, body }));
      else {
        const meta = await api.updateReport({ id: reportId, patch: { [key]: body } });
        if (q.pendingText(key) === undefined) saved.current.field(key, meta[key]);
      }
      noteSaved();
    });
    return q;
  }, [reportId, noteSaved]);
  const [state, setState] = useState<SaveState>(queue.getState());
  useEffect(() => queue.subscribe(setState), [queue]);

  const flush = useCallback(() => queue.flush(), [queue]);
  const flushQuietly = useCallback(() => queue.flush().catch(() => undefined), [queue]);

  // The data's medium can be written again (it refused a write while running): what waited goes now.
  const readOnly = useReadOnly();
  useEffect(() => {
    if (!readOnly && queue.hasPending()) void flushQuietly();
  }, [readOnly, queue, flushQuietly]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flushQuietly();
    };
    const onBlur = () => void flushQuietly();
    window.addEventListener('blur', onBlur);
    window.addEventListener('beforeunload', onBlur);
    document.addEventListener('visibilitychange', onHide);
    const offFlush = onShellRequest('flush', () =>
      queue.flush().then(
        () => true,
        () => false,
      ),
    );
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('beforeunload', onBlur);
      document.removeEventListener('visibilitychange', onHide);
      void flushQuietly();
      offFlush();
    };
  }, [queue, flushQuietly]);

  return { queue, state, flush, flushQuietly, savedTick, noteSaved };
}
