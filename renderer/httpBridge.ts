// window.api in browser mode (`nianbao serve`, or `npm start` where Electron cannot run): the
// contract's calls as same-origin POSTs to the local server, built by the same buildRawApi as the
// preload; the shell's requests (flush before the server stops) arrive as server-sent events and
// are answered with a POST. The page also flushes when it is hidden or closed, as the desktop
// window does before it closes.
import { isShellRequestName, type RawApi, type Result } from '../shared/api';
import { buildRawApi, decodeWire, encodeWire, ShellResponder, type Invoke } from '../shared/bridge';
import { ERROR_MESSAGES, isErrorCode, type ApiError } from '../shared/errors';

const JSON_HEADERS = { 'content-type': 'application/json' };
/** fetch keepalive (which survives the page closing) takes bodies up to 64 KiB. */
const KEEPALIVE_MAX = 60_000;

const GONE: ApiError = {
  code: 'DISCONNECTED',
  message: ERROR_MESSAGES.DISCONNECTED,
};

function bytesToBase64(bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  });
}

const base64ToBytes = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

function asApiError(value: unknown): ApiError | null {
  const v = value as { code?: unknown; message?: unknown } | null;
  return v && isErrorCode(v.code) && typeof v.message === 'string' ? { code: v.code, message: v.message } : null;
}

const invoke: Invoke = async (name, input) => {
  let res: Response;
  try {
    const body = JSON.stringify(await encodeWire(input ?? {}, bytesToBase64));
    res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body,
      credentials: 'same-origin',
      keepalive: body.length < KEEPALIVE_MAX,
    });
  } catch {
    return { ok: false, error: GONE };
  }
  const payload: unknown = await res.json().catch(() => null);
  if (res.ok && payload && typeof payload === 'object' && 'ok' in payload) return decodeWire(payload, base64ToBytes) as Result<unknown>;
  // Refused by the server (403, 413, …): its { code, message } is already the user's message.
  return { ok: false, error: asApiError(payload) ?? { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
};

function answerShell(responder: ShellResponder): void {
  const events = new EventSource('/events');
  events.addEventListener('shell', (event) => {
    let msg: { id?: unknown; name?: unknown };
    try {
      msg = JSON.parse((event as MessageEvent<string>).data) as typeof msg;
    } catch {
      return;
    }
    const { id, name } = msg;
    if (typeof id !== 'number' || !isShellRequestName(name)) return;
    void responder.answer(name).then((value) =>
      fetch('/shell/reply', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ id, value }), keepalive: true }).catch(() => undefined),
    );
  });
  // Closing the tab or the browser gives no time to ask: push what is pending while the page goes.
  const flush = () => void responder.answer('flush');
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}

/** The page was served by browser mode's server (not the desktop window, not the test bridge). */
export const servedOverHttp = (): boolean => window.location.protocol === 'http:' || window.location.protocol === 'https:';

export function createHttpApi(): RawApi {
  const responder = new ShellResponder();
  answerShell(responder);
  return buildRawApi(invoke, responder);
}

/** Where the page downloads a file it exported (the server serves only those). */
export const downloadHref = (path: string): string => `/download?path=${encodeURIComponent(path)}`;
