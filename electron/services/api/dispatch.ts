// Runs one API call: validate the payload with the contract's schema, call the handler, and turn
// every failure into { code, message } with a Chinese message. Used by IPC, the e2e bridge and the CLI.
import { z } from 'zod';
import { isCallName, type CallName, type CallOutput, type ParsedInput, type Result } from '../../../shared/api';
import { inputSchemas } from '../../../shared/apiInputs';
import { AppError, ERROR_MESSAGES, type ApiError, type ErrorCode } from '../../../shared/errors';

export type Handlers = {
  [K in CallName]: (input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>>;
};

/** SQLite's extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE, SQLITE_READONLY_DIRECTORY…)
 *  by their primary code, and the file-system codes that mean the same to a user. */
const FAILURES: ReadonlyArray<[RegExp, ErrorCode, string]> = [
  [/^(SQLITE_FULL|ENOSPC|EDQUOT)/, 'DISK_FULL', ERROR_MESSAGES.DISK_FULL],
  [/^(SQLITE_BUSY|SQLITE_LOCKED|EBUSY)/, 'DB_LOCKED', ERROR_MESSAGES.DB_LOCKED],
  [/^(SQLITE_READONLY|EROFS|EACCES|EPERM)/, 'READ_ONLY', ERROR_MESSAGES.READ_ONLY],
  [/^(SQLITE_IOERR|SQLITE_CANTOPEN|EIO)/, 'IO_ERROR', `${ERROR_MESSAGES.IO_ERROR}请检查磁盘后重试。`],
];

/** SQLite and file-system failures a user can act on, in their words. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof AppError) return { code: err.code, message: err.message };
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    for (const [pattern, apiCode, message] of FAILURES) if (pattern.test(code)) return { code: apiCode, message };
  }
  return { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL };
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return ERROR_MESSAGES.BAD_INPUT;
  const where = first.path.length ? `（字段 ${first.path.join('.')}）` : '';
  // Messages we wrote in the schema are Chinese already; zod's own are not shown to users.
  const own = /[\u4e00-\u9fff]/.test(first.message) ? first.message : '';
  return `${ERROR_MESSAGES.BAD_INPUT}${own ? own : ''}${where}`;
}

/** Where program errors (INTERNAL) are recorded besides the console: the app's or server's log. */
export type InternalErrorSink = (call: string, err: unknown) => void;

export async function dispatch(handlers: Handlers, name: unknown, payload: unknown, onInternal?: InternalErrorSink): Promise<Result<unknown>> {
  if (!isCallName(name)) return { ok: false, error: { code: 'UNKNOWN_CALL', message: ERROR_MESSAGES.UNKNOWN_CALL } };
  const parsed = (inputSchemas[name] as z.ZodType).safeParse(payload ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'BAD_INPUT', message: describeIssues(parsed.error) } };
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    const error = toApiError(err);
    if (error.code === 'INTERNAL') {
      console.error(`[api] ${name} failed:`, err);
      onInternal?.(name, err);
    }
    return { ok: false, error };
  }
}
