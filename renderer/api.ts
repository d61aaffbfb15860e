// The UI's view of the API: window.api (from the preload, the e2e bridge, or — in browser mode —
// built here over HTTP) returns results; here they become values or thrown ApiCallErrors with the
// Chinese message from the main side.
import { CALL_NAMES, type Api, type RawApi, type ShellHandler, type ShellRequestName } from '../shared/api';
import type { ErrorCode } from '../shared/errors';
import { createHttpApi, servedOverHttp } from './httpBridge';

declare global {
  interface Window {
    api?: RawApi;
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode | 'NO_BRIDGE',
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

const mediaListeners = new Set<() => void>();

/** Called whenever a call is refused because something could not be written (read-only, disk full):
 *  the app then asks whether it is the data's own medium and turns editing off if so. */
export function onMediaRefusal(listener: () => void): () => void {
  mediaListeners.add(listener);
  return () => mediaListeners.delete(listener);
}

function build(raw: RawApi | undefined): Api {
  return Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        if (!raw) throw new ApiCallError('NO_BRIDGE', '程序界面未能连接到数据服务，请重新启动年报助手。');
        const result = await (raw[name] as (i: unknown) => ReturnType<RawApi[typeof name]>)(input);
        if (result.ok) return result.value;
        if (result.error.code === 'READ_ONLY' || result.error.code === 'DISK_FULL') for (const listener of mediaListeners) listener();
        throw new ApiCallError(result.error.code, result.error.message);
      },
    ]),
  ) as Api;
}

/** Where the page runs: the desktop window (or the e2e bridge) hands it window.api; a page that
 *  browser mode's server sent builds window.api over HTTP from the same contract. */
export const transport: 'desktop' | 'browser' | 'none' = window.api ? 'desktop' : servedOverHttp() ? 'browser' : 'none';
if (transport === 'browser') window.api = createHttpApi();

export const api: Api = build(window.api);

/** Registers the page's answer to a shell request (e.g. flush before the window closes). */
export function onShellRequest<K extends ShellRequestName>(name: K, handler: ShellHandler<K>): () => void {
  return window.api?.onShellRequest(name, handler) ?? (() => undefined);
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiCallError) return err.message;
  return '操作没有完成，请重试。';
}
