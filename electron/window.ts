// Thin shell: the main window, its security wiring and the app:// protocol that serves the built
// renderer. Settings come from security.ts so a test can read them.
import { app, BrowserWindow, dialog, protocol, session, shell, type SaveDialogOptions, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { PlatformHooks } from './services/export/platform';
import { ALLOWED_PERMISSIONS, APP_HOST, APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, WEB_PREFERENCES } from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function registerSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves files from the built renderer folder only; anything outside it is a 404. */
export function registerAppProtocol(rendererDir: string): void {
  const root = normalize(rendererDir + sep);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('not found', { status: 404 });
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) return new Response('not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': MIME[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}

export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => ALLOWED_PERMISSIONS.has(permission));
  ses.on('will-download', (event) => event.preventDefault());
}

export interface WindowOptions {
  preloadPath: string;
  /** Dev server URL in `npm run dev`; the app:// page otherwise. */
  devUrl?: string | undefined;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: '年报助手',
    show: false,
    backgroundColor: '#f6f5f1',
    autoHideMenuBar: true,
    webPreferences: { ...WEB_PREFERENCES, preload: options.preloadPath },
  });
  const startUrl = options.devUrl ?? `${APP_ORIGIN}/index.html`;
  const allowedOrigin = new URL(startUrl).origin;

  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== allowedOrigin) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event) => event.preventDefault());
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  denyAllPermissions(session.defaultSession);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(startUrl);
  return win;
}

/** Before the window closes, let the renderer push its pending autosave. If that fails (full
 *  disk, locked file) or hangs, ask before quitting: the default is to stay, so nothing is lost. */
export function flushBeforeClose(win: BrowserWindow): void {
  let closing = false;
  let busy = false;
  win.on('close', (event) => {
    if (closing) return;
    event.preventDefault();
    if (busy) return;
    busy = true;
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000));
    const flush = win.webContents.executeJavaScript('window.nianbaoFlush ? window.nianbaoFlush() : true', true);
    void Promise.race([flush, timeout])
      .catch(() => false)
      .then(async (saved) => {
        if (saved !== true && !win.isDestroyed()) {
          const { response } = await dialog.showMessageBox(win, {
            type: 'warning',
            title: '年报助手',
            message: '还有修改没有保存成功',
            detail: '可能是磁盘已满或数据文件被占用。现在退出，最近的修改会丢失。建议先返回，清理磁盘空间或关闭占用的程序，看到「已保存」后再退出。',
            buttons: ['返回，不退出', '仍然退出'],
            defaultId: 0,
            cancelId: 0,
          });
          if (response === 0) return;
        }
        closing = true;
        if (!win.isDestroyed()) win.close();
      })
      .finally(() => {
        busy = false;
      });
  });
}

/** Opens a folder in the system file manager (after export). */
export function showInFolder(path: string): void {
  shell.showItemInFolder(path);
}

/** The save dialog (modal to the main window) and the file manager, for the export calls. */
export function createPlatformHooks(getWindow: () => BrowserWindow | null): PlatformHooks {
  return {
    async chooseSavePath({ defaultPath }) {
      const options: SaveDialogOptions = {
        title: '导出 Word 文档',
        defaultPath,
        buttonLabel: '导出',
        filters: [{ name: 'Word 文档', extensions: ['docx'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const win = getWindow();
      const result = win && !win.isDestroyed() ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    showInFolder,
    defaultFolder: () => app.getPath('documents'),
  };
}
