// Calls through the real dispatcher (schema check, handler, errors as { code, message }), for tests
// that drive a handler table directly. `handlers` is read at each call: a test may swap the table.
import { dispatch, type Handlers } from '../../electron/services/api/dispatch';
import type { CallInput, CallName, CallOutput } from '../../shared/api';
import type { ApiError } from '../../shared/errors';

export function dispatchCalls(handlers: () => Handlers) {
  async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
    const result = await dispatch(handlers(), name, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as CallOutput<K>;
  }
  async function failure<K extends CallName>(name: K, input: CallInput<K>): Promise<ApiError> {
    const result = await dispatch(handlers(), name, input);
    if (result.ok) throw new Error(`${name} succeeded`);
    return result.error;
  }
  return { call, failure };
}
