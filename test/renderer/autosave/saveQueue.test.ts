import { describe, expect, it } from 'vitest';
import { RETRY_DELAY_MS, SaveQueue, type SaveState, type Timers } from '../../../renderer/autosave/saveQueue';

/** Deterministic timers: time moves only when the test says so. */
function fakeTimers() {
  let now = 0;
  let seq = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      pending.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: (h) => void pending.delete(h as number),
    now: () => now,
  };
  return {
    timers,
    async advance(ms: number) {
      now += ms;
      for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          pending.delete(id);
          t.fn();
        }
      }
      for (let i = 0; i < 10; i++) await Promise.resolve();
    },
  };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SaveQueue', () => {
  it('saves once after typing pauses, newest text wins', async () => {
    const t = fakeTimers();
    const saved: Array<[number, string]> = [];
    const q = new SaveQueue(async (id, body) => void saved.push([id, body]), 700, t.timers);
    q.schedule(1, 'a');
    await t.advance(300);
    q.schedule(1, 'ab');
    await t.advance(300);
    q.schedule(1, 'abc');
    expect(saved).toEqual([]);
    await t.advance(700);
    expect(saved).toEqual([[1, 'abc']]);
    expect(q.getState().kind).toBe('saved');
  });

  it('says 已保存 only after the main side confirms', async () => {
    const t = fakeTimers();
    const gate = deferred();
    const states: SaveState['kind'][] = [];
    const q = new SaveQueue(() => gate.promise, 700, t.timers);
    q.subscribe((s) => states.push(s.kind));
    q.schedule(1, 'x');
    await t.advance(700);
    expect(q.getState().kind).toBe('saving');
    gate.resolve();
    await q.flush();
    expect(states).toEqual(['pending', 'saving', 'saved']);
  });

  it('flush sends at once, and text typed during a save goes out after it', async () => {
    const t = fakeTimers();
    const gates = [deferred(), deferred()];
    const saved: string[] = [];
    let call = 0;
    const q = new SaveQueue(async (_id, body) => {
      saved.push(body);
      await gates[call++]!.promise;
    }, 700, t.timers);
    q.schedule(1, 'one');
    const flushing = q.flush();
    q.schedule(1, 'two');
    gates[0]!.resolve();
    gates[1]!.resolve();
    await flushing;
    expect(saved).toEqual(['one', 'two']);
    expect(q.hasPending()).toBe(false);
  });

  it('keeps the text on failure, shows the error, and retries', async () => {
    const t = fakeTimers();
    let fail = true;
    const saved: string[] = [];
    const q = new SaveQueue(async (_id, body) => {
      if (fail) throw new Error('磁盘空间不足');
      saved.push(body);
    }, 700, t.timers);
    q.schedule(7, '重要的文字');
    await t.advance(700);
    expect(q.getState()).toEqual({ kind: 'error', message: '磁盘空间不足' });
    expect(q.pendingText(7)).toBe('重要的文字');
    fail = false;
    await t.advance(RETRY_DELAY_MS);
    expect(saved).toEqual(['重要的文字']);
    expect(q.getState().kind).toBe('saved');
  });

  it('a failed save does not overwrite newer text typed meanwhile', async () => {
    const t = fakeTimers();
    const gate = deferred();
    const saved: string[] = [];
    let first = true;
    const q = new SaveQueue(async (_id, body) => {
      if (first) {
        first = false;
        await gate.promise;
      }
      saved.push(body);
    }, 700, t.timers);
    q.schedule(1, 'old');
    const flushing = q.flush().catch(() => undefined);
    q.schedule(1, 'new');
    gate.reject(new Error('busy'));
    await flushing;
    expect(q.pendingText(1)).toBe('new');
    await q.flush();
    expect(saved).toEqual(['new']);
  });
});
