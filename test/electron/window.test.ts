// Quitting with unsaved text: the window asks the renderer to flush, and only if that failed does
// it ask the user — defaulting to staying, so nothing typed is lost. Electron is mocked (the binary
// cannot run here); the close handler itself is real.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const showMessageBox = vi.fn();
vi.mock('electron', () => ({
  app: {},
  BrowserWindow: class {},
  dialog: { showMessageBox: (...args: unknown[]) => showMessageBox(...args) },
  protocol: {},
  session: {},
  shell: {},
}));

class FakeWindow {
  private handler: ((e: { preventDefault: () => void }) => void) | null = null;
  closed = 0;
  flushResult: Promise<unknown> = Promise.resolve(true);
  readonly webContents = { executeJavaScript: vi.fn(() => this.flushResult) };
  on(event: string, fn: (e: { preventDefault: () => void }) => void) {
    if (event === 'close') this.handler = fn;
  }
  isDestroyed() {
    return false;
  }
  /** What Electron does on close(): run the handler; the window closes unless it prevented it. */
  close() {
    let prevented = false;
    this.handler?.({ preventDefault: () => (prevented = true) });
    if (!prevented) this.closed++;
  }
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('flushBeforeClose', () => {
  beforeEach(() => showMessageBox.mockReset());

  it('closes once the renderer confirmed its saves', async () => {
    const { flushBeforeClose } = await import('../../electron/window');
    const win = new FakeWindow();
    flushBeforeClose(win as never);
    win.close();
    expect(win.closed).toBe(0);
    await settle();
    expect(win.webContents.executeJavaScript).toHaveBeenCalledOnce();
    expect(win.closed).toBe(1);
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('asks when a save failed, and stays by default', async () => {
    const { flushBeforeClose } = await import('../../electron/window');
    const win = new FakeWindow();
    win.flushResult = Promise.resolve(false);
    showMessageBox.mockResolvedValueOnce({ response: 0 });
    flushBeforeClose(win as never);
    win.close();
    await settle();
    expect(showMessageBox).toHaveBeenCalledOnce();
    const options = showMessageBox.mock.calls[0]![1] as { buttons: string[]; defaultId: number; cancelId: number };
    expect(options.buttons[options.defaultId]).toBe('返回，不退出');
    expect(options.cancelId).toBe(options.defaultId);
    expect(win.closed).toBe(0);

    // Asked again on the next attempt; 「仍然退出」 closes.
    showMessageBox.mockResolvedValueOnce({ response: 1 });
    win.close();
    await settle();
    expect(showMessageBox).toHaveBeenCalledTimes(2);
    expect(win.closed).toBe(1);
  });

  it('a renderer that cannot answer counts as unsaved', async () => {
    const { flushBeforeClose } = await import('../../electron/window');
    const win = new FakeWindow();
    win.flushResult = Promise.reject(new Error('render process gone'));
    showMessageBox.mockResolvedValueOnce({ response: 1 });
    flushBeforeClose(win as never);
    win.close();
    await settle();
    expect(showMessageBox).toHaveBeenCalledOnce();
    expect(win.closed).toBe(1);
  });
});
