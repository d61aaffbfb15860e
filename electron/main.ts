// Thin shell: app lifecycle. Opens the data store (electron-free services), the window and the
// IPC handlers; one instance only, so two windows never write one database. Anything that fails on
// the way up ends in a Chinese dialog, a log line and an exit that releases the instance lock —
// never a window-less process holding it.
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../shared/errors';
import { registerIpc } from './ipc';
import { utilityReader } from './readerHost';
import { handlerEnv } from './services/api/handlers';
import { openSession, type Session } from './services/api/session';
import { logDir, openLog, silentLog, type AppLog } from './services/log';
import { resolveDataDir } from './services/paths';
import { lockDataDir, type DataLock } from './services/dataLock';
import { electronAddon, useNativeBinding } from './services/db/sqlite';
import { runSmokeTest } from './services/api/smokeTest';
import { ensureDataDir } from './services/store';
import { registerAppProtocol, registerSchemePrivileges } from './shell/appProtocol';
import { installCloseGuard, type CloseGuard } from './shell/closeGuard';
import { installContextMenu } from './shell/contextMenu';
import { createMainWindow, pageOrigins } from './shell/mainWindow';
import { createPlatformHooks } from './shell/platformHooks';
import { watchRenderer } from './shell/rendererWatch';
import { askPage } from './shell/shellRequests';

const here = dirname(fileURLToPath(import.meta.url));
/** How long quitting waits for a running backup before closing the database anyway. */
const QUIT_BACKUP_WAIT_MS = 3000;

registerSchemePrivileges();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
/** The open data folder; a restored backup swaps the database inside it. */
let store: Session | null = null;
/** This data folder's one-writer lock (shared with `nianbao serve`), held until the app exits. */
let dataLock: DataLock | null = null;
let guard: CloseGuard | null = null;
let log: AppLog = silentLog;

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** Closes the database now (session end); the later will-quit finds nothing left to close. */
function closeStoreNow(): void {
  const closing = store;
  store = null;
  void closing?.close({ backupWaitMs: 0 }).then(() => log.info('store-closed'));
}

/** Packaged: resources sit next to app.asar (electron-builder extraResources). */
function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(null);
  const devUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  log = openLog(logDir(dataDir));
  log.info('app-start', { version: app.getVersion(), packaged: app.isPackaged, platform: process.platform, arch: process.arch });
  registerAppProtocol(join(here, '../renderer'));
  // The Electron build of better-sqlite3, beside the Node build the CLI and tests use.
  const addon = electronAddon(process.versions.modules);
  useNativeBinding(addon);
  log.info('sqlite-addon', { file: addon ?? 'build/Release' });
  const resources = resourcesDir();
  const env = handlerEnv(app.getVersion(), join(resources, 'templates'), join(resources, 'rules'));
  try {
    ensureDataDir(dataDir);
    dataLock = lockDataDir(dataDir, 'desktop');
    store = await openSession({ dataDir }, { ...env, platform: createPlatformHooks(() => mainWindow), spawnReader: utilityReader(), log });
  } catch (err) {
    fail(err, `数据文件夹：${dataDir}`);
    return;
  }
  const { handlers } = store;
  const win = createMainWindow({
    preloadPath: join(here, '../preload/preload.cjs'),
    devUrl,
    iconPath: process.platform === 'linux' ? join(resources, 'icons', 'linux', '256x256.png') : undefined,
  });
  mainWindow = win;
  registerIpc(handlers, () => mainWindow, pageOrigins(devUrl), log);
  installContextMenu(win);
  watchRenderer(win, { log, quit: () => app.quit() });
  guard = installCloseGuard(win, { flush: (ms) => askPage(win, 'flush', ms), onSessionEnd: closeStoreNow, log });
  win.on('closed', () => {
    mainWindow = null;
  });
  log.info('window-created');
}

/** A start-up failure: say it in Chinese, log it, and exit so the instance lock is released. */
function fail(err: unknown, where = ''): void {
  log.error('start-failed', err);
  dataLock?.release();
  const message = err instanceof AppError ? err.message : `年报助手启动时出错：${(err as Error)?.message ?? String(err)}`;
  const logHint = log.file ? `\n\n详细情况已记录在：${log.file}` : '';
  dialog.showErrorBox('年报助手无法启动', `${message}${where ? `\n\n${where}` : ''}${logHint}`);
  app.releaseSingleInstanceLock();
  app.exit(1);
}

/** The release check (README): no window, a temp data folder, exit 0 when every step passed. */
async function smokeTest(): Promise<void> {
  useNativeBinding(electronAddon(process.versions.modules));
  const resources = resourcesDir();
  const code = await runSmokeTest({
    version: app.getVersion(),
    templatesDir: join(resources, 'templates'),
    rulesDir: join(resources, 'rules'),
    spawnReader: utilityReader(),
    say: (line) => process.stdout.write(`${line}\n`),
  });
  app.exit(code);
}

if (process.argv.includes('--smoke-test')) {
  app
    .whenReady()
    .then(smokeTest)
    .catch((err: unknown) => {
      process.stderr.write(`冒烟测试无法运行：${String(err)}\n`);
      app.exit(1);
    });
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => fail(err));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => guard?.beforeQuit(event));
  app.on('will-quit', (event) => {
    if (!store) {
      dataLock?.release();
      log.info('app-quit');
      return;
    }
    const closing = store;
    store = null;
    event.preventDefault();
    void closing
      .close({ backupWaitMs: QUIT_BACKUP_WAIT_MS, backupOnQuit: true })
      .catch((err: unknown) => log.error('store-close-failed', err))
      .finally(() => app.quit());
  });
}
