// Thin shell: nothing typed is lost on the way out. Before the window closes (close button, quit,
// log-off) the page is asked to flush its pending saves (the contract's `flush` shell request).
// If that fails (full disk, locked file) or hangs, the user is asked before quitting, and the
// default is to stay. A Windows session that is ending cannot be stopped: flush briefly, then let
// the caller close the database.
import type { BrowserWindow, Event } from 'electron';
import { ask, type Question } from './ask';
import type { AppLog } from '../services/log';

/** How long the page gets to answer on close, and when the session ends (Windows gives ~5 s). */
export const FLUSH_TIMEOUT_MS = 5000;
export const SESSION_END_FLUSH_MS = 2000;

/** Staying is both the recommended answer and Esc. */
const UNSAVED_ON_QUIT: Question = {
  type: 'warning',
  message: '还有修改没有保存成功',
  detail: '可能是磁盘空间已满或数据文件被占用。现在退出，最近的修改会丢失。建议先返回，清理磁盘空间或关闭占用的程序，看到「已保存」后再退出。',
  buttons: ['返回，不退出', '仍然退出'],
  cancelId: 0,
};

export interface CloseGuardOptions {
  /** Asks the page to flush: true when everything is saved, false or 'timeout' otherwise. */
  flush: (timeoutMs: number) => Promise<boolean | 'timeout'>;
  /** The session is ending: close the database now (called after the brief flush). */
  onSessionEnd: () => void;
  log: AppLog;
}

export interface CloseGuard {
  /** For app 'before-quit': a quit from anywhere goes through the same flush as the close button. */
  beforeQuit(event: Event): void;
}

export function installCloseGuard(win: BrowserWindow, options: CloseGuardOptions): CloseGuard {
  let closing = false;
  let busy = false;

  win.on('close', (event) => {
    if (closing) return;
    event.preventDefault();
    if (busy) return;
    busy = true;
    void options
      .flush(FLUSH_TIMEOUT_MS)
      .catch(() => false as const)
      .then(async (saved) => {
        if (saved !== true && !win.isDestroyed()) {
          options.log.info('quit-unsaved', { answer: String(saved) });
          if (await ask(win, UNSAVED_ON_QUIT)) return;
        }
        closing = true;
        if (!win.isDestroyed()) win.close();
      })
      .finally(() => {
        busy = false;
      });
  });

  win.on('session-end', (event) => {
    options.log.info('session-end', { reasons: event.reasons.join(',') });
    closing = true;
    void options
      .flush(SESSION_END_FLUSH_MS)
      .catch(() => false as const)
      .then((saved) => options.log.info('session-end-flushed', { saved: saved === true }))
      .finally(options.onSessionEnd);
  });

  return {
    beforeQuit(event) {
      if (closing || win.isDestroyed()) return;
      event.preventDefault();
      win.close();
    },
  };
}
