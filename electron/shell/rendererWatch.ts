// Thin shell: when the page dies (renderer crash, killed by the OS for memory) or fails to load,
// reload it once; if it fails again soon after, say so in Chinese and let the user choose. Saved
// text is in the database either way; the log records what happened.
import type { BrowserWindow } from 'electron';
import { ask, type Question } from './ask';
import type { AppLog } from '../services/log';

/** A second failure within this time after a reload is not retried silently. */
export const RETRY_WINDOW_MS = 60_000;

/** Asked when the page failed again soon after a reload; Esc quits. */
const FAILED_AGAIN: Question = {
  type: 'error',
  message: '程序界面出现问题，未能恢复',
  detail: '已保存的内容不受影响（每次修改在 1 秒内写入数据文件）。可以再试一次重新加载；如仍不行，请退出后重新打开年报助手。',
  buttons: ['重新加载', '退出'],
  cancelId: 1,
};

export interface RendererWatchOptions {
  log: AppLog;
  /** Quit the app (after the user chose 退出). */
  quit: () => void;
  now?: () => number;
}

export function watchRenderer(win: BrowserWindow, options: RendererWatchOptions): void {
  const now = options.now ?? Date.now;
  let lastReload = -Infinity;
  let asking = false;

  const recover = async (what: string) => {
    if (win.isDestroyed() || asking) return;
    if (now() - lastReload > RETRY_WINDOW_MS) {
      lastReload = now();
      options.log.info('renderer-reload', { after: what });
      win.webContents.reload();
      return;
    }
    asking = true;
    try {
      const reload = await ask(win, FAILED_AGAIN);
      if (win.isDestroyed()) return;
      if (reload) {
        lastReload = now();
        options.log.info('renderer-reload', { after: what, asked: true });
        win.webContents.reload();
      } else {
        options.log.info('renderer-gave-up', { after: what });
        options.quit();
      }
    } finally {
      asking = false;
    }
  };

  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    options.log.info('renderer-gone', { reason: details.reason, exitCode: details.exitCode });
    void recover(`gone:${details.reason}`);
  });
  // A broken preload leaves the page without window.api (it says so); the log says why.
  win.webContents.on('preload-error', (_event, _path, error) => options.log.error('preload-error', error));
  win.webContents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    // -3 (ERR_ABORTED) is a navigation we cancelled ourselves, not a failure.
    if (!isMainFrame || errorCode === -3) return;
    options.log.info('renderer-load-failed', { errorCode, errorDescription });
    void recover(`load:${errorCode}`);
  });
}
