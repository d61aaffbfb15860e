// Display formatting of stored values.

/** ISO timestamp → 「2025年12月10日 09:05」 in local time (「09:05:07」 with seconds: lists of
 *  versions, where two entries of one minute must not look alike). */
export function formatDateTime(iso: string, options: { seconds?: boolean } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  const time = `${p(d.getHours())}:${p(d.getMinutes())}${options.seconds ? `:${p(d.getSeconds())}` : ''}`;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${time}`;
}

/** A 字数 change as the lists show it: 「+120」, 「−35」, 「±0」. */
export function formatDelta(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0';
}

// One formatter for the app: `n.toLocaleString('zh-CN')` builds a new one on every call, which the
// editor's footer did on every keystroke.
const counts = new Intl.NumberFormat('zh-CN');

/** A count as the UI shows it: 「12,345」. */
export const formatCount = (n: number): string => counts.format(n);
