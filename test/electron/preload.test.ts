// The built preload (out/preload/preload.cjs) in the sandbox Electron gives it: a vm context whose
// require serves only the modules a sandboxed preload may load (electron's renderer modules,
// events, timers, url), with stand-ins for contextBridge and ipcRenderer. It must load there and
// expose exactly window.api: one function per contract call plus onShellRequest, over IPC.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES, channelOf, SHELL_REPLY_CHANNEL, shellRequests, type RawApi } from '../../shared/api';

const SANDBOX_MODULES = new Set(['electron', 'events', 'timers', 'url']);

function loadPreload() {
  const exposed: Array<[string, unknown]> = [];
  const invoked: Array<[string, unknown]> = [];
  const sent: unknown[][] = [];
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.push([key, value]) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return Promise.resolve({ ok: true, value: channel });
      },
      on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => listeners.set(channel, fn),
      send: (...args: unknown[]) => sent.push(args),
    },
  };
  const required: string[] = [];
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (!SANDBOX_MODULES.has(name)) throw new Error(`a sandboxed preload cannot require '${name}'`);
    if (name !== 'electron') throw new Error(`unexpected require of '${name}'`);
    return electron;
  };
  const code = readFileSync(resolve(import.meta.dirname, '../../out/preload/preload.cjs'), 'utf8');
  const module = { exports: {} };
  const context = vm.createContext({ require: sandboxRequire, module, exports: module.exports });
  vm.runInContext(code, context, { filename: 'preload.cjs' });
  return { exposed, invoked, sent, listeners, required };
}

describe('the built preload in its sandbox', () => {
  it('loads with nothing but electron, and exposes exactly window.api', () => {
    const { exposed, required } = loadPreload();
    expect(required).toEqual(['electron']);
    expect(exposed.map(([key]) => key)).toEqual(['api']);
    const api = exposed[0]![1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES, 'onShellRequest'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call over its IPC channel, unchanged', async () => {
    const { exposed, invoked } = loadPreload();
    const api = exposed[0]![1] as RawApi;
    expect(await api.openReport({ id: 7 })).toEqual({ ok: true, value: channelOf('openReport') });
    expect(invoked).toEqual([[channelOf('openReport'), { id: 7 }]]);
  });

  it('answers the shell’s flush request: true with no screen listening, else the screen’s answer', async () => {
    const { exposed, listeners, sent } = loadPreload();
    const api = exposed[0]![1] as RawApi;
    const request = listeners.get(shellRequests.flush.channel)!;
    const answered = () => new Promise((r) => setTimeout(r, 5));
    request({}, 1);
    await answered();
    expect(sent).toEqual([[SHELL_REPLY_CHANNEL, 1, true]]);
    const off = api.onShellRequest('flush', async () => false);
    request({}, 2);
    await answered();
    expect(sent[1]).toEqual([SHELL_REPLY_CHANNEL, 2, false]);
    api.onShellRequest('flush', () => Promise.reject(new Error('disk full')));
    request({}, 3);
    await answered();
    expect(sent[2]).toEqual([SHELL_REPLY_CHANNEL, 3, shellRequests.flush.failed]);
    off();
  });
});
