// Thin shell: the main window and its security wiring. Settings come from security.ts so a test
// can read them; which URLs are ours is electron/services/api/sender.ts (scheme + host).
import { BrowserWindow, session, type Session } from 'electron';
import { ALLOWED_PERMISSIONS, APP_ORIGIN, WEB_PREFERENCES } from '../security';
import { isOwnUrl, schemeAndHost } from '../services/api/sender';

export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => ALLOWED_PERMISSIONS.has(permission));
  ses.on('will-download', (event) => event.preventDefault());
}

export interface WindowOptions {
  preloadPath: string;
  /** Dev server URL in `npm run dev`; the app:// page otherwise. */
  devUrl?: string | undefined;
  /** The window icon on Linux (Windows takes the executable's). */
  iconPath?: string | undefined;
}

/** The page's own origins ('scheme://host'): where it may navigate and who may call the API. */
export function pageOrigins(devUrl: string | undefined): string[] {
  return [devUrl ? schemeAndHost(devUrl) : APP_ORIGIN];
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
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: { ...WEB_PREFERENCES, preload: options.preloadPath },
  });
  const startUrl = options.devUrl ?? `${APP_ORIGIN}/index.html`;
  const origins = pageOrigins(options.devUrl);

  // Nothing opens a second window, and the page never leaves its own origin: no file:, data:,
  // javascript:, remote page or redirect.
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const guard = (event: { url: string; preventDefault: () => void }) => {
    if (!isOwnUrl(event.url, origins)) event.preventDefault();
  };
  win.webContents.on('will-navigate', guard);
  // Also every subframe (the CSP allows none, defence in depth).
  win.webContents.on('will-frame-navigate', guard);
  win.webContents.on('will-redirect', (event) => event.preventDefault());
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  denyAllPermissions(session.defaultSession);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(startUrl);
  return win;
}
