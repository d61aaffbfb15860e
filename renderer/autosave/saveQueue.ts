// Autosave queue: per section the newest text wins; a save goes out after a short pause in typing,
// or at once on flush (blur, hide, quit, Ctrl+S). The state says 「已保存」 only once the main
// process has confirmed every pending write.

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
    this.setState({ kind: 'saving' });
    for (const [id, body] of batch) {
      try {
        await this.save(id, body);
      } catch (err) {
        // Keep the text unless the user typed something newer meanwhile; retry later.
        if (!this.pending.has(id)) this.pending.set(id, body);
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
    this.state = s;
    for (const l of this.listeners) l(s);
  }
}
