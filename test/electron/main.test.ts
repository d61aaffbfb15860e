// The app's lifecycle in electron/main.ts with Electron faked: a failure on the way up ends in a
// Chinese dialog, a log line and exit(1) with the single-instance lock released — never a
// window-less process holding it; a good start wires the window, IPC and the quit path.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, channelOf } from '../../shared/api';
import { lockDataDir } from '../../electron/services/dataLock';
import { tempDataDir } from '../helpers/tempDir';
import { fakeEvent } from './shell/fakeElectron';

const settle = () => new Promise((r) => setTimeout(r, 30));
let dataDir = '';
type Fake = typeof import('./shell/fakeElectron');
let fake: Fake;

/** A fresh main.ts over a fresh fake Electron (the one its import of 'electron' gets). */
async function startMain(before: (f: Fake) => void = () => undefined): Promise<Fake> {
  vi.resetModules();
  const fresh = await import('./shell/fakeElectron');
  fake = fresh;
  vi.doMock('electron', () => fresh.electronModule);
  before(fresh);
  await import('../../electron/main');
  // The start is asynchronous (the data file is opened, checked, maybe restored): it has ended
  // when it failed out loud (exit) or logged its last step.
  const log = join(dataDir, 'logs', 'main.log');
  await expect.poll(() => fresh.app.exit.mock.calls.length > 0 || (existsSync(log) && readFileSync(log, 'utf8').includes('window-created')), { timeout: 30_000 }).toBe(true);
  return fake;
}

describe('electron/main.ts', () => {
  beforeEach(() => {
    dataDir = tempDataDir();
    vi.stubEnv('NIANBAO_DATA_DIR', dataDir);
  });
  afterEach(async () => {
    // Close what a good start opened (will-quit closes the store).
    fake?.app.emit('will-quit', fakeEvent());
    await settle();
    vi.unstubAllEnvs();
  });

  it('a damaged data file with no backup: Chinese dialog, log, lock released, exit 1', async () => {
    writeFileSync(join(dataDir, 'nianbao.db'), 'this is not a database'.repeat(100));
    const { app, recorded, windows } = await startMain();
    expect(recorded.showErrorBox).toHaveBeenCalledOnce();
    const [title, text] = recorded.showErrorBox.mock.calls[0]! as [string, string];
    expect(title).toBe('年报助手无法启动');
    expect(text).toContain('数据文件已损坏');
    expect(text).toContain(join(dataDir, 'logs', 'main.log'));
    expect(app.releaseSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.exit).toHaveBeenCalledExactlyOnceWith(1);
    expect(windows).toEqual([]);
    lockDataDir(dataDir, 'browser').release(); // the folder's lock went with it
    const log = readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8');
    expect(log).toMatch(/INFO app-start/);
    expect(log).toMatch(/ERROR start-failed .*DB_CORRUPT_NO_BACKUP|ERROR start-failed .*AppError/);
  });

  it('a data folder that browser mode is using: refused in Chinese, nothing opened', async () => {
    const serving = lockDataDir(dataDir, 'browser');
    try {
      const { app, recorded, windows } = await startMain();
      const [, text] = recorded.showErrorBox.mock.calls[0]! as [string, string];
      expect(text).toContain('这个数据文件夹正由另一个年报助手使用');
      expect(app.exit).toHaveBeenCalledExactlyOnceWith(1);
      expect(windows).toEqual([]);
    } finally {
      serving.release();
    }
  });

  it('any other exception on the way up (here: the window) ends the same way', async () => {
    const { app, recorded } = await startMain((f) => (f.recorded.windowError = new Error('GPU process isn’t usable')));
    const [, text] = recorded.showErrorBox.mock.calls[0]! as [string, string];
    expect(text).toMatch(/^年报助手启动时出错：GPU process/);
    expect(app.releaseSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.exit).toHaveBeenCalledExactlyOnceWith(1);
    expect(readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8')).toMatch(/ERROR start-failed .*GPU process/);
  });

  it('--smoke-test: no window, no instance lock, the release check run, its result as the exit code', async () => {
    vi.stubGlobal('process', Object.assign(Object.create(process) as NodeJS.Process, { argv: [...process.argv, '--smoke-test'] }));
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      const { app, windows } = await startMain();
      await expect.poll(() => app.exit.mock.calls.length, { timeout: 30_000 }).toBe(1);
      expect(app.exit).toHaveBeenCalledWith(0);
      expect(windows).toEqual([]);
      expect(app.requestSingleInstanceLock).not.toHaveBeenCalled();
      expect(lines.join('')).toContain('冒烟测试通过');
    } finally {
      write.mockRestore();
      vi.unstubAllGlobals();
    }
  });

  it('a good start: one window, one IPC handler per call, quit closes the database', async () => {
    const { app, recorded, windows } = await startMain();
    expect(recorded.showErrorBox).not.toHaveBeenCalled();
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(windows).toHaveLength(1);
    expect(String((windows[0]!.options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]preload\.cjs$/);
    expect([...recorded.ipcHandle.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
    expect(app.listenerCount('second-instance')).toBe(1);
    // The app holds the folder's one-writer lock while it runs.
    expect(() => lockDataDir(dataDir, 'browser')).toThrow(/另一个年报助手/);

    // before-quit with the window open: held back and sent through the window's flush.
    const quit = fakeEvent();
    app.emit('before-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    expect(windows[0]!.webContents.sent.map((s) => s.channel)).toEqual(['shell:flush']);

    const willQuit = fakeEvent();
    app.emit('will-quit', willQuit);
    expect(willQuit.defaultPrevented).toBe(true);
    // Once the database is closed.
    await expect.poll(() => app.quit.mock.calls.length, { timeout: 30_000 }).toBeGreaterThan(0);
    app.emit('will-quit', fakeEvent());
    lockDataDir(dataDir, 'browser').release();
    expect(readFileSync(join(dataDir, 'logs', 'main.log'), 'utf8')).toMatch(/INFO window-created/);
  });
});
