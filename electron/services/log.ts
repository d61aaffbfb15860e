// The program's own log: a few lines a day in the data folder's logs/, so that a technician can see
// what happened on a township PC (start, stop, crashes, failed loads, program errors). It records
// events and errors only — never report text: details are short scalar fields, error messages are
// cut short. Writing the log never fails the caller (a read-only folder just gets no log).
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type LogDetail = Record<string, string | number | boolean | null>;

export interface AppLog {
  readonly file: string | null;
  info(event: string, detail?: LogDetail): void;
  error(event: string, err: unknown, detail?: LogDetail): void;
}

export interface LogOptions {
  /** Rotate when the current file reaches this size. */
  maxBytes?: number;
  /** Rotated files kept (main.1.log … main.N.log). */
  keep?: number;
  name?: string;
  now?: () => Date;
  /** Also echo to the console (the terminal of `nianbao serve`). */
  echo?: (line: string) => void;
}

const MAX_FIELD = 300;

const clip = (s: string) => (s.length > MAX_FIELD ? `${s.slice(0, MAX_FIELD)}…` : s);

function describeError(err: unknown): LogDetail {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    // The stack's first frames say where; messages are clipped so no long text rides along.
    const stack = (err.stack ?? '').split('\n').slice(1, 6).map((l) => l.trim()).join(' | ');
    return { error: err.name, code: typeof code === 'string' ? code : null, message: clip(err.message), stack: clip(stack) };
  }
  return { error: typeof err, message: clip(String(err)) };
}

function scalar(detail: LogDetail | undefined): LogDetail {
  const out: LogDetail = {};
  for (const [k, v] of Object.entries(detail ?? {})) out[k] = typeof v === 'string' ? clip(v) : v;
  return out;
}

export function openLog(dir: string, options: LogOptions = {}): AppLog {
  const maxBytes = options.maxBytes ?? 512 * 1024;
  const keep = options.keep ?? 3;
  const name = options.name ?? 'main';
  const now = options.now ?? (() => new Date());
  const file = join(dir, `${name}.log`);
  let usable = true;

  const rotate = () => {
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      return;
    }
    if (size < maxBytes) return;
    rmSync(join(dir, `${name}.${keep}.log`), { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      try {
        renameSync(join(dir, `${name}.${i}.log`), join(dir, `${name}.${i + 1}.log`));
      } catch {
        // Not there yet: fewer rotations so far.
      }
    }
    renameSync(file, join(dir, `${name}.1.log`));
  };

  const write = (level: 'INFO' | 'ERROR', event: string, detail: LogDetail) => {
    const line = `${now().toISOString()} ${level} ${event} ${JSON.stringify(detail)}`;
    options.echo?.(line);
    if (!usable) return;
    try {
      mkdirSync(dir, { recursive: true });
      rotate();
      appendFileSync(file, `${line}\n`, 'utf8');
    } catch {
      // A log that cannot be written must not take the program down; stop trying.
      usable = false;
    }
  };

  return {
    file,
    info: (event, detail) => write('INFO', event, scalar(detail)),
    error: (event, err, detail) => write('ERROR', event, { ...scalar(detail), ...describeError(err) }),
  };
}

/** A log that writes nowhere (tests, the one-shot CLI commands). */
export const silentLog: AppLog = { file: null, info: () => undefined, error: () => undefined };

/** The log folder inside a data folder. */
export const logDir = (dataDir: string) => join(dataDir, 'logs');
