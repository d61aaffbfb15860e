#!/usr/bin/env node
// `npm start [-- --browser] [-- --data-dir D] [-- --port N] [-- --no-open]`
// Builds the app, then opens it in Electron when this machine can run it — downloading the
// Electron program first if it is missing, and the Electron build of SQLite beside the Node one —
// and otherwise starts browser mode (`nianbao serve`), saying in Chinese and English why and what
// would make the desktop app work. Nothing here waits on a closed network.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronExecutable } from './electronAddon.mjs';
import { installElectron } from './electronBinary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Preparing SQLite for Electron: a download and a compile, never an open-ended wait. */
const ADDON_LIMIT_MS = 5 * 60_000;
const indent = (text) => text.replace(/\n/g, '\n            ');
const say = (zh, en, hint) => console.log(`[npm start] ${indent(zh)}${en ? `\n            ${en}` : ''}${hint ? `\n            ${indent(hint)}` : ''}`);
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const passOn = args.filter((a) => a !== '--browser');
// Desktop-only: browser mode ignores it; the app takes --data-dir and its own flags.
const appArgs = passOn.filter((a, i) => a !== '--no-open' && a !== '--port' && passOn[i - 1] !== '--port');

function node(script, scriptArgs) {
  return spawnSync(process.execPath, [path.join(root, script), ...scriptArgs], { cwd: root, stdio: 'inherit' }).status;
}

/** Electron 45 declares Node ≥ 22.12 for its tooling (the tests and browser mode run on 20). */
function nodeNote() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return;
  say(
    `提示：Electron 45 要求 Node.js ≥ 22.12，当前为 ${process.versions.node}。若桌面程序无法下载或启动，请升级 Node.js。`,
    `Note: Electron 45 wants Node.js >= 22.12 (this is ${process.versions.node}); upgrade Node.js if the desktop app fails.`,
  );
}

const MIRROR_HINT = [
  '若网络无法访问 GitHub，请设置镜像后重试 / If GitHub is out of reach, set a mirror and retry:',
  '  Linux/UOS/麒麟:  ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
  '  Windows (cmd):   set ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ && npm start',
  '若需通过代理上网 / Behind a proxy:  HTTPS_PROXY=http://代理地址:端口 npm start',
].join('\n');

/** Null when the desktop app can start; else why not: [Chinese, English, what to do]. */
async function desktopBlocker() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return ['当前没有图形界面（DISPLAY/WAYLAND_DISPLAY 未设置），桌面程序无法显示窗口。', 'There is no graphical display, so the desktop window cannot open.'];
  }
  nodeNote();
  if (!electronExecutable(root, process.env)) {
    const mirror = process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror || 'https://github.com/electron/electron/releases/download/';
    say(`正在下载 Electron 程序（约 100 MB，只需一次），来源：${mirror}`, `Downloading Electron (about 100 MB, once) from ${mirror}`);
    let shown = 0;
    const result = await installElectron({
      root,
      env: process.env,
      progress: (bytes) => {
        const mb = Math.floor(bytes / (5 * 1024 * 1024)) * 5;
        if (mb > shown) {
          shown = mb;
          say(`已下载 ${mb} MB…`, `${mb} MB downloaded…`);
        }
      },
    });
    if (!result.ok) {
      const stalled = result.reason === 'stalled';
      return [
        `无法下载 Electron：${stalled ? '连接长时间没有响应（网络不通或被阻断）' : '下载失败'}。${result.detail ? `\n${result.detail}` : ''}`,
        `Could not download Electron (${stalled ? 'no response' : 'download failed'}).`,
        MIRROR_HINT,
      ];
    }
    say('Electron 已下载。', 'Electron downloaded.');
  }
  // The Electron build of SQLite (once per Electron version; needs the network for its headers or
  // a prebuilt binary). In its own process with a time limit: a compile takes a minute or two,
  // a closed network must not keep `npm start` waiting.
  const addon = spawnSync(process.execPath, [path.join(root, 'scripts/ensureNative.mjs'), 'electron'], { cwd: root, stdio: 'inherit', timeout: ADDON_LIMIT_MS });
  if (addon.status !== 0) {
    const why = addon.error?.code === 'ETIMEDOUT' ? `${ADDON_LIMIT_MS / 60_000} 分钟内没有完成` : '见上方输出';
    return [`无法为 Electron 准备 SQLite 组件（${why}）。`, 'Could not prepare SQLite for Electron (this needs the network once: Electron headers or a prebuilt binary).', MIRROR_HINT];
  }
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    return ['以 root 身份运行时 Electron 不能启用沙箱，桌面程序不启动。请以普通用户运行。', 'Electron will not run as root with its sandbox on; run as a normal user.'];
  }
  return null;
}

/** Runs the desktop app; resolves with its exit code, or null when it died at once (cannot run here). */
function runDesktop() {
  const electron = electronExecutable(root, process.env);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const started = Date.now();
  const child = spawn(electron, [root, ...appArgs], { cwd: root, env, stdio: 'inherit' });
  // Ctrl+C reaches the app itself; this process only waits for it.
  process.on('SIGINT', () => undefined);
  return new Promise((resolve) => {
    child.on('error', () => resolve(null));
    child.on('exit', (code) => resolve(code !== 0 && Date.now() - started < 5000 ? null : (code ?? 1)));
  });
}

function runBrowserMode() {
  if (node('scripts/ensureNative.mjs', ['node']) !== 0) process.exit(1);
  const child = spawn(process.execPath, [path.join(root, 'electron/cli/bin.js'), 'serve', ...passOn], { cwd: root, stdio: 'inherit' });
  // Ctrl+C in the terminal reaches the server itself (same process group): it saves, closes and
  // exits, then so do we. A SIGTERM/SIGHUP sent to this process alone is passed on.
  process.on('SIGINT', () => undefined);
  for (const s of ['SIGTERM', 'SIGHUP']) process.on(s, () => child.kill(s));
  child.on('exit', (code) => process.exit(code ?? 1));
}

say('正在构建程序…', 'Building…');
if (node('node_modules/electron-vite/bin/electron-vite.js', ['build', '--logLevel', 'warn']) !== 0) {
  say('构建失败（见上方输出）。', 'The build failed (see above).');
  process.exit(1);
}
const blocker = forceBrowser ? ['按要求以浏览器模式启动（--browser）。', 'Browser mode as asked (--browser).'] : await desktopBlocker();
if (!blocker) {
  const code = await runDesktop();
  if (code !== null) process.exit(code);
  say('Electron 未能启动（见上方输出），改用浏览器模式。', 'Electron could not start (see above); starting browser mode instead.');
} else {
  say(...blocker);
  if (!forceBrowser) say('现在改用浏览器模式启动：同一个程序，在本机浏览器中使用。', 'Starting browser mode instead: the same app, in a browser on this PC.');
}
runBrowserMode();
