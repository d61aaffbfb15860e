// Two ways the CLI tests run `nianbao`: in-process through runCli with its output captured, and as
// the real bin.js in a child Node process (exit codes, stdout/stderr as a shell sees them).
import { execFile, spawn } from 'node:child_process';
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

export interface BinRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** bin.js with `args` and `input` on its standard input; a child still running after `hangMs` is
 *  killed (signal SIGKILL): a limit for hangs, not a speed test. Never rejects on an exit code. */
export function runBinWithInput(args: string[], input: Buffer, hangMs: number): Promise<BinRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'], timeout: hangMs, killSignal: 'SIGKILL' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    // A refusal before all of stdin is read closes the pipe: that is not the caller's failure.
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input);
  });
}
