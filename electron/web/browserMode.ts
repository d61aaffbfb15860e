// Browser mode as one piece: the data folder's one-writer lock, the store, the handler table with
// the browser's export hooks, and the HTTP transport. `nianbao serve` (and `npm start` where
// Electron cannot run) wraps it with a terminal and signals; the e2e suite runs it in-process.
import { handlerEnv } from '../services/api/handlers';
import { openSession, type Session } from '../services/api/session';
import type { Handlers } from '../services/api/dispatch';
import { lockDataDir, type DataLock } from '../services/dataLock';
import { logDir, openLog, type AppLog } from '../services/log';
import { ensureDataDir, type Store } from '../services/store';
import { browserPlatform, documentsDir } from './browserPlatform';
import { Downloads } from './downloads';
import { startWebServer, type WebServer } from './server';

/** How long stopping waits for open pages to push their pending saves, and for a backup. */
export const STOP_FLUSH_MS = 5000;
export const STOP_BACKUP_MS = 3000;

export interface BrowserModeOptions {
  dataDir: string;
  rendererDir: string;
  version: string;
  port?: number;
  templatesDir?: string;
  rulesDir?: string;
  /** Where exports go before the user exported anywhere (default: the user's Documents). */
  documentsDir?: string;
  log?: AppLog;
}

export interface BrowserMode {
  readonly url: string;
  readonly server: WebServer;
  readonly store: Store;
  readonly handlers: Handlers;
  readonly log: AppLog;
  /** Asks open pages to flush, stops the server, closes the database, releases the lock. */
  stop(): Promise<void>;
}

export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const log = options.log ?? openLog(logDir(options.dataDir), { name: 'serve' });
  ensureDataDir(options.dataDir);
  const lock: DataLock = lockDataDir(options.dataDir, 'browser');
  let store: Session | null = null;
  try {
    const downloads = new Downloads();
    const env = handlerEnv(options.version, options.templatesDir, options.rulesDir);
    // A session: a restored backup swaps the database behind the same handler table.
    store = await openSession({ dataDir: options.dataDir }, { ...env, platform: browserPlatform(options.documentsDir ?? documentsDir(), downloads), log });
    const { handlers } = store;
    const server = await startWebServer({ handlers, rendererDir: options.rendererDir, downloads, log, port: options.port });
    log.info('serve-start', { version: options.version, port: server.port });
    const opened = store;
    let stopping: Promise<void> | null = null;
    return {
      url: server.url,
      server,
      get store() {
        return opened.store;
      },
      handlers,
      log,
      stop: () =>
        (stopping ??= (async () => {
          const answers = await server.ask('flush', STOP_FLUSH_MS);
          log.info('serve-flushed', { pages: answers.length, saved: answers.every((a) => a === true) });
          await server.close();
          // As the app quitting: a backup when anything changed since the last one, bounded in time.
          await opened.close({ backupWaitMs: STOP_BACKUP_MS, backupOnQuit: true });
          lock.release();
          log.info('serve-stop');
        })()),
    };
  } catch (err) {
    await store?.close({ backupWaitMs: 0 });
    lock.release();
    log.error('serve-start-failed', err);
    throw err;
  }
}
