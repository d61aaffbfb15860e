// Reads import files off the main thread: one long-lived worker (started on first use, reused,
// stopped when idle) takes one file at a time. A file that takes longer than the time limit, or
// needs more than the worker's heap, gets its worker terminated and a refusal; the next file gets
// a fresh worker. The main thread only checks the size and hands the bytes over.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { ExtractedText } from './extract';
import { IMPORT_TIME_LIMIT_MS, MAX_FILE_BYTES, WORKER_HEAP_MB } from './limits';
import type { WorkerReply, WorkerRequest, WorkerResponse } from './workerProtocol';

/** Names held in variables so the bundler leaves these URLs alone (they are resolved at run time). */
const BUILT_ENTRY = 'importWorker.js';
const SOURCE_ENTRY = 'worker.ts';
const SOURCE_BOOT = 'workerDev.mjs';

export interface WorkerEntry {
  file: string;
  workerData?: { entry: string };
}

/**
 * Built: out/main/importWorker.js next to (or one folder above, when the caller sits in a shared
 * chunk) the bundle that calls this. From source: worker.ts in this folder, through workerDev.mjs.
 */
export function resolveWorkerEntry(base: string = import.meta.url): WorkerEntry {
  for (const rel of [BUILT_ENTRY, `../${BUILT_ENTRY}`]) {
    const file = fileURLToPath(new URL(rel, base));
    if (existsSync(file)) return { file };
  }
  const source = fileURLToPath(new URL(SOURCE_ENTRY, base));
  const boot = fileURLToPath(new URL(SOURCE_BOOT, base));
  if (existsSync(source) && existsSync(boot)) return { file: boot, workerData: { entry: pathToFileURL(source).href } };
  throw new AppError('INTERNAL', '程序文件不完整：找不到读取文件的组件，请重新安装年报助手。');
}

export interface ReaderOptions {
  /** Per file, counted from when the worker is ready (start-up is not the file's fault). */
  timeLimitMs?: number;
  /** Stop the worker after this long without work. */
  idleMs?: number;
  entry?: WorkerEntry;
}

interface Job {
  id: number;
  resolve: (value: ExtractedText) => void;
  reject: (err: AppError) => void;
  timer: NodeJS.Timeout | null;
}

export class ImportReader {
  private worker: Worker | null = null;
  /** Settles when the current worker has loaded its modules. */
  private ready: Promise<void> = Promise.resolve();
  private job: Job | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly timeLimitMs: number;
  private readonly idleMs: number;
  private readonly entry: WorkerEntry | undefined;
  /** Workers started so far (tests check that a time-out replaces the worker). */
  started = 0;

  constructor(options: ReaderOptions = {}) {
    this.timeLimitMs = options.timeLimitMs ?? IMPORT_TIME_LIMIT_MS;
    this.idleMs = options.idleMs ?? 60_000;
    this.entry = options.entry;
  }

  /** The text of a file; throws AppError (IMPORT_*) with the message to show. */
  read(fileName: string, bytes: Uint8Array): Promise<ExtractedText> {
    if (bytes.length > MAX_FILE_BYTES) return Promise.reject(new AppError('IMPORT_TOO_LARGE'));
    const run = this.chain.then(() => this.run(fileName, bytes));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Starts the worker ahead of use (e.g. when the import dialog opens). */
  warm(): void {
    this.ensureWorker();
    this.scheduleIdle();
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const w = this.worker;
    this.worker = null;
    const job = this.job;
    if (job) {
      if (job.timer) clearTimeout(job.timer);
      this.job = null;
      job.reject(new AppError('IMPORT_UNREADABLE', '读取已中止。'));
    }
    if (w) await w.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const entry = this.entry ?? resolveWorkerEntry();
    const worker = new Worker(entry.file, {
      workerData: entry.workerData,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: false,
      stderr: false,
    });
    this.started++;
    this.ready = new Promise<void>((resolve) => {
      worker.on('message', (msg: WorkerResponse) => ('ready' in msg ? resolve() : this.settle(msg)));
      // A worker that dies while starting settles the job through 'exit'; this only unblocks.
      worker.once('exit', () => resolve());
    });
    worker.on('error', (err: Error) => this.fail(worker, err));
    worker.on('exit', () => this.fail(worker, null));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private run(fileName: string, bytes: Uint8Array): Promise<ExtractedText> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.ensureWorker();
    // Our own copy, transferred: the caller's buffer may be a slice of a shared pool.
    const copy = new Uint8Array(bytes);
    const id = this.nextId++;
    return new Promise<ExtractedText>((resolve, reject) => {
      const job: Job = { id, resolve, reject, timer: null };
      this.job = job;
      worker.ref();
      const req: WorkerRequest = { id, fileName, bytes: copy };
      worker.postMessage(req, [copy.buffer]);
      void this.ready.then(() => {
        if (this.job !== job) return;
        job.timer = setTimeout(() => {
          this.job = null;
          this.discard(worker);
          reject(new AppError('IMPORT_TIMEOUT'));
        }, this.timeLimitMs);
      });
    });
  }

  private settle(msg: WorkerReply): void {
    const job = this.job;
    if (!job || job.id !== msg.id) return;
    this.finish();
    if (msg.ok) job.resolve(msg.value);
    else job.reject(new AppError(msg.code, msg.message));
  }

  private fail(worker: Worker, err: Error | null): void {
    if (worker !== this.worker) return;
    this.worker = null;
    const job = this.job;
    if (!job) return;
    this.finish();
    const oom = (err as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    job.reject(
      new AppError(
        oom ? 'IMPORT_UNSAFE' : 'IMPORT_UNREADABLE',
        oom ? '文件内容过于庞大或复杂，读取时超出内存限制，已停止。请确认选择的是年度报告的 Word 文件。' : undefined,
      ),
    );
  }

  private finish(): void {
    if (this.job?.timer) clearTimeout(this.job.timer);
    this.job = null;
    this.worker?.unref();
    this.scheduleIdle();
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }

  private scheduleIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }
}
