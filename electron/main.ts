// Thin shell: app lifecycle. Opens the data store (electron-free services), the window and the
// IPC handlers; one instance only, so two windows never write one database.
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../shared/errors';
import { registerIpc } from './ipc';
import { utilityReader } from './readerHost';
import { APP_ORIGIN } from './security';
import { createHandlers, handlerEnv } from './services/api/handlers';
import { resolveDataDir } from './services/paths';
import { openStore, type Store } from './services/store';
import { createMainWindow, createPlatformHooks, flushBeforeClose, registerAppProtocol, registerSchemePrivileges } from './window';

const here = dirname(fileURLToPath(import.meta.url));

registerSchemePrivileges();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(null);
  const devUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
  registerAppProtocol(join(here, '../renderer'));
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  try {
    store = await openStore({ dataDir });
  } catch (err) {
    const message = err instanceof AppError ? err.message : `无法打开数据文件：${(err as Error).message}`;
    dialog.showErrorBox('年报助手无法启动', `${message}\n\n数据文件夹：${dataDir}`);
    app.exit(1);
    return;
  }
  // Packaged: resources sit next to app.asar (electron-builder extraResources).
  const resources = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
  const env = handlerEnv(app.getVersion(), join(resources, 'templates'), join(resources, 'rules'));
  const handlers = createHandlers(store, { ...env, platform: createPlatformHooks(() => mainWindow), spawnReader: utilityReader() });
  mainWindow = createMainWindow({ preloadPath: join(here, '../preload/preload.cjs'), devUrl });
  registerIpc(handlers, () => mainWindow, devUrl ? [new URL(devUrl).origin] : [APP_ORIGIN]);
  flushBeforeClose(mainWindow);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.whenReady().then(start, (err: unknown) => console.error(err));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!store) return;
    const closing = store;
    store = null;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
}
