// Runs the built renderer in real Chromium with window.api backed by the real handler table over
// a real SQLite file — the same dispatch the Electron IPC uses, over Playwright's exposeBinding
// ('bridge', the default), or through browser mode's real HTTP transport ('http': the server of
// `nianbao serve` in this process, the page building window.api itself, export to a folder).
// Free of vitest, so the benchmarks can drive the app too; harness.ts adds the test lifecycle.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CALL_NAMES, type CallInput, type CallName, type CallOutput } from '../../shared/api';
import { handlerEnv, type HandlerEnv } from '../../electron/services/api/handlers';
import { openSession } from '../../electron/services/api/session';
import { dispatch, type Handlers } from '../../electron/services/api/dispatch';
import { silentLog } from '../../electron/services/log';
import type { Store } from '../../electron/services/store';
import { startBrowserMode, type BrowserMode } from '../../electron/web/browserMode';

/** A temp folder with Chinese characters and spaces in its path, as on users' PCs. */
const makeTempDir = (label: string) => mkdtempSync(join(tmpdir(), `${label} `));

const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--lang=zh-CN',
];

/** Defines window.api in the page over the exposed binding, before any page script runs. The
 *  page's answers to shell requests are kept in window.__nianbaoShell for the test to call. */
function bridgeScript(names: readonly string[]): string {
  return `window.__nianbaoShell = {};
window.api = Object.fromEntries(${JSON.stringify(names)}.map((name) => [name, (input) => window.__nianbaoInvoke(name, input)]));
window.api.onShellRequest = (name, handler) => {
  window.__nianbaoShell[name] = handler;
  return () => { if (window.__nianbaoShell[name] === handler) delete window.__nianbaoShell[name]; };
};`;
}

/** Asks the page to flush its pending saves, as the shell does before closing. */
export function flushPage(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __nianbaoShell: Record<string, (() => Promise<unknown>) | undefined> }).__nianbaoShell['flush']?.());
}

export interface E2EApp {
  page: Page;
  context: BrowserContext;
  store: Store;
  handlers: Handlers;
  url: string;
  dataDir: string;
  consoleErrors: string[];
  /** Calls the API as the page would, for test setup and assertions; throws on an error result. */
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  /** Closes the page and store, then reopens both on the same data folder (a restart). */
  restart(): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

let server: PreviewServer | null = null;
let browser: Browser | null = null;

async function shared(): Promise<{ server: PreviewServer; browser: Browser; url: string }> {
  const outDir = join(ROOT, 'out', 'renderer');
  if (!existsSync(join(outDir, 'index.html'))) throw new Error('out/renderer is missing: run `npm run build` first');
  server ??= await preview({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  browser ??= await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, browser, url };
}

export async function stopShared(): Promise<void> {
  await browser?.close();
  browser = null;
  await server?.close();
  server = null;
}

/** app.screenshot: the page's viewport into test-results/screenshots/<name>.png. */
function screenshotOf(page: Page): E2EApp['screenshot'] {
  return async (name) => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, `${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    return file;
  };
}

/** app.call: a call as the page makes it, on the app's current handler table; throws on an error. */
function callThrough(handlers: () => Handlers): E2EApp['call'] {
  return async (name, input) => {
    const res = await dispatch(handlers(), name, input);
    if (!res.ok) throw new Error(`${name}: ${res.error.message}`);
    return res.value as never;
  };
}

export type Transport = 'bridge' | 'http';

export interface LaunchOptions {
  dataDir?: string;
  viewport?: { width: number; height: number };
  /** bridge: the save dialog and file manager stub. http: its default folder is where exports go. */
  platform?: HandlerEnv['platform'];
  /** Another templates folder (e.g. one holding a broken file). */
  templatesDir?: string;
  transport?: Transport;
}

async function newPage(b: Browser, options: LaunchOptions, consoleErrors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await b.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  return { context, page };
}

export async function launchApp(options: LaunchOptions = {}): Promise<E2EApp> {
  const { browser: b, url } = await shared();
  const dataDir = options.dataDir ?? makeTempDir('年报 e2e');
  const consoleErrors: string[] = [];
  if (options.transport === 'http') return launchOverHttp(b, options, dataDir, consoleErrors);
  // The save dialog and file manager are the shell's; a test passes a stub (none: calls refuse).
  const base = handlerEnv('e2e', options.templatesDir);
  const env: HandlerEnv = options.platform ? { ...base, platform: options.platform } : base;
  // A session, as the app opens one: a restored backup swaps the database behind its handlers.
  let session = await openSession({ dataDir, awaitStartupBackup: true }, env);
  const { context, page } = await newPage(b, options, consoleErrors);
  await context.exposeBinding('__nianbaoInvoke', (_source, name: unknown, input: unknown) => dispatch(session.handlers, name, input));
  await context.addInitScript(bridgeScript(CALL_NAMES));
  await page.goto(url);

  return appOf({
    page,
    context,
    serving: () => session,
    url: () => url,
    dataDir,
    consoleErrors,
    async restart() {
      await flushPage(page);
      await session.close();
      session = await openSession({ dataDir }, env);
      await page.reload();
    },
    async close() {
      await context.close();
      await session.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** The app through browser mode: its server in this process, the page on the printed address. */
async function launchOverHttp(b: Browser, options: LaunchOptions, dataDir: string, consoleErrors: string[]): Promise<E2EApp> {
  const documents = options.platform?.defaultFolder() ?? makeTempDir('文档 e2e');
  const start = async () => {
    const mode = await startBrowserMode({
      dataDir,
      rendererDir: join(ROOT, 'out', 'renderer'),
      version: 'e2e',
      templatesDir: options.templatesDir,
      documentsDir: documents,
      log: silentLog,
    });
    await mode.store.startupBackup;
    return mode;
  };
  let mode: BrowserMode = await start();
  const { context, page } = await newPage(b, options, consoleErrors);
  await page.goto(mode.url);
  return appOf({
    page,
    context,
    serving: () => mode,
    url: () => mode.server.origin,
    dataDir,
    consoleErrors,
    async restart() {
      // As `nianbao serve` stops: the page is asked to flush over the event stream first.
      await mode.stop();
      mode = await start();
      await page.goto(mode.url);
    },
    async close() {
      await context.close();
      await mode.stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (!options.platform) rmSync(documents, { recursive: true, force: true });
    },
  });
}

interface AppParts extends Pick<E2EApp, 'page' | 'context' | 'dataDir' | 'consoleErrors' | 'restart' | 'close'> {
  /** What serves the page now: a restart replaces it. */
  serving: () => { store: Store; handlers: Handlers };
  url: () => string;
}

/** The E2EApp of either transport, always speaking to the session serving the page now. */
function appOf({ serving, url, ...parts }: AppParts): E2EApp {
  return {
    ...parts,
    get store() {
      return serving().store;
    },
    get handlers() {
      return serving().handlers;
    },
    get url() {
      return url();
    },
    call: callThrough(() => serving().handlers),
    screenshot: screenshotOf(parts.page),
  };
}
