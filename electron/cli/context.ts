// What every CLI command receives: its arguments, the shared handler table as `call`, and where to
// write. Commands never touch the store directly; they go through the same calls as the app.
import path from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../shared/api';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Standard input, for `nianbao import -`; absent where there is none (tests, the app). */
  stdin?: AsyncIterable<Uint8Array>;
}

export interface CommandContext {
  /** Positional arguments after the command's name. */
  args: string[];
  values: Record<string, string | boolean | undefined>;
  call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>;
  io: CliIo;
  json: boolean;
  /** Where relative paths are resolved (the shell's working folder). */
  cwd?: string;
}

export type Command = (ctx: CommandContext) => Promise<number>;

/** The report id a command was given as its one positional argument, or null after saying how to
 *  give it (`example` is the command line to show, e.g. 「nianbao export 1 --out 报告.docx」). */
export function reportIdArg(ctx: CommandContext, example: string, onlyArgument = false): number | null {
  const raw = ctx.args[0];
  const id = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0 || (onlyArgument && ctx.args.length > 1)) {
    ctx.io.err(`请给出${onlyArgument ? '一个' : ''}报告编号，例如：${example}（可用 nianbao list 查看编号）`);
    return null;
  }
  return id;
}

/** The one file a command was given, resolved against the shell's folder; null after printing
 *  `usage` when there is none or more than one. */
export function fileArg(ctx: CommandContext, usage: string): string | null {
  const given = ctx.args[0];
  if (!given || ctx.args.length > 1) {
    ctx.io.err(usage);
    return null;
  }
  return path.resolve(ctx.cwd ?? process.cwd(), given);
}

/** The value as JSON with --json, else the text. */
export function print(ctx: CommandContext, value: unknown, text: string): void {
  ctx.io.out(ctx.json ? JSON.stringify(value, null, 2) : text);
}
