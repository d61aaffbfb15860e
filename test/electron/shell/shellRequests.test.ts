// The main process's side of a shell request: sent to the window's page with an id, answered on
// the reply channel by that window's main frame only, checked by the request's schema.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SHELL_REPLY_CHANNEL, shellRequests } from '../../../shared/api';
import { FakeWindow, recorded, resetFakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const { askPage } = await import('../../../electron/shell/shellRequests');

function sentId(win: FakeWindow): number {
  const last = win.webContents.sent.at(-1)!;
  expect(last.channel).toBe(shellRequests.flush.channel);
  return last.args[0] as number;
}

const reply = (sender: unknown, senderFrame: unknown, id: unknown, value: unknown) =>
  recorded.ipcOn.get(SHELL_REPLY_CHANNEL)!({ sender, senderFrame }, id, value);

describe('askPage', () => {
  beforeEach(resetFakeElectron);

  it('resolves with the page’s answer, sent from its own main frame', async () => {
    const win = new FakeWindow();
    const answer = askPage(win as never, 'flush', 1000);
    reply(win.webContents, win.webContents.mainFrame, sentId(win), true);
    expect(await answer).toBe(true);
  });

  it('ignores answers from another window or a subframe, and counts a malformed answer as failed', async () => {
    const win = new FakeWindow();
    const other = new FakeWindow();
    const answer = askPage(win as never, 'flush', 1000);
    const id = sentId(win);
    reply(other.webContents, other.webContents.mainFrame, id, true);
    reply(win.webContents, { url: 'app://nianbao/frame.html' }, id, true);
    reply(win.webContents, win.webContents.mainFrame, id, 'yes');
    expect(await answer).toBe(shellRequests.flush.failed);
  });

  it('gives up after the time limit, and at once for a crashed page', async () => {
    const win = new FakeWindow();
    expect(await askPage(win as never, 'flush', 20)).toBe('timeout');
    win.webContents.crashed = true;
    const sent = win.webContents.sent.length;
    expect(await askPage(win as never, 'flush', 10_000)).toBe('timeout');
    expect(win.webContents.sent.length).toBe(sent);
  });
});
