// The CPU throttling the UI benchmarks ask of Chromium (4×: a six-year-old township PC) and how much
// it really slows the page. DevTools throttling pauses the renderer's main thread for part of each
// slice of time, so a short loop can fall wholly inside or outside a pause, and a loaded machine
// slows the unthrottled loop too: one reading of a 3-ms loop gave 2.7 one run and 5 the next. Here
// one fixed workload (about 40 ms unthrottled) is timed unthrottled and throttled back to back,
// five times, and the median of the five ratios is the effective rate printed with each case.
import type { CDPSession, Page } from 'playwright-core';
import { median, round } from '../stats';

export const CPU_THROTTLE = 4;
const PAIRS = 5;
const WORKLOAD_MS = 40;

const setRate = (cdp: CDPSession, rate: number) => cdp.send('Emulation.setCPUThrottlingRate', { rate });

/** Milliseconds the page takes for `rounds` turns of a fixed integer loop. */
const workMs = (page: Page, rounds: number) =>
  page.evaluate((n) => {
    const t = performance.now();
    let x = 0;
    for (let i = 0; i < n; i++) x = (x + i * 7) % 1_000_003;
    return x >= 0 ? performance.now() - t : 0;
  }, rounds);

/** The effective slowdown, with the page left throttled at CPU_THROTTLE. */
export async function measureThrottle(page: Page, cdp: CDPSession): Promise<number> {
  await setRate(cdp, 1);
  let rounds = 250_000;
  while ((await workMs(page, rounds)) < WORKLOAD_MS && rounds < 2 ** 30) rounds *= 2;
  const ratios: number[] = [];
  for (let k = 0; k < PAIRS; k++) {
    await setRate(cdp, 1);
    const plain = await workMs(page, rounds);
    await setRate(cdp, CPU_THROTTLE);
    ratios.push((await workMs(page, rounds)) / plain);
  }
  return round(median(ratios), 1);
}

/** A word on stderr when the effective rate is far from the one asked for: numbers to distrust. */
export function throttleWarning(measured: number): string | null {
  return Math.abs(measured - CPU_THROTTLE) > 1 ? `throttling measured ${measured}×, not ${CPU_THROTTLE}×: the machine is too busy for these numbers to compare` : null;
}
