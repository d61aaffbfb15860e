// Thin shell, emitted as CommonJS so the renderer stays sandboxed. Exposes exactly the contract
// as window.api — its calls over ipcRenderer.invoke and the page's answers to shell requests —
// no raw ipcRenderer, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, SHELL_REPLY_CHANNEL, SHELL_REQUEST_NAMES, shellRequests } from '../shared/api';
import { buildRawApi, ShellResponder } from '../shared/bridge';

const responder = new ShellResponder();
for (const name of SHELL_REQUEST_NAMES) {
  ipcRenderer.on(shellRequests[name].channel, (_event, id: unknown) => {
    void responder.answer(name).then((reply) => ipcRenderer.send(SHELL_REPLY_CHANNEL, id, reply));
  });
}

contextBridge.exposeInMainWorld(
  'api',
  buildRawApi((name, input) => ipcRenderer.invoke(channelOf(name), input), responder),
);
