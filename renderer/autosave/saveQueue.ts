// Autosave queue: per section the newest text wins; a save goes out after a short pause in typing,
// or at once on flush (blur, hide, quit, Ctrl+S). The state says 「已保存」 only once the main
// process has confirmed every pending write.

import type { Report } from '../../shared/types';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string };

export type SaveFn = (id: number, body: string) => Promise<unknown>;

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  now: () => number;
}

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export const SAVE_DELAY_MS = 700;
export const RETRY_DELAY_MS = 3000;

export class SaveQueue {
  private readonly pending = new Map<number, string>();
  /** Texts sent to the main process and not yet confirmed. */
  private readonly sending = new Map<number, string>();
  /** The last confirmed text of each section, numbered by the confirmations so far. */
  private readonly confirmed = new Map<number, { body: string; seq: number }>();
  private confirmations = 0;
  private timer: unknown = null;
  private inflight: Promise<void> | null = null;
  private state: SaveState = { kind: 'idle' };
  private readonly listeners = new Set<(s: SaveState) => void>();

  constructor(
    private readonly save: SaveFn,
    private readonly delayMs = SAVE_DELAY_MS,
    private readonly timers: Timers = defaultTimers,
  ) {}

  getState(): SaveState {
    return this.state;
  }

  subscribe(listener: (s: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  hasPending(): boolean {
    return this.pending.size > 0 || this.inflight !== null;
  }

  /** The text the UI should show for a section if a save is still queued for it. */
  pendingText(id: number): string | undefined {
    return this.pending.get(id);
  }

  /** A point in the queue's history: take it before asking the main process for a report. */
  mark(): number {
    return this.confirmations;
  }

  /**
   * The newest text of a section that a report read from the main process may lack: queued, on
   * its way, or confirmed after `since` (a mark taken before the read was asked for; without one,
   * only what is not confirmed yet). Anything that writes a section builds on this, never on an
   * older copy of the report.
   */
  newerText(id: number, since = this.confirmations): string | undefined {
    const waiting = this.pending.get(id) ?? this.sending.get(id);
    if (waiting !== undefined) return waiting;
    const last = this.confirmed.get(id);
    return last && last.seq > since ? last.body : undefined;
  }

  schedule(id: number, body: string): void {
    this.pending.set(id, body);
    this.setState({ kind: 'pending' });
    this.arm(this.delayMs);
  }

  /** Sends everything queued now and resolves when the main process has confirmed it all. */
  async flush(): Promise<void> {
    this.disarm();
    while (this.inflight || this.pending.size > 0) {
      if (this.inflight) {
        await this.inflight;
        continue;
      }
      this.inflight = this.sendAll().finally(() => {
        this.inflight = null;
      });
    }
  }

  private async sendAll(): Promise<void> {
    const batch = [...this.pending];
    this.pending.clear();
    for (const [id, body] of batch) this.sending.set(id, body);
    this.setState({ kind: 'saving' });
    for (const [i, [id, body]] of batch.entries()) {
      try {
        await this.save(id, body);
        this.sending.delete(id);
        this.confirmed.set(id, { body, seq: ++this.confirmations });
      } catch (err) {
        // Keep this text and the rest of the batch (not sent yet) unless the user typed something
        // newer meanwhile; retry later.
        for (const [laterId, laterBody] of batch.slice(i)) {
          this.sending.delete(laterId);
          if (!this.pending.has(laterId)) this.pending.set(laterId, laterBody);
        }
        const message = err instanceof Error ? err.message : String(err);
        this.setState({ kind: 'error', message });
        this.arm(RETRY_DELAY_MS);
        // Do not spin: the retry timer takes it from here.
        throw Object.assign(new Error(message), { retrying: true });
      }
    }
    if (this.pending.size === 0) this.setState({ kind: 'saved', at: this.timers.now() });
  }

  private arm(ms: number): void {
    this.disarm();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      this.flush().catch(() => undefined);
    }, ms);
  }

  private disarm(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(s: SaveState): void {
    // Every keystroke schedules: only the first of a burst tells the listeners (the indicator, and
    // the workspace that would otherwise draw itself again per keystroke for the same 「保存中」).
    if (s.kind === 'pending' && this.state.kind === 'pending') return;
    this.state = s;
    for (const l of this.listeners) l(s);
  }
}

/**
 * A report read from the main process, with the text of each section this window has newer (see
 * SaveQueue.newerText): the page's copy must never fall behind what the editor and the queue hold,
 * or a fix, a replace or a later read would build on text the user has already changed.
 */
export function withNewerText(report: Report, queue: Pick<SaveQueue, 'newerText'>, since?: number): Report {
  let changed = false;
  const sections = report.sections.map((s) => {
    const body = queue.newerText(s.id, since);
    if (body === undefined || body === s.body) return s;
    changed = true;
    return { ...s, body };
  });
  return changed ? { ...report, sections } : report;
}
