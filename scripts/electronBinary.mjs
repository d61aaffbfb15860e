// Fetching the Electron program for `npm start`. Electron 42+ has no postinstall download, and
// electron-vite never triggers its lazy one, so a fresh checkout has no binary. This runs the
// electron package's own installer (node_modules/electron/install.js: ELECTRON_MIRROR, the
// download cache, checksums — all as Electron documents them) and watches it: when no byte
// arrives for `stallMs` (a closed network, a proxy that swallows the connection) it is stopped,
// so `npm start` falls back to browser mode instead of hanging.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Bytes below a folder (0 when it does not exist). */
function bytesIn(dir) {
  let total = 0;
  let entries = [];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) total += bytesIn(full);
    else {
      try {
        total += statSync(full).size;
      } catch {
        // Renamed or removed while we looked: the next look counts it.
      }
    }
  }
  return total;
}

const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

/** The installer's environment: its downloads land in `watchDir`, a proxy is used when one is set. */
export function installerEnv(env, watchDir) {
  const next = { ...env, TMPDIR: watchDir, TEMP: watchDir, TMP: watchDir };
  // @electron/get uses HTTPS_PROXY / HTTP_PROXY / NO_PROXY only when asked to.
  if (PROXY_VARS.some((k) => env[k]) && !env.ELECTRON_GET_USE_PROXY) next.ELECTRON_GET_USE_PROXY = 'true';
  return next;
}

/**
 * Runs electron's installer, reporting progress; resolves when it is done, failed or stalled.
 * @param {{ root: string, env: Record<string, string | undefined>, stallMs?: number,
 *   progress?: (bytes: number) => void }} options
 * @returns {Promise<{ ok: true } | { ok: false, reason: 'stalled' | 'failed', detail: string }>}
 */
export function installElectron({ root, env, stallMs = 30_000, progress = () => undefined }) {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const watchDir = mkdtempSync(path.join(tmpdir(), 'nianbao-electron-download-'));
  const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    env: installerEnv(env, watchDir),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let last = -1;
  let lastChange = Date.now();
  let stalled = false;
  const timer = setInterval(() => {
    // The download grows in the temp folder, then the zip is unpacked into dist/.
    const now = bytesIn(watchDir) + bytesIn(path.join(electronDir, 'dist'));
    if (now !== last) {
      last = now;
      lastChange = Date.now();
      if (now > 0) progress(now);
    } else if (Date.now() - lastChange > stallMs) {
      stalled = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    }
  }, 500);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(timer);
      rmSync(watchDir, { recursive: true, force: true });
      // The error line and the network cause (ECONNREFUSED, ENOTFOUND …), not the stack.
      const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
      const detail = [lines.find((l) => /Error\b|错误/.test(l) && !l.startsWith('at ')), lines.find((l) => /\b(E[A-Z]{3,}|HTTPError|Response code \d+)/.test(l) && !l.startsWith('at '))]
        .filter((l, i, all) => l && all.indexOf(l) === i)
        .join('\n');
      if (stalled) resolve({ ok: false, reason: 'stalled', detail });
      else if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, reason: 'failed', detail });
    });
  });
}
