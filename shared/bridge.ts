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
        const parsed = spec.reply.safeParse(await handler());
        reply = parsed.success ? parsed.data : spec.failed;
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
