// `nianbao serve [--port N] [--data-dir D] [--no-open]`: browser mode from a terminal. Starts the
// server, prints the address (with its secret) in Chinese and English, opens it in the system's
// Chromium/Chrome/Edge when there is one, and on Ctrl+C / SIGTERM stops cleanly: open pages push
// their pending saves, then the database is closed and the data folder's lock released.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import { startBrowserMode } from '../web/browserMode';
import { findBrowser, openBrowser, thisHost } from '../web/openBrowser';
import type { CliIo } from './context';

export const SERVE_USAGE = `  serve [--port <端口>] [--no-open]       浏览器模式：在本机浏览器中使用年报助手（按 Ctrl+C 停止）`;

/** The built renderer next to the bundle that runs this (out/main/…/ → out/renderer). */
function rendererDir(): string {
  for (const rel of ['../renderer', '../../renderer']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  throw new AppError('INTERNAL', '找不到年报助手的界面文件（out/renderer）。请先在项目文件夹运行：npm run build');
}

export interface ServeOptions {
  dataDir: string;
  port: string | undefined;
  open: boolean;
  version: string;
  io: CliIo;
}

export async function runServe(options: ServeOptions): Promise<number> {
  const { io } = options;
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err('请用 --port 给出 1–65535 之间的端口号，例如 --port 8080（不写则自动选择空闲端口）');
    return 2;
  }
  let mode;
  try {
    mode = await startBrowserMode({ dataDir: options.dataDir, rendererDir: rendererDir(), version: options.version, port });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'EADDRINUSE') io.err(`错误：端口 ${port} 已被占用，请换一个端口，或不写 --port 让程序自动选择。`);
    else if (code === 'EACCES') io.err(`错误：没有权限使用端口 ${port}，请换一个大于 1024 的端口。`);
    else io.err(`错误：${err instanceof AppError ? err.message : (err as Error).message}`);
    return 1;
  }

  io.out(
    [
      '年报助手已在浏览器模式下启动 / Nianbao is running in browser mode',
      `  地址 / Address: ${mode.url}`,
      `  数据文件夹 / Data folder: ${options.dataDir}`,
      '  这个地址含有本次启动的访问密钥，请勿发给他人。/ The address holds this session’s key: do not share it.',
    ].join('\n'),
  );
  const found = options.open ? findBrowser(thisHost()) : { reason: '已按 --no-open 不自动打开' };
  if ('file' in found && openBrowser(found.file, mode.url, join(options.dataDir, 'browser-profile'))) {
    io.out(`已在浏览器中打开。/ Opened in ${found.file}.`);
  } else {
    const why = 'reason' in found ? found.reason : '浏览器未能启动';
    io.out(`请在 Chrome、Edge 或 Chromium 中打开上面的地址（${why}）。/ Open the address above in Chrome, Edge or Chromium.`);
  }
  io.out('按 Ctrl+C 停止（会先保存所有修改）。/ Press Ctrl+C to stop (pending saves are written first).');

  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  let stopping = false;
  let onSignal: (s: NodeJS.Signals) => void = () => undefined;
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    // Kept until the end: a second Ctrl+C while saving must not kill the process mid-write.
    onSignal = (s) => {
      if (stopping) return io.out('正在保存并关闭，请稍候… / Saving and closing, please wait…');
      stopping = true;
      resolve(s);
    };
    for (const s of signals) process.on(s, onSignal);
  });
  io.out(`正在停止（${signal}）：保存所有修改并关闭数据文件… / Stopping: saving and closing the data file…`);
  try {
    await mode.stop();
  } finally {
    for (const s of signals) process.off(s, onSignal);
  }
  io.out('已停止。/ Stopped.');
  return 0;
}
