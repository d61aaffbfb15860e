// Autosave queue: per section (and per report field: title, 主送机关, opening, closing, 落款) the
// newest text wins; a save goes out after a short pause in typing, or at once on flush (blur, hide,
// quit, Ctrl+S). One write at a time, in the order of intent, so an older answer never lands after
// a newer one. The state says 「已保存」 only once the main process has confirmed every pending write.

import { REPORT_TEXT_KEY, type ReportTextKey } from '../../shared/text/findReplace';
import type { UnsavedEdits } from '../../shared/api';
import type { Report } from '../../shared/types';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string };

/** A section's id, or the report field's name. */
export type SaveKey = number | ReportTextKey;

export type SaveFn = (key: SaveKey, body: string) => Promise<unknown>;

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
  private readonly pending = new Map<SaveKey, string>();
  /** Texts sent to the main process and not yet confirmed. */
  private readonly sending = new Map<SaveKey, string>();
  /** The last confirmed text of each section and field, numbered by the confirmations so far. */
  private readonly confirmed = new Map<SaveKey, { body: string; seq: number }>();
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
  pendingText(id: SaveKey): string | undefined {
    return this.pending.get(id);
  }

  /** Every text not confirmed yet — queued or on its way — the newest of each. */
  unconfirmed(): Map<SaveKey, string> {
    return new Map([...this.sending, ...this.pending]);
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
  newerText(id: SaveKey, since = this.confirmations): string | undefined {
    const waiting = this.pending.get(id) ?? this.sending.get(id);
    if (waiting !== undefined) return waiting;
    const last = this.confirmed.get(id);
    return last && last.seq > since ? last.body : undefined;
  }

  schedule(id: SaveKey, body: string): void {
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
  let sectionsChanged = false;
  const sections = report.sections.map((s) => {
    const body = queue.newerText(s.id, since);
    if (body === undefined || body === s.body) return s;
    sectionsChanged = true;
    return { ...s, body };
  });
  const fields: Partial<Record<ReportTextKey, string>> = {};
  for (const key of Object.values(REPORT_TEXT_KEY)) {
    const text = queue.newerText(key, since);
    if (text !== undefined && text !== report[key]) fields[key] = text;
  }
  if (!sectionsChanged && Object.keys(fields).length === 0) return report;
  return { ...report, ...fields, sections: sectionsChanged ? sections : report.sections };
}

/** What the queue could not save yet, as an export takes it (the file has what the editor shows). */
export function unsavedEdits(queue: Pick<SaveQueue, 'unconfirmed'>): UnsavedEdits | undefined {
  const edits: UnsavedEdits = {};
  for (const [key, body] of queue.unconfirmed()) {
    if (typeof key === 'number') (edits.sections ??= []).push({ id: key, body });
    else (edits.fields ??= {})[key] = body;
  }
  return edits.sections || edits.fields ? edits : undefined;
}
