// The editor's own 字号, on top of the app-wide zoom: Ctrl+] / Ctrl+[ as in Word and WPS, or the
// buttons in the editor's footer; remembered on this PC.
import { useCallback, useState } from 'react';
import { readPcSetting, writePcSetting } from '../components/pcSetting';
import { useShortcuts } from '../components/useShortcuts';

const KEY = 'nianbao.fontSize';
export const FONT_MIN = 14;
export const FONT_MAX = 32;
export const FONT_DEFAULT = 19;

function readStored(): number {
  const n = Number(readPcSetting(KEY));
  return Number.isInteger(n) && n >= FONT_MIN && n <= FONT_MAX ? n : FONT_DEFAULT;
}

export interface EditorFontSize {
  fontSize: number;
  larger: () => void;
  smaller: () => void;
}

export function useEditorFontSize(): EditorFontSize {
  const [fontSize, setFontSize] = useState(readStored);
  const change = useCallback((delta: number) => {
    setFontSize((current) => {
      const next = Math.min(FONT_MAX, Math.max(FONT_MIN, current + delta));
      writePcSetting(KEY, String(next));
      return next;
    });
  }, []);
  const larger = useCallback(() => change(1), [change]);
  const smaller = useCallback(() => change(-1), [change]);
  useShortcuts([
    { key: ']', run: larger },
    { key: '[', run: smaller },
  ]);
  return { fontSize, larger, smaller };
}
