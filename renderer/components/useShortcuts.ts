// Ctrl (⌘ on a Mac keyboard) + key shortcuts of a screen, one window listener per screen. The
// latest handlers are read when a key is pressed, so callers pass plain closures.
import { useEffect, useRef } from 'react';

export interface Shortcut {
  /** KeyboardEvent.key, lower case for letters: 's', 'f', '=', '0'… */
  key: string | readonly string[];
  /** Whether Shift must be held (true) or must not be (false); either when unset. */
  shift?: boolean;
  /** Also while a modal dialog is open (default: the dialog's own keys apply there). */
  inModal?: boolean;
  run: (e: KeyboardEvent) => void;
}

export const modalOpen = (): boolean => document.querySelector('dialog[open]') !== null;

export function useShortcuts(shortcuts: readonly Shortcut[]): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      const hit = latest.current.find(
        (s) => (typeof s.key === 'string' ? s.key === key : s.key.includes(key)) && (s.shift === undefined || s.shift === e.shiftKey) && (s.inModal || !modalOpen()),
      );
      if (!hit) return;
      e.preventDefault();
      hit.run(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
