// Reads the shell's security settings and fails if any is weakened. The Electron binary cannot run
// here, so 'electron' is mocked and the window factory is inspected, not launched.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, WEB_PREFERENCES } from '../../electron/security';

const created: Array<{ options: Record<string, unknown>; wc: Record<string, unknown> }> = [];
const handlers = new Map<string, (...args: unknown[]) => unknown>();
let permissionRequest: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
let permissionCheck: ((wc: unknown, p: string) => boolean) | undefined;

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.webContents = {
        setWindowOpenHandler: (fn: () => unknown) => handlers.set('windowOpen', fn),
        on: (event: string, fn: (...args: unknown[]) => unknown) => handlers.set(event, fn),
      };
      created.push({ options, wc: this.webContents });
    }
    once() {}
    on() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof permissionRequest) => (permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof permissionCheck) => (permissionCheck = fn),
        on: vi.fn(),
      },
    },
    shell: { showItemInFolder: vi.fn() },
  };
});

describe('window security', () => {
  beforeEach(() => {
    created.length = 0;
    handlers.clear();
  });

  it('keeps the renderer isolated and sandboxed', () => {
    expect(WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('creates the window with those preferences and denies navigation, popups, webviews and permissions', async () => {
    const { createMainWindow } = await import('../../electron/window');
    createMainWindow({ preloadPath: '/x/preload.cjs' });
    const win = created[0]!;
    expect(win.options['webPreferences']).toEqual({ ...WEB_PREFERENCES, preload: '/x/preload.cjs' });
    expect(handlers.get('windowOpen')!()).toEqual({ action: 'deny' });
    const nav = { preventDefault: vi.fn() };
    handlers.get('will-navigate')!(nav, 'https://example.com/');
    expect(nav.preventDefault).toHaveBeenCalled();
    const same = { preventDefault: vi.fn() };
    handlers.get('will-navigate')!(same, 'app://nianbao/index.html');
    expect(same.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    handlers.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    let granted: boolean | undefined;
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      permissionRequest!(null, p, (ok) => (granted = ok));
      expect(granted, p).toBe(false);
      expect(permissionCheck!(null, p), p).toBe(false);
    }
    permissionRequest!(null, 'clipboard-sanitized-write', (ok) => (granted = ok));
    expect(granted).toBe(true);
  });

  it('has a strict CSP: no inline or eval script, no remote origins', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('puts the CSP into the built page', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../out/renderer/index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"`);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('preload exposes only window.api built from the contract', () => {
    const src = readFileSync(resolve(import.meta.dirname, '../../electron/preload.ts'), 'utf8');
    expect(src.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(src).toContain("contextBridge.exposeInMainWorld('api', api)");
    expect(src).toContain('CALL_NAMES.map');
    const built = readFileSync(resolve(import.meta.dirname, '../../out/preload/preload.cjs'), 'utf8');
    // A sandboxed preload can require nothing but electron.
    expect([...built.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it('main takes the single-instance lock and enables the sandbox for every renderer', () => {
    const main = readFileSync(resolve(import.meta.dirname, '../../electron/main.ts'), 'utf8');
    expect(main).toContain('app.requestSingleInstanceLock()');
    expect(main).toContain("app.on('second-instance', focusMainWindow)");
    expect(main).toContain('app.enableSandbox()');
  });
});
