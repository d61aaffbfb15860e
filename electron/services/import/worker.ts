// Entry of the import worker thread: file bytes in, text (or a refusal) out. Built as its own
// file (out/main/importWorker.js, see electron.vite.config.ts); from source it is started through
// workerDev.mjs. Kept alive between files; the reader terminates it on a time-out.
import { parentPort } from 'node:worker_threads';
import { AppError, ERROR_MESSAGES } from '../../../shared/errors';
import { extractText } from './extract';
import type { WorkerReply, WorkerRequest, WorkerResponse } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('worker.ts must run in a worker thread');

port.postMessage({ ready: true } satisfies WorkerResponse);

port.on('message', (req: WorkerRequest) => {
  extractText(req.fileName, req.bytes).then(
    (value) => port.postMessage({ id: req.id, ok: true, value } satisfies WorkerReply),
    (err: unknown) => {
      const reply: WorkerReply =
        err instanceof AppError
          ? { id: req.id, ok: false, code: err.code, message: err.message }
          : { id: req.id, ok: false, code: 'IMPORT_UNREADABLE', message: ERROR_MESSAGES.IMPORT_UNREADABLE };
      port.postMessage(reply);
    },
  );
});
