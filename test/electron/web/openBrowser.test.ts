// Which browser browser mode opens, and when it only prints the address.
import { describe, expect, it } from 'vitest';
import { browserArgs, findBrowser, type BrowserHost } from '../../../electron/web/openBrowser';

const host = (over: Partial<BrowserHost>, files: string[] = []): BrowserHost => ({
  platform: 'linux',
  env: { PATH: '/usr/local/bin:/usr/bin', DISPLAY: ':0' },
  exists: (f) => files.includes(f),
  uid: 1000,
  ...over,
});

describe('findBrowser', () => {
  it('takes Chromium, Chrome or Edge from PATH on Linux', () => {
    expect(findBrowser(host({}, ['/usr/bin/google-chrome', '/usr/bin/chromium']))).toEqual({ file: '/usr/bin/chromium' });
    expect(findBrowser(host({}, ['/usr/bin/microsoft-edge-stable']))).toEqual({ file: '/usr/bin/microsoft-edge-stable' });
    expect(findBrowser(host({}, []))).toEqual({ reason: '没有找到 Chromium、Chrome 或 Edge 浏览器' });
  });

  it('opens nothing without a display, or as root (Chromium needs its sandbox)', () => {
    expect(findBrowser(host({ env: { PATH: '/usr/bin' } }, ['/usr/bin/chromium']))).toEqual({ reason: '当前没有图形界面' });
    expect(findBrowser(host({ uid: 0 }, ['/usr/bin/chromium']))).toEqual({ reason: '以 root 身份运行时浏览器无法安全启动' });
    expect(findBrowser(host({ env: { PATH: '/usr/bin', WAYLAND_DISPLAY: 'wayland-0' } }, ['/usr/bin/chromium']))).toEqual({ file: '/usr/bin/chromium' });
  });

  it('finds Edge or Chrome where Windows installs them', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'.replace(/\\/g, '/');
    const win = host({ platform: 'win32', env: { 'ProgramFiles(x86)': 'C:/Program Files (x86)', ProgramFiles: 'C:/Program Files' }, uid: null }, []);
    const found = findBrowser({ ...win, exists: (f) => f.replace(/\\/g, '/') === edge });
    expect('file' in found && found.file.replace(/\\/g, '/')).toBe(edge);
    expect(findBrowser(win)).toEqual({ reason: '没有找到 Edge 或 Chrome 浏览器' });
  });

  it('starts it as an app window with a profile of its own, sandbox on', () => {
    const args = browserArgs('http://127.0.0.1:1/?k=x', '/data/browser-profile');
    expect(args).toContain('--app=http://127.0.0.1:1/?k=x');
    expect(args).toContain('--user-data-dir=/data/browser-profile');
    expect(args.join(' ')).not.toMatch(/no-sandbox|disable-web-security/);
  });
});
