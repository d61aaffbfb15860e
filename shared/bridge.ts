// Builds window.api from the contract over one transport (Electron IPC in the preload, HTTP in
// browser mode, a Playwright binding in e2e tests): one function per call and the page's side of
// the shell requests. No transport keeps its own list of calls.
import {
  CALL_NAMES,
  shellRequests,
  type CallName,
  type RawApi,
  type Result,
  type ShellHandler,
  type ShellReply,
  type ShellRequestName,
} from './api';

/** Sends one call and resolves with its result (never rejects with an API error). */
export type Invoke = (name: CallName, input: unknown) => Promise<Result<unknown>>;

/** The page's registered answers to shell requests, at most one per request. */
export class ShellResponder {
  private readonly handlers = new Map<ShellRequestName, () => Promise<unknown>>();

  on<K extends ShellRequestName>(name: K, handler: ShellHandler<K>): () => void {
    this.handlers.set(name, handler);
    return () => {
      if (this.handlers.get(name) === handler) this.handlers.delete(name);
    };
  }

  /** The page's answer: the handler's, else the request's default; never throws. */
  async answer<K extends ShellRequestName>(name: K): Promise<ShellReply<K>> {
    const spec = shellRequests[name];
    const handler = this.handlers.get(name);
    let reply: unknown = spec.unanswered;
    if (handler) {
      try {
        const value = await handler();
        reply = spec.reply(value) ? value : spec.failed;
      } catch {
        reply = spec.failed;
      }
    }
    return reply as ShellReply<K>;
  }
}

export function buildRawApi(invoke: Invoke, responder: ShellResponder): RawApi {
  const calls = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => invoke(name, input)]));
  return {
    ...calls,
    onShellRequest: (name, handler) => responder.on(name, handler),
  } as RawApi;
}

/** JSON cannot carry bytes: on the HTTP transport a Uint8Array travels as { $bytes: base64 }. */
export const BYTES_KEY = '$bytes';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);

/** Every Uint8Array in a value (at any depth) replaced by { $bytes: encode(bytes) }. */
export async function encodeWire(value: unknown, encode: (bytes: Uint8Array) => string | Promise<string>): Promise<unknown> {
  if (value instanceof Uint8Array) return { [BYTES_KEY]: await encode(value) };
  if (Array.isArray(value)) return Promise.all(value.map((v) => encodeWire(v, encode)));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await encodeWire(v, encode);
    return out;
  }
  return value;
}

/** The reverse: every { $bytes: text } (and nothing else) becomes decode(text). */
export function decodeWire(value: unknown, decode: (text: string) => Uint8Array): unknown {
  if (Array.isArray(value)) return value.map((v) => decodeWire(v, decode));
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === BYTES_KEY && typeof value[BYTES_KEY] === 'string') return decode(value[BYTES_KEY]);
    return Object.fromEntries(keys.map((k) => [k, decodeWire(value[k], decode)]));
  }
  return value;
}
