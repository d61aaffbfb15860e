// Entry of the reader process: requests in, recognised reports (or refusals) out. Runs as its own
// OS process — Electron's utilityProcess in the app, child_process.fork under Node (CLI, tests) —
// so a file that exhausts memory ends this process and never the app. Built as its own file
// (out/reader/importReader.cjs, self-contained; see electron.vite.config.ts); from source it starts through
// readerDev.mjs. Kept alive between requests; the parent kills it on a time-out.
import { AppError, ERROR_MESSAGES } from '../../../shared/errors';
import { readSource } from './readSource';
import type { ReadTimes, ReaderMessage, ReaderReply, ReaderRequest } from './readerProtocol';

/** Electron's port to the parent in a utility process (absent under Node). */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

function connect(): { send: (msg: ReaderMessage) => void; listen: (fn: (req: ReaderRequest) => void) => void } {
  const port = (process as { parentPort?: ParentPort }).parentPort;
  if (port) return { send: (msg) => port.postMessage(msg), listen: (fn) => port.on('message', (e) => fn(e.data as ReaderRequest)) };
  const send = process.send?.bind(process);
  if (!send) throw new Error('readerChild must run as a child process with an IPC channel');
  // Orphaned (the app or CLI is gone): nothing left to answer.
  process.on('disconnect', () => process.exit(0));
  return { send: (msg) => void send(msg), listen: (fn) => process.on('message', (m) => fn(m as ReaderRequest)) };
}

const channel = connect();

channel.listen((req) => {
  const times: ReadTimes = { readMs: 0, recogniseMs: 0, cpuMs: 0 };
  const cpu = process.cpuUsage();
  readSource(req, times).then(
    (value) => {
      const used = process.cpuUsage(cpu);
      times.cpuMs = (used.user + used.system) / 1000;
      channel.send({ id: req.id, ok: true, value, times } satisfies ReaderReply);
    },
    (err: unknown) => {
      const reply: ReaderReply =
        err instanceof AppError
          ? { id: req.id, ok: false, code: err.code, message: err.message }
          : { id: req.id, ok: false, code: 'IMPORT_UNREADABLE', message: ERROR_MESSAGES.IMPORT_UNREADABLE };
      channel.send(reply);
    },
  );
});

channel.send({ ready: true });
