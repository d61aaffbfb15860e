// Reads the shell's security settings and fails if any is weakened. The Electron binary cannot run
// here, so 'electron' is mocked and the window factory is inspected, not launched.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, WEB_PREFERENCES } from '../../electron/security';
import { tempDataDir } from '../helpers/tempDir';
import { fakeEvent, FakeWindow, recorded, resetFakeElectron, windows } from './shell/fakeElectron';

vi.mock('electron', async () => (await import('./shell/fakeElectron')).electronModule);

const { createMainWindow } = await import('../../electron/shell/mainWindow');
const { registerAppProtocol } = await import('../../electron/shell/appProtocol');

/** Each guard as the page would meet it: true when the navigation goes ahead. */
function navigates(win: FakeWindow, event: 'will-navigate' | 'will-frame-navigate', url: string): boolean {
  const e = fakeEvent({ url });
  win.webContents.emit(event, e, url);
  return !e.defaultPrevented;
}

describe('window security', () => {
  beforeEach(resetFakeElectron);

  it('keeps the renderer isolated and sandboxed', () => {
    const protections = ['contextIsolation', 'sandbox', 'webSecurity'] as const;
    const capabilities = [
      'nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webviewTag',
      'allowRunningInsecureContent', 'experimentalFeatures', 'navigateOnDragDrop',
    ] as const;
    for (const on of protections) expect(WEB_PREFERENCES[on], on).toBe(true);
    for (const off of capabilities) expect(WEB_PREFERENCES[off], off).toBe(false);
  });

  it('creates the window with those preferences and denies popups, webviews and permissions', () => {
    createMainWindow({ preloadPath: '/x/preload.cjs' });
    const win = windows[0]!;
    expect(win.options['webPreferences']).toEqual({ ...WEB_PREFERENCES, preload: '/x/preload.cjs' });
    expect(win.loaded).toBe('app://nianbao/index.html');
    expect(win.webContents.windowOpenHandler!()).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    win.webContents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    const redirect = fakeEvent({ url: 'app://nianbao/x' });
    win.webContents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);
    let granted: boolean | undefined;
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      recorded.permissionRequest!(null, p, (ok) => (granted = ok));
      expect(granted, p).toBe(false);
      expect(recorded.permissionCheck!(null, p), p).toBe(false);
    }
    recorded.permissionRequest!(null, 'clipboard-sanitized-write', (ok) => (granted = ok));
    expect(granted).toBe(true);
  });

  it('lets the page navigate only within its own scheme and host', () => {
    createMainWindow({ preloadPath: '/x/preload.cjs' });
    const win = windows[0]!;
    const denied = [
      'file:///etc/passwd',
      'file:///C:/Windows/win.ini',
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'app://evil/index.html',
      'about:blank',
      'blob:app://nianbao/uuid',
      'not a url',
    ];
    for (const url of denied) {
      expect(navigates(win, 'will-navigate', url), url).toBe(false);
      expect(navigates(win, 'will-frame-navigate', url), url).toBe(false);
    }
    expect(navigates(win, 'will-navigate', 'app://nianbao/index.html')).toBe(true);
    expect(navigates(win, 'will-navigate', 'app://nianbao/index.html#/report/3')).toBe(true);
  });

  it('in `npm run dev`, allows the dev server and nothing else', () => {
    createMainWindow({ preloadPath: '/x/preload.cjs', devUrl: 'http://localhost:5173/' });
    const win = windows[0]!;
    expect(win.loaded).toBe('http://localhost:5173/');
    expect(navigates(win, 'will-navigate', 'http://localhost:5173/index.html')).toBe(true);
    expect(navigates(win, 'will-navigate', 'http://localhost:5174/')).toBe(false);
    expect(navigates(win, 'will-navigate', 'app://nianbao/index.html')).toBe(false);
  });

  it('serves app:// totally: the page with the CSP, 400 for bad escapes, 404 outside the folder or host', async () => {
    const dir = join(tempDataDir(), 'renderer');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'assets', 'a.js'), 'export {}');
    writeFileSync(join(dir, '..', 'secret.txt'), 'secret');
    registerAppProtocol(dir);
    const handle = recorded.protocolHandlers.get('app')!;
    const get = async (url: string) => {
      const res = await handle({ url });
      return { status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy'), text: await res.text() };
    };
    expect(await get('app://nianbao/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY });
    expect(await get('app://nianbao/assets/a.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect((await get('app://nianbao/%E0%A4%A')).status).toBe(400);
    expect((await get('app://nianbao/%')).status).toBe(400);
    for (const url of ['app://nianbao/../secret.txt', 'app://nianbao/%2e%2e/secret.txt', 'app://nianbao/assets/..%2f..%2fsecret.txt', 'app://nianbao/..%5csecret.txt', 'app://evil/index.html', 'app://nianbao/assets']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.text).not.toContain('secret');
    }
    expect((await get('::not a url')).status).toBe(400);
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
});
