// Thin shell: the main process's side of the contract's shell requests (shared/api.ts). Sends one
// to the window's page over IPC and waits for its answer on the reply channel — from that window's
// main frame only, validated by the request's schema — or for the time limit.
import { ipcMain, type BrowserWindow, type IpcMainEvent } from 'electron';
import { SHELL_REPLY_CHANNEL, shellRequests, type ShellReply, type ShellRequestName } from '../../shared/api';

interface Pending {
  name: ShellRequestName;
  win: BrowserWindow;
  resolve: (value: unknown) => void;
}

const pending = new Map<number, Pending>();
let nextId = 1;
let listening = false;

function onReply(event: IpcMainEvent, id: unknown, value: unknown): void {
  if (typeof id !== 'number') return;
  const waiting = pending.get(id);
  if (!waiting || waiting.win.isDestroyed()) return;
  const contents = waiting.win.webContents;
  if (event.sender !== contents || event.senderFrame !== contents.mainFrame) return;
  const spec = shellRequests[waiting.name];
  pending.delete(id);
  waiting.resolve(spec.reply(value) ? value : spec.failed);
}

/** The page's answer, or 'timeout' when it gave none in time (a hung or crashed renderer). */
export function askPage<K extends ShellRequestName>(win: BrowserWindow, name: K, timeoutMs: number): Promise<ShellReply<K> | 'timeout'> {
  if (!listening) {
    ipcMain.on(SHELL_REPLY_CHANNEL, onReply);
    listening = true;
  }
  if (win.isDestroyed() || win.webContents.isCrashed()) return Promise.resolve('timeout');
  const id = nextId++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      resolve('timeout');
    }, timeoutMs);
    pending.set(id, {
      name,
      win,
      resolve: (value) => {
        clearTimeout(timer);
        resolve(value as ShellReply<K>);
      },
    });
    win.webContents.send(shellRequests[name].channel, id);
  });
}
