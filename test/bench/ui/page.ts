// The built app in browser mode (the server of `nianbao serve`, in this process) opened in headless
// Chromium with the CPU throttled through the DevTools protocol, and the in-page probes the UI
// benchmarks read: when an interaction started, and when the frame after an input was painted.
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { silentLog } from '../../../electron/services/log';
import { startBrowserMode, type BrowserMode } from '../../../electron/web/browserMode';
import { measureThrottle } from './throttle';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN',
];

/**
 * In the page, before any app script:
 * - `__t0`: the timestamp of the first click, change or keydown since it was last reset — the start
 *   of an interaction as the user makes it (the event's own time, so input queueing counts);
 * - `__lat`: for each key press and each text input without one (an IME commit), the time from
 *   the event to the end of the next frame: a requestAnimationFrame callback runs just before that
 *   frame is painted, and a message posted from it runs once the frame is done.
 */
const PROBES = `(() => {
  window.__t0 = null;
  for (const type of ['click', 'change', 'keydown']) addEventListener(type, (e) => { if (window.__t0 === null) window.__t0 = e.timeStamp; }, true);
  const lat = (window.__lat = { samples: [], pending: 0 });
  const sample = (t0) => {
    lat.pending++;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { lat.samples.push(performance.now() - t0); lat.pending--; };
      ch.port2.postMessage(0);
    });
  };
  let keyDown = false;
  addEventListener('keydown', (e) => { keyDown = true; sample(e.timeStamp); }, true);
  addEventListener('keyup', () => { keyDown = false; }, true);
  addEventListener('beforeinput', (e) => { if (!keyDown) sample(e.timeStamp); }, true);
})();`;

export interface UiSession {
  page: Page;
  cdp: CDPSession;
  mode: BrowserMode;
  /** Measures the effective CPU throttling now (see throttle.ts); the page stays throttled. */
  throttle(): Promise<number>;
  close(): Promise<void>;
}

/** The built renderer measured: out/renderer, or another build (BENCH_RENDERER_DIR) to compare. */
export const rendererDir = (repoRoot: string) => process.env['BENCH_RENDERER_DIR'] ?? join(repoRoot, 'out', 'renderer');

export async function openUiSession(dataDir: string, documentsDir: string, repoRoot: string): Promise<UiSession> {
  const mode = await startBrowserMode({
    dataDir,
    rendererDir: rendererDir(repoRoot),
    version: 'bench',
    documentsDir,
    log: silentLog,
  });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    await context.addInitScript(PROBES);
    const page = await context.newPage();
    // The first visit sets the access cookie; the measured load is a second one on the same origin
    // (the same renderer process, which keeps the throttling).
    await page.goto(mode.url);
    const cdp = await context.newCDPSession(page);
    await measureThrottle(page, cdp);
    const opened = browser;
    return {
      page,
      cdp,
      mode,
      throttle: () => measureThrottle(page, cdp),
      async close() {
        await opened.close();
        await mode.stop();
      },
    };
  } catch (err) {
    await browser?.close();
    await mode.stop();
    throw err;
  }
}

/**
 * Milliseconds from the interaction `act` starts (its first click, change or keydown) to the first
 * frame in which `done(arg)` holds in the page, checked at every animation frame.
 */
export async function timeUntil<A>(page: Page, act: () => Promise<unknown>, done: (arg: A) => boolean, arg: A, timeout = 60_000): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { __t0: number | null }).__t0 = null;
  });
  // One function built here (the page's CSP forbids eval in it): the wait reads the start itself.
  const wrapped = new Function('arg', `const t0 = window.__t0; return t0 !== null && (${done.toString()})(arg) ? performance.now() - t0 : false;`) as (a: unknown) => number | false;
  const [handle] = await Promise.all([page.waitForFunction(wrapped, arg as unknown, { polling: 'raf', timeout }), act()]);
  return (await handle.jsonValue()) as number;
}

/** Drops the input-latency samples taken so far. */
export const resetLatency = (page: Page) => page.evaluate(() => void ((window as unknown as { __lat: { samples: number[] } }).__lat.samples = []));

/** Waits until `count` input-latency samples are in and returns them. */
export async function latencySamples(page: Page, count: number): Promise<number[]> {
  const handle = await page.waitForFunction(
    (n) => {
      const lat = (window as unknown as { __lat: { samples: number[]; pending: number } }).__lat;
      return lat.samples.length >= n && lat.pending === 0 ? lat.samples : false;
    },
    count,
    { polling: 50, timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number[];
}

/** The JS heap in use after a full garbage collection, in MB. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return Number((usedSize / 1024 / 1024).toFixed(2));
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
