// Two ways the CLI tests run `nianbao`: in-process through runCli with its output captured, and as
// the real bin.js in a child Node process (exit codes, stdout/stderr as a shell sees them).
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../../../electron/cli/cli';

export const BIN = resolve(import.meta.dirname, '../../../electron/cli/bin.js');

export async function cli(args: string[], stdin?: AsyncIterable<Uint8Array>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {}, { out: (t) => out.push(t), err: (t) => err.push(t), ...(stdin ? { stdin } : {}) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const execFileAsync = promisify(execFile);

/** bin.js with `args`; rejects (with code, stdout, stderr) on a non-zero exit. */
export function runBin(args: string[], options: { env?: NodeJS.ProcessEnv; uid?: number; gid?: number } = {}) {
  return execFileAsync(process.execPath, [BIN, ...args], options);
}
