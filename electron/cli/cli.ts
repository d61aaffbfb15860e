// `nianbao` command line: the same handler table as the app, over a data folder.
//   nianbao list [--json]
//   nianbao show <id> [--json]
//   nianbao new --unit <name> --kind <township|department> --year <yyyy> [--json]
// Every command takes --data-dir (default: NIANBAO_DATA_DIR or the app's data folder).
import { parseArgs } from 'node:util';
import type { CallInput, CallName, CallOutput } from '../../shared/api';
import { AppError, ERROR_MESSAGES } from '../../shared/errors';
import { handlerEnv } from '../services/api/handlers';
import { openSession, type Session } from '../services/api/session';
import { logDir, openLog } from '../services/log';
import { dispatch } from '../services/api/dispatch';
import { resolveDataDir } from '../services/paths';
import { COMMANDS, USAGE } from './commands';
import { visibleControls } from './format';
import type { CliIo, Command, CommandContext } from './context';
import { defaultUserDataDir } from './userDataDir';
import { runServe } from './serve';

const VERSION = '0.1.0';

export async function runCli(argv: string[], env: Record<string, string | undefined>, rawIo: CliIo): Promise<number> {
  // Text from imported files reaches the terminal here: its control characters are shown, not obeyed.
  const io: CliIo = { ...rawIo, out: (t) => rawIo.out(visibleControls(t)), err: (t) => rawIo.err(visibleControls(t)) };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        unit: { type: 'string' },
        from: { type: 'string' },
        kind: { type: 'string' },
        year: { type: 'string' },
        out: { type: 'string' },
        'keep-empty': { type: 'boolean', default: false },
        template: { type: 'string' },
        'with-history': { type: 'boolean', default: false },
        'as-copy': { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        port: { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        yes: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    io.err(`参数有误：${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const [name, ...rest] = parsed.positionals;
  if (!name || parsed.values.help) {
    (name || parsed.values.help ? io.out : io.err)(USAGE);
    return name || parsed.values.help ? 0 : 2;
  }
  const dataDir = resolveDataDir(argv, env, defaultUserDataDir(env));
  // Long-running: it holds the data folder itself (lock, store, server) until Ctrl+C.
  if (name === 'serve') return runServe({ dataDir, port: parsed.values.port, open: !parsed.values['no-open'], version: VERSION, io });
  const command: Command | undefined = COMMANDS[name];
  if (!command) {
    io.err(`未知命令：${name}\n${USAGE}`);
    return 2;
  }

  let session: Session | undefined;
  try {
    session = await openSession({ dataDir }, handlerEnv(VERSION));
    const { handlers } = session;
    // Read commands work on a write-protected stick; say once why a change would be refused.
    if (session.store.readOnly) io.err(`提示：${session.store.readOnly.message}。`);
    const call = async <K extends CallName>(k: K, input: CallInput<K>): Promise<CallOutput<K>> => {
      const result = await dispatch(handlers, k, input);
      if (!result.ok) throw new AppError(result.error.code, result.error.message);
      return result.value as CallOutput<K>;
    };
    const ctx: CommandContext = { args: rest, values: parsed.values, call, io, json: parsed.values.json ?? false };
    return await command(ctx);
  } catch (err) {
    if (err instanceof AppError) {
      io.err(`错误：${err.message}`);
    } else {
      // Only Chinese reaches the user; what went wrong goes to the log for a technician.
      openLog(logDir(dataDir), { name: 'cli' }).error('cli.failed', err, { command: name });
      io.err(`错误：${ERROR_MESSAGES.INTERNAL}`);
    }
    return 1;
  } finally {
    await session?.close();
  }
}
