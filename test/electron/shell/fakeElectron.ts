// A stand-in for the parts of Electron the shell uses, for tests: the binary cannot run here.
// Windows and web contents are event emitters whose events the tests fire as Electron would;
// dialogs, menus and IPC record what they were asked. Use as
//   vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  [key: string]: unknown;
}

export function fakeEvent(fields: Record<string, unknown> = {}): FakeEvent {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = { url: 'app://nianbao/index.html' };
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  crashed = false;
  windowOpenHandler: (() => unknown) | null = null;
  readonly reload = vi.fn();
  /** print(options, callback): the test calls the callback as the system dialog would. */
  readonly print = vi.fn();
  readonly printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.4'));
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isCrashed(): boolean {
    return this.crashed;
  }
  setWindowOpenHandler(fn: () => unknown): void {
    this.windowOpenHandler = fn;
  }
}

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  destroyed = false;
  closedCount = 0;
  loaded: string | null = null;
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    if (recorded.windowError) throw recorded.windowError;
    windows.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** What Electron does on close(): emit 'close'; the window goes unless a listener prevented it. */
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.closedCount++;
    this.destroyed = true;
    this.emit('closed');
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
}

export const windows: FakeWindow[] = [];

/** Everything the fake module records, reset between tests with resetFakeElectron(). */
export const recorded = {
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
  showErrorBox: vi.fn(),
  popups: [] as unknown[][],
  ipcOn: new Map<string, (...args: unknown[]) => void>(),
  ipcHandle: new Map<string, (...args: unknown[]) => unknown>(),
  protocolHandlers: new Map<string, (req: { url: string }) => Promise<Response>>(),
  permissionRequest: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
  permissionCheck: null as null | ((wc: unknown, p: string) => boolean),
  /** Thrown by the next BrowserWindow constructor (a start-up failure). */
  windowError: null as Error | null,
};

export function resetFakeElectron(): void {
  windows.length = 0;
  recorded.showMessageBox.mockReset();
  recorded.showMessageBox.mockResolvedValue({ response: 0 });
  recorded.showErrorBox.mockReset();
  recorded.popups.length = 0;
  recorded.ipcHandle.clear();
  recorded.protocolHandlers.clear();
  recorded.windowError = null;
  app.removeAllListeners();
  for (const fn of [app.releaseSingleInstanceLock, app.quit, app.exit]) fn.mockClear();
}

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  getVersion: () => '0.0.0-test',
  getAppPath: () => process.cwd(),
  getPath: vi.fn((name: string) => `/nonexistent/${name}`),
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  releaseSingleInstanceLock: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  quit: vi.fn(),
  exit: vi.fn(),
});

const PARENT_PORT_SHIM = pathToFileURL(path.join(import.meta.dirname, '..', 'parentPortShim.mjs')).href;

export interface UtilityForkOptions {
  execArgv: string[];
  serviceName: string;
  stdio: string[];
}

/**
 * utilityProcess as a real forked Node process that has only what a utility process has — a
 * process.parentPort (parentPortShim.mjs) — with what Electron's UtilityProcess offers:
 * message/exit events, postMessage, kill, stderr.
 */
export const utilityProcess = {
  forks: [] as Array<{ modulePath: string; args: string[]; options: UtilityForkOptions }>,
  fork(modulePath: string, args: string[], options: UtilityForkOptions) {
    utilityProcess.forks.push({ modulePath, args, options });
    const child = fork(modulePath, args, { execArgv: ['--import', PARENT_PORT_SHIM, ...options.execArgv], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const utility = Object.assign(new EventEmitter(), {
      stderr: child.stderr,
      postMessage: (message: unknown) => child.send(message as never),
      kill: () => child.kill('SIGKILL'),
    });
    child.on('message', (m) => utility.emit('message', m));
    child.on('exit', (code) => utility.emit('exit', code ?? 134));
    return utility;
  },
};

export const electronModule = {
  utilityProcess,
  app,
  BrowserWindow: FakeWindow,
  dialog: {
    showMessageBox: (...args: unknown[]) => recorded.showMessageBox(...args),
    showErrorBox: (...args: unknown[]) => recorded.showErrorBox(...args),
    showSaveDialog: vi.fn(),
    showOpenDialog: vi.fn(),
  },
  Menu: {
    setApplicationMenu: vi.fn(),
    buildFromTemplate: (template: unknown[]) => ({ popup: (opts: unknown) => recorded.popups.push([template, opts]) }),
  },
  ipcMain: {
    on: (channel: string, fn: (...args: unknown[]) => void) => recorded.ipcOn.set(channel, fn),
    handle: (channel: string, fn: (...args: unknown[]) => unknown) => recorded.ipcHandle.set(channel, fn),
  },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: (scheme: string, fn: (req: { url: string }) => Promise<Response>) => recorded.protocolHandlers.set(scheme, fn),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: typeof recorded.permissionRequest) => (recorded.permissionRequest = fn),
      setPermissionCheckHandler: (fn: typeof recorded.permissionCheck) => (recorded.permissionCheck = fn),
      on: vi.fn(),
    },
  },
  shell: { showItemInFolder: vi.fn(), openPath: vi.fn(() => Promise.resolve('')) },
};
