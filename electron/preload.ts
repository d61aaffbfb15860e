// Thin shell, emitted as CommonJS so the renderer stays sandboxed. Exposes exactly the contract's
// calls as window.api — no raw ipcRenderer, nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, channelOf, type RawApi } from '../shared/api';

const api = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]),
) as unknown as RawApi;

contextBridge.exposeInMainWorld('api', api);
