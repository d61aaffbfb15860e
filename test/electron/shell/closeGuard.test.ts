// Quitting with unsaved text: the window asks the page to flush (the contract's `flush` shell
// request), and only if that failed does it ask the user — defaulting to staying, so nothing typed
// is lost. A quit from elsewhere (before-quit) takes the same path; a Windows session end flushes
// briefly and closes the database. Electron is faked (the binary cannot run here); the guard is real.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLog } from '../../../electron/services/log';
import { fakeEvent, FakeWindow, recorded, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const { installCloseGuard, FLUSH_TIMEOUT_MS, SESSION_END_FLUSH_MS } = await import('../../../electron/shell/closeGuard');

const settle = () => new Promise((r) => setTimeout(r, 10));

function guarded(answer: () => Promise<boolean | 'timeout'>) {
  const win = new FakeWindow();
  const flush = vi.fn((_ms: number) => answer());
  const onSessionEnd = vi.fn();
  const guard = installCloseGuard(win as never, { flush, onSessionEnd, log: silentLog });
  return { win, flush, onSessionEnd, guard };
}

describe('installCloseGuard', () => {
  beforeEach(resetFakeElectron);

  it('closes once the page confirmed its saves', async () => {
    const { win, flush } = guarded(async () => true);
    win.close();
    expect(win.closedCount).toBe(0);
    await settle();
    expect(flush).toHaveBeenCalledExactlyOnceWith(FLUSH_TIMEOUT_MS);
    expect(win.closedCount).toBe(1);
    expect(recorded.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks when a save failed, and stays by default', async () => {
    const { win } = guarded(async () => false);
    recorded.showMessageBox.mockResolvedValueOnce({ response: 0 });
    win.close();
    await settle();
    expect(recorded.showMessageBox).toHaveBeenCalledOnce();
    const options = recorded.showMessageBox.mock.calls[0]![1] as { buttons: string[]; defaultId: number; cancelId: number };
    expect(options.buttons[options.defaultId]).toBe('返回，不退出');
    expect(options.cancelId).toBe(options.defaultId);
    expect(win.closedCount).toBe(0);

    // Asked again on the next attempt; 「仍然退出」 closes.
    recorded.showMessageBox.mockResolvedValueOnce({ response: 1 });
    win.close();
    await settle();
    expect(recorded.showMessageBox).toHaveBeenCalledTimes(2);
    expect(win.closedCount).toBe(1);
  });

  it('a page that cannot answer (crashed, hung) counts as unsaved', async () => {
    for (const answer of [() => Promise.reject(new Error('render process gone')), async () => 'timeout' as const]) {
      resetFakeElectron();
      const { win } = guarded(answer);
      recorded.showMessageBox.mockResolvedValueOnce({ response: 1 });
      win.close();
      await settle();
      expect(recorded.showMessageBox).toHaveBeenCalledOnce();
      expect(win.closedCount).toBe(1);
    }
  });

  it('before-quit goes through the same flush, then lets the quit through', async () => {
    const { win, flush, guard } = guarded(async () => true);
    const quit = fakeEvent();
    guard.beforeQuit(quit as never);
    expect(quit.defaultPrevented).toBe(true);
    await settle();
    expect(flush).toHaveBeenCalledOnce();
    expect(win.closedCount).toBe(1);
    const again = fakeEvent();
    guard.beforeQuit(again as never);
    expect(again.defaultPrevented).toBe(false);
  });

  it('session-end flushes briefly, then closes the database, and nothing blocks the close after', async () => {
    const { win, flush, onSessionEnd } = guarded(async () => true);
    win.emit('session-end', fakeEvent({ reasons: ['logoff'] }));
    expect(flush).toHaveBeenCalledExactlyOnceWith(SESSION_END_FLUSH_MS);
    await settle();
    expect(onSessionEnd).toHaveBeenCalledOnce();
    win.close();
    expect(win.closedCount).toBe(1);
    expect(flush).toHaveBeenCalledOnce();
  });

  it('session-end closes the database even when the page does not answer', async () => {
    const { win, onSessionEnd } = guarded(() => Promise.reject(new Error('gone')));
    win.emit('session-end', fakeEvent({ reasons: ['shutdown', 'critical'] }));
    await settle();
    expect(onSessionEnd).toHaveBeenCalledOnce();
    expect(recorded.showMessageBox).not.toHaveBeenCalled();
  });
});
