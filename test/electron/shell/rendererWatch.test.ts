// A crashed or failed page is reloaded once; a second failure soon after gets a Chinese dialog
// (重新加载 / 退出) instead of a silent loop. Everything is logged, nothing of the report.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { logDir, openLog } from '../../../electron/services/log';
import { tempDataDir } from '../../helpers/tempDir';
import { fakeEvent, FakeWindow, recorded, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const { watchRenderer, RETRY_WINDOW_MS } = await import('../../../electron/shell/rendererWatch');

const settle = () => new Promise((r) => setTimeout(r, 10));

function watched() {
  const log = openLog(logDir(tempDataDir()));
  const win = new FakeWindow();
  const quit = vi.fn();
  let clock = 1_000_000;
  watchRenderer(win as never, { log, quit, now: () => clock });
  return { win, quit, log, advance: (ms: number) => (clock += ms) };
}

const gone = (win: FakeWindow, reason = 'crashed') => win.webContents.emit('render-process-gone', fakeEvent(), { reason, exitCode: 139 });

describe('watchRenderer', () => {
  beforeEach(resetFakeElectron);

  it('reloads a crashed page once, then asks; 退出 quits', async () => {
    const { win, quit, log } = watched();
    gone(win);
    await settle();
    expect(win.webContents.reload).toHaveBeenCalledOnce();
    expect(recorded.showMessageBox).not.toHaveBeenCalled();

    recorded.showMessageBox.mockResolvedValueOnce({ response: 1 });
    gone(win, 'oom');
    await settle();
    expect(recorded.showMessageBox).toHaveBeenCalledOnce();
    const [, options] = recorded.showMessageBox.mock.calls[0]! as [unknown, { message: string; buttons: string[] }];
    expect(options.message).toMatch(/界面/);
    expect(options.buttons).toEqual(['重新加载', '退出']);
    expect(win.webContents.reload).toHaveBeenCalledOnce();
    expect(quit).toHaveBeenCalledOnce();
    const lines = readFileSync(log.file!, 'utf8');
    expect(lines).toMatch(/renderer-gone .*"reason":"crashed"/);
    expect(lines).toMatch(/renderer-gave-up/);
  });

  it('重新加载 in the dialog reloads; a failure long after a reload is retried silently again', async () => {
    const { win, advance } = watched();
    gone(win);
    recorded.showMessageBox.mockResolvedValueOnce({ response: 0 });
    gone(win);
    await settle();
    expect(win.webContents.reload).toHaveBeenCalledTimes(2);
    advance(RETRY_WINDOW_MS + 1);
    gone(win);
    await settle();
    expect(win.webContents.reload).toHaveBeenCalledTimes(3);
    expect(recorded.showMessageBox).toHaveBeenCalledOnce();
  });

  it('treats a failed main-frame load like a crash, and ignores clean exits, aborts and subframes', async () => {
    const { win } = watched();
    gone(win, 'clean-exit');
    win.webContents.emit('did-fail-load', fakeEvent(), -3, 'ERR_ABORTED', 'app://nianbao/', true);
    win.webContents.emit('did-fail-load', fakeEvent(), -6, 'ERR_FILE_NOT_FOUND', 'app://nianbao/x', false);
    await settle();
    expect(win.webContents.reload).not.toHaveBeenCalled();
    win.webContents.emit('did-fail-load', fakeEvent(), -6, 'ERR_FILE_NOT_FOUND', 'app://nianbao/index.html', true);
    await settle();
    expect(win.webContents.reload).toHaveBeenCalledOnce();
  });
});
