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

/** Before the window closes, let the renderer push its pending autosave (at most 3 s). */
export function flushBeforeClose(win: BrowserWindow): void {
  let flushed = false;
  win.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
    const flush = win.webContents.executeJavaScript('window.nianbaoFlush ? window.nianbaoFlush() : true', true);
    void Promise.race([flush, timeout])
      .catch(() => undefined)
      .finally(() => {
        flushed = true;
        if (!win.isDestroyed()) win.close();
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
