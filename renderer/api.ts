// The UI's view of the API: window.api (from the preload, or the e2e bridge) returns results;
// here they become values or thrown ApiCallErrors with the Chinese message from the main side.
import { CALL_NAMES, type Api, type RawApi, type ShellHandler, type ShellRequestName } from '../shared/api';
import type { ErrorCode } from '../shared/errors';

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

function build(raw: RawApi | undefined): Api {
  return Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        if (!raw) throw new ApiCallError('NO_BRIDGE', '程序界面未能连接到数据服务，请重新启动年报助手。');
        const result = await (raw[name] as (i: unknown) => ReturnType<RawApi[typeof name]>)(input);
        if (result.ok) return result.value;
        throw new ApiCallError(result.error.code, result.error.message);
      },
    ]),
  ) as Api;
}

export const api: Api = build(window.api);

/** Registers the page's answer to a shell request (e.g. flush before the window closes). */
export function onShellRequest<K extends ShellRequestName>(name: K, handler: ShellHandler<K>): () => void {
  return window.api?.onShellRequest(name, handler) ?? (() => undefined);
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiCallError) return err.message;
  return '操作没有完成，请重试。';
}
