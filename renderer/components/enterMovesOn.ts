// In a form of several fields, Enter goes to the next field instead of submitting it half filled
// (as in the paper-form habit of WPS users); on the last field it goes to the form's main button,
// where Enter then acts. Enter while an input method is composing Chinese is left alone, and so is
// Enter in a text area (a new line) or on a button.
import type { KeyboardEvent } from 'react';

const FIELDS = 'input:not([type=hidden]):not(:disabled), select:not(:disabled), textarea:not(:disabled), button[type=submit]:not(:disabled)';

export function enterMovesOn(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.shiftKey || e.ctrlKey || e.altKey) return;
  const target = e.target as HTMLElement;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
  e.preventDefault();
  // One stop per radio group: its checked radio (or its first).
  const seen = new Set<string>();
  const fields = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(FIELDS)).filter((el) => {
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio') return true;
    if (el === target) return true;
    if (seen.has(el.name) || (target instanceof HTMLInputElement && target.name === el.name)) return false;
    const group = Array.from(e.currentTarget.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`));
    const stop = group.find((r) => r.checked) ?? group[0];
    if (stop !== el) return false;
    seen.add(el.name);
    return true;
  });
  const next = fields[fields.indexOf(target) + 1];
  next?.focus();
}
