// Reads import files and pastes in a separate process: one long-lived reader process (started on
// first use, reused, stopped when idle) takes one request at a time. A request that takes longer
// than the time limit gets its process killed and a refusal; one that needs more than the
// process's heap ends that process (never the app) and gets a refusal; the next request gets a
// fresh process. The caller's side only hands the bytes or text over and waits.
import { AppError } from '../../../shared/errors';
import { IMPORT_TIME_LIMIT_MS, READER_HEAP_MB } from '../../../shared/import/limits';
import type { ReadResult, ReadSource, ReadTimes, ReaderMessage, ReaderReply } from './readerProtocol';
import { forkReader, type ReaderProcess, type SpawnReader } from './readerProcess';
import type { AppLog } from '../log';

export interface ReaderOptions {
  /** Per request, counted from when the process is ready (start-up is not the file's fault). */
  timeLimitMs?: number;
  /** Stop the process after this long without work. */
  idleMs?: number;
  heapMb?: number;
  /** How the process is started: child_process.fork by default, utilityProcess in the app. */
  spawn?: SpawnReader;
  /** Where a reader that cannot even start is recorded (the app's or server's log). */
  log?: AppLog;
}

interface Job {
  id: number;
  resolve: (value: ReadResult) => void;
  reject: (err: AppError) => void;
  timer: NodeJS.Timeout | null;
  sentAt: number;
}

/** The last answered request's times: the reader's own (ReadTimes) and the whole round trip from
 *  handing the request over to having the answer, so the rest is the crossing between processes. */
export interface ReaderTimes extends ReadTimes {
  roundTripMs: number;
}

interface Running {
  process: ReaderProcess;
  /** Settles when the process has loaded its modules (or ended trying). */
  ready: Promise<void>;
  /** It said so: it loaded. A process that ends before that could not start at all. */
  started: boolean;
}

/** The reader could not start (a file of the program missing or broken): not the user's file. */
const WONT_START =
  '读取文件的组件无法启动，可能是程序文件不完整或已损坏。这不是所选文件的问题；已保存的内容不受影响。请重新安装年报助手后再导入。';

const CRASHED =
  '读取该文件时，读取组件因文件内容过于庞大或结构异常而停止（已超出内存限制）。程序和已保存的内容不受影响。请确认选择的是年度报告的 Word 文件，或在 Word/WPS 中另存为新的 .docx 后再导入。';

export class ImportReader {
  private running: Running | null = null;
  private job: Job | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly timeLimitMs: number;
  private readonly idleMs: number;
  private readonly heapMb: number;
  private readonly spawn: SpawnReader;
  private readonly log: AppLog | undefined;
  /** Processes started so far (tests check that a time-out replaces the process). */
  started = 0;
  /** Where the last answered request's time went (the import bench prints it). */
  lastTimes: ReaderTimes | null = null;

  constructor(options: ReaderOptions = {}) {
    this.timeLimitMs = options.timeLimitMs ?? IMPORT_TIME_LIMIT_MS;
    this.idleMs = options.idleMs ?? 60_000;
    this.heapMb = options.heapMb ?? READER_HEAP_MB;
    this.spawn = options.spawn ?? forkReader();
    this.log = options.log;
  }

  /** What a file or paste holds; throws AppError (IMPORT_*) with the message to show. */
  read(source: ReadSource): Promise<ReadResult> {
    const run = this.chain.then(() => this.run(source));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Starts the process ahead of use (e.g. when the import dialog opens). */
  warm(): void {
    this.ensureProcess();
    this.scheduleIdle();
  }

  async close(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const running = this.running;
    this.running = null;
    const job = this.job;
    if (job) {
      if (job.timer) clearTimeout(job.timer);
      this.job = null;
      job.reject(new AppError('IMPORT_UNREADABLE', '读取已中止。'));
    }
    running?.process.kill();
  }

  private ensureProcess(): Running {
    if (this.running) return this.running;
    let markReady = () => {};
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    const running: Running = {
      ready,
      started: false,
      process: this.spawn(this.heapMb, {
        message: (msg: ReaderMessage) => {
          if (!('ready' in msg)) return this.settle(msg);
          running.started = true;
          markReady();
        },
        exit: (why) => {
          // A process that dies while starting settles its job here; this only unblocks.
          markReady();
          this.ended(running, why);
        },
      }),
    };
    this.started++;
    this.running = running;
    return running;
  }

  private run(source: ReadSource): Promise<ReadResult> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const running = this.ensureProcess();
    const id = this.nextId++;
    return new Promise<ReadResult>((resolve, reject) => {
      const job: Job = { id, resolve, reject, timer: null, sentAt: performance.now() };
      this.job = job;
      running.process.hold(true);
      running.process.send({ id, ...source });
      void running.ready.then(() => {
        if (this.job !== job) return;
        job.timer = setTimeout(() => {
          this.job = null;
          this.discard(running);
          reject(new AppError('IMPORT_TIMEOUT'));
        }, this.timeLimitMs);
      });
    });
  }

  private settle(msg: ReaderReply): void {
    const job = this.job;
    if (!job || job.id !== msg.id) return;
    this.finish();
    if (!msg.ok) return job.reject(new AppError(msg.code, msg.message));
    this.lastTimes = { ...msg.times, roundTripMs: performance.now() - job.sentAt };
    job.resolve(msg.value);
  }

  private ended(running: Running, why: string): void {
    if (running !== this.running) return;
    this.running = null;
    const job = this.job;
    if (!job) return;
    this.finish();
    // Diagnostics for the log; the user sees the Chinese refusal.
    console.error(`[import] reader process ended during a request: ${why}`);
    if (!running.started) {
      this.log?.error('reader-start-failed', new Error(why));
      job.reject(new AppError('INTERNAL', WONT_START));
      return;
    }
    job.reject(new AppError('IMPORT_UNSAFE', CRASHED));
  }

  private finish(): void {
    if (this.job?.timer) clearTimeout(this.job.timer);
    this.job = null;
    this.running?.process.hold(false);
    this.scheduleIdle();
  }

  private discard(running: Running): void {
    if (this.running === running) this.running = null;
    running.process.kill();
    this.scheduleIdle();
  }

  private scheduleIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
    this.idleTimer.unref();
  }
}
