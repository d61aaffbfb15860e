// Thin shell: one ipcMain handler per contract call. Checks the sender, then hands the payload to
// the shared dispatcher, which validates it against the contract.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CALL_NAMES, channelOf } from '../shared/api';
import { ERROR_MESSAGES } from '../shared/errors';
import { dispatch, type Handlers } from './services/api/dispatch';
import { isTrustedSender } from './services/api/sender';
import type { AppLog } from './services/log';

export function registerIpc(handlers: Handlers, getWindow: () => BrowserWindow | null, allowedOrigins: readonly string[], log: AppLog): void {
  const onInternal = (call: string, err: unknown) => log.error('api-error', err, { call });
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), (event: IpcMainInvokeEvent, payload: unknown) => {
      const win = getWindow();
      const trusted =
        win !== null &&
        !win.isDestroyed() &&
        isTrustedSender(
          { isOurMainFrame: event.senderFrame !== null && event.senderFrame === win.webContents.mainFrame, frameUrl: event.senderFrame?.url ?? '' },
          allowedOrigins,
        );
      if (!trusted) {
        log.info('ipc-refused', { call: name });
        return { ok: false, error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN } };
      }
      return dispatch(handlers, name, payload, onInternal);
    });
  }
}
