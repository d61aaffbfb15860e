// The reader process as the import reader sees it, whatever starts it: child_process.fork under
// Node (the CLI, tests, the e2e harness) or Electron's utilityProcess in the app (see
// electron/readerHost.ts). Either way it is a separate OS process: running out of memory there
// ends that process, never the caller.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Socket } from 'node:net';
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/errors';
import type { ReaderMessage, ReaderRequest } from './readerProtocol';

export interface ReaderEvents {
  message(msg: ReaderMessage): void;
  /** The process ended; `why` is diagnostics for the log (exit code or signal, end of stderr). */
  exit(why: string): void;
}

export interface ReaderProcess {
  send(req: ReaderRequest): void;
  /** Whether the process keeps its parent alive (Node: while a request is out, so a CLI waits
   *  for the answer but never for an idle reader). */
  hold(on: boolean): void;
  kill(): void;
}

/** Starts a reader process with this heap limit, reporting to `events`. */
export type SpawnReader = (heapMb: number, events: ReaderEvents) => ReaderProcess;

/** Names held in variables so the bundler leaves these paths alone (they are resolved at run time). */
const BUILT_ENTRY = 'reader/importReader.cjs';
const SOURCE_ENTRY = 'readerChild.ts';
const SOURCE_BOOT = 'readerDev.mjs';

export interface ReaderEntry {
  file: string;
  args: string[];
}

/**
 * Built: out/reader/importReader.cjs, one self-contained file beside out/main (the caller sits in
 * out/main or in a shared chunk below it); in the installed app, its copy unpacked from app.asar.
 * From source: readerChild.ts in this folder, through readerDev.mjs.
 */
export function resolveReaderEntry(base: string = import.meta.url): ReaderEntry {
  for (const rel of [`../${BUILT_ENTRY}`, `../../${BUILT_ENTRY}`]) {
    const packed = fileURLToPath(new URL(rel, base));
    const unpacked = packed.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
    for (const file of unpacked === packed ? [packed] : [unpacked, packed]) {
      if (existsSync(file)) return { file, args: [] };
    }
  }
  const source = fileURLToPath(new URL(SOURCE_ENTRY, base));
  const boot = fileURLToPath(new URL(SOURCE_BOOT, base));
  if (existsSync(source) && existsSync(boot)) return { file: boot, args: [pathToFileURL(source).href] };
  throw new AppError('INTERNAL', '程序文件不完整：找不到读取文件的组件，请重新安装年报助手。');
}

/** Keeps the last few KB of a stream: what a dying process printed, for the log. */
export function tailOf(stream: NodeJS.ReadableStream | null | undefined, max = 4096): () => string {
  let tail = '';
  stream?.on('data', (chunk: Buffer | string) => {
    tail = (tail + chunk.toString()).slice(-max);
  });
  return () => tail.trim();
}

/** The reader as a Node child process (structured-clone IPC, so bytes stay bytes). */
export function forkReader(entry: ReaderEntry = resolveReaderEntry()): SpawnReader {
  return (heapMb, events) => {
    const child = fork(entry.file, entry.args, {
      execArgv: [`--max-old-space-size=${heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const stderr = tailOf(child.stderr);
    child.on('message', (msg) => events.message(msg as ReaderMessage));
    // 'error' is a failed spawn or send; 'exit' follows a spawned process, and is reported once.
    let ended = false;
    const end = (why: string) => {
      if (ended) return;
      ended = true;
      events.exit(why);
    };
    child.on('error', (err) => end(`error ${err.message}`));
    // 'close' comes after 'exit' once stderr is drained, so the log gets V8's last words.
    child.on('close', (code, signal) => end(`${signal ? `signal ${signal}` : `code ${code}`}${stderr() ? `: ${stderr()}` : ''}`));
    const pipe = child.stderr as Socket | null;
    const hold = (on: boolean) => {
      if (on) {
        child.ref();
        child.channel?.ref();
        pipe?.ref();
      } else {
        child.unref();
        child.channel?.unref();
        pipe?.unref();
      }
    };
    hold(false);
    return {
      send: (req) => {
        if (child.connected) child.send(req);
      },
      hold,
      kill: () => {
        child.kill('SIGKILL');
      },
    };
  };
}
