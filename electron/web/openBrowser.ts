// Opens browser mode's address in the system's Chromium, Chrome or Edge as an app window, with a
// profile of its own in the data folder (no extensions of the user's browser can read the page,
// and its cookie stays apart). Nothing found, no display, or running as root (Chromium refuses to
// start without its sandbox, which must not be turned off) → the caller prints the address.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const LINUX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

/** Where Edge and Chrome install on Windows (per machine, then per user). */
function windowsCandidates(env: Record<string, string | undefined>): string[] {
  const roots = [env['ProgramFiles(x86)'], env['ProgramFiles'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
  return roots.flatMap((root) => [
    join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    join(root, 'Chromium', 'Application', 'chrome.exe'),
  ]);
}

export interface BrowserHost {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  exists: (file: string) => boolean;
  uid: number | null;
}

export const thisHost = (): BrowserHost => ({
  platform: process.platform,
  env: process.env,
  exists: existsSync,
  uid: typeof process.getuid === 'function' ? process.getuid() : null,
});

/** The browser to open, or why none is opened (a Chinese reason for the terminal). */
export function findBrowser(host: BrowserHost): { file: string } | { reason: string } {
  if (host.platform === 'win32') {
    const file = windowsCandidates(host.env).find(host.exists);
    return file ? { file } : { reason: '没有找到 Edge 或 Chrome 浏览器' };
  }
  if (host.platform === 'linux') {
    if (!host.env['DISPLAY'] && !host.env['WAYLAND_DISPLAY']) return { reason: '当前没有图形界面' };
    if (host.uid === 0) return { reason: '以 root 身份运行时浏览器无法安全启动' };
  }
  const dirs = (host.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const name of LINUX_NAMES) {
    const file = dirs.map((d) => join(d, name)).find(host.exists);
    if (file) return { file };
  }
  return { reason: '没有找到 Chromium、Chrome 或 Edge 浏览器' };
}

export function browserArgs(url: string, profileDir: string): string[] {
  return [`--app=${url}`, `--user-data-dir=${profileDir}`, '--no-first-run', '--no-default-browser-check', '--lang=zh-CN'];
}

/** Starts the browser detached; false when it could not be started. */
export function openBrowser(file: string, url: string, profileDir: string): boolean {
  try {
    const child = spawn(file, browserArgs(url, profileDir), { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
