// Time source, injectable so tests can move through days and months without waiting.
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Local time as 'YYYY-MM-DD HH:MM:SS' — what users see, and sortable as text. */
export function isoLocal(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
