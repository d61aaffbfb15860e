// A value as it was when typing last paused: what needs the whole text and is read only now and
// then (「本报告写到了哪些方面」, the 审校 run) follows the text once the writer stops for a moment,
// not on every keystroke of a long section.
import { startTransition, useEffect, useState } from 'react';

/** The pause in typing after which work on the whole text runs again. */
export const SETTLE_MS = 300;

/** `value` once it has stayed the same for SETTLE_MS; the first value that is not null at once. */
export function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (settled === value) return;
    if (settled === null || settled === undefined) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => startTransition(() => setSettled(value)), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [value, settled]);
  return settled;
}
