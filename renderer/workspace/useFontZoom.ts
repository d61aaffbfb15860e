// Editor font size, Ctrl + / Ctrl - / Ctrl 0, remembered on this PC.
import { useEffect, useState } from 'react';

const KEY = 'nianbao.fontSize';
export const FONT_MIN = 14;
export const FONT_MAX = 32;
export const FONT_DEFAULT = 19;

function readStored(): number {
  const n = Number(window.localStorage.getItem(KEY));
  return Number.isFinite(n) && n >= FONT_MIN && n <= FONT_MAX ? n : FONT_DEFAULT;
}

export function useFontZoom() {
  const [fontSize, setFontSize] = useState(readStored);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      let next: number | null = null;
      if (e.key === '=' || e.key === '+') next = Math.min(FONT_MAX, fontSize + 1);
      else if (e.key === '-' || e.key === '_') next = Math.max(FONT_MIN, fontSize - 1);
      else if (e.key === '0') next = FONT_DEFAULT;
      if (next === null) return;
      e.preventDefault();
      setFontSize(next);
      window.localStorage.setItem(KEY, String(next));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [fontSize]);
  return { fontSize };
}
