import { describe, expect, it } from 'vitest';
import { RETRY_DELAY_MS, SaveQueue, unsavedEdits, withNewerText, type SaveKey, type SaveState, type Timers } from '../../../renderer/autosave/saveQueue';
import type { Report, Section } from '../../../shared/types';

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
    const saved: Array<[SaveKey, string]> = [];
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

  it('tells its listeners once per burst of typing, not once per keystroke', async () => {
    const t = fakeTimers();
    const states: SaveState['kind'][] = [];
    const q = new SaveQueue(() => Promise.resolve(), 700, t.timers);
    q.subscribe((s) => states.push(s.kind));
    for (const text of ['一', '一二', '一二三']) q.schedule(1, text);
    expect(states).toEqual(['pending']);
    await q.flush();
    q.schedule(1, '一二三四');
    q.schedule(1, '一二三四五');
    expect(states).toEqual(['pending', 'saving', 'saved', 'pending']);
    expect(q.pendingText(1)).toBe('一二三四五');
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
      if (fail) throw new Error('磁盘空间已满');
      saved.push(body);
    }, 700, t.timers);
    q.schedule(7, '重要的文字');
    await t.advance(700);
    expect(q.getState()).toEqual({ kind: 'error', message: '磁盘空间已满' });
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

  it('a failed save keeps the rest of its batch, not sent yet, for the retry', async () => {
    const t = fakeTimers();
    let fail = true;
    const saved: Array<[SaveKey, string]> = [];
    const q = new SaveQueue(async (id, body) => {
      if (fail) throw new Error('磁盘空间已满');
      saved.push([id, body]);
    }, 700, t.timers);
    // A 全部修正 across three sections: one batch.
    q.schedule(1, '甲');
    q.schedule(2, '乙');
    q.schedule(3, '丙');
    await t.advance(700);
    expect([1, 2, 3].map((id) => q.pendingText(id))).toEqual(['甲', '乙', '丙']);
    fail = false;
    await t.advance(RETRY_DELAY_MS);
    expect(saved).toEqual([[1, '甲'], [2, '乙'], [3, '丙']]);
  });

  it('newerText: queued, on its way, or confirmed after a mark — what a report read back may lack', async () => {
    const t = fakeTimers();
    const gate = deferred();
    const q = new SaveQueue(() => gate.promise, 700, t.timers);
    expect(q.newerText(1)).toBeUndefined();
    q.schedule(1, '排队中');
    expect(q.newerText(1)).toBe('排队中');
    const since = q.mark();
    const flushing = q.flush();
    // Sent, not confirmed: still newer than anything read back.
    expect(q.pendingText(1)).toBeUndefined();
    expect(q.newerText(1)).toBe('排队中');
    gate.resolve();
    await flushing;
    // Confirmed: newer than a read asked for before (its answer may have been taken earlier)…
    expect(q.newerText(1, since)).toBe('排队中');
    // …but not than one asked for after.
    expect(q.newerText(1)).toBeUndefined();
    expect(q.newerText(1, q.mark())).toBeUndefined();
  });

  it('withNewerText puts the newer text into a report read back, and leaves the rest as it was', () => {
    const section = (id: number, body: string) => ({ id, body }) as Section;
    const report = { id: 1, sections: [section(1, '旧'), section(2, '不变')] } as Report;
    const texts = new Map<SaveKey, string>([[1, '新']]);
    const merged = withNewerText(report, { newerText: (id) => texts.get(id) });
    expect(merged.sections.map((s) => s.body)).toEqual(['新', '不变']);
    expect(merged.sections[1]).toBe(report.sections[1]);
    expect(withNewerText(report, { newerText: () => undefined })).toBe(report);
  });

  it('withNewerText puts a report field queued (a title typed while the medium refused writes) into a report read back', () => {
    const report = { id: 1, title: '旧标题', closing: '结尾', sections: [{ id: 1, body: '正文' } as Section] } as Report;
    const texts = new Map<SaveKey, string>([['title', '新标题']]);
    const merged = withNewerText(report, { newerText: (key) => texts.get(key) });
    expect(merged.title).toBe('新标题');
    expect(merged.closing).toBe('结尾');
    // The sections, unchanged, keep their identity: nothing derived from them runs again.
    expect(merged.sections).toBe(report.sections);
  });

  it('one write at a time, in the order of intent: a report field saved twice is confirmed in order, the newest last', async () => {
    const t = fakeTimers();
    const first = deferred();
    const saved: Array<[SaveKey, string]> = [];
    let calls = 0;
    const q = new SaveQueue(async (key, body) => {
      if (calls++ === 0) await first.promise;
      saved.push([key, body]);
    }, 700, t.timers);
    q.schedule('title', '甲');
    const sending = q.flush();
    q.schedule('title', '乙');
    const again = q.flush();
    // The second waits for the first's answer: it cannot be answered before it.
    await t.advance(0);
    expect(saved).toEqual([]);
    first.resolve();
    await Promise.all([sending, again]);
    expect(saved).toEqual([['title', '甲'], ['title', '乙']]);
  });
});

describe('unsavedEdits', () => {
  it('gives nothing when all is saved, and every refused text (sections and report fields) when a save fails', async () => {
    const t = fakeTimers();
    let refuse = false;
    const q = new SaveQueue(async () => {
      if (refuse) throw new Error('数据所在位置只读');
    }, 700, t.timers);
    q.schedule(7, '已保存');
    await q.flush();
    expect(unsavedEdits(q)).toBeUndefined();
    refuse = true;
    q.schedule(7, '甲');
    q.schedule('addressee', '县人民政府');
    await expect(q.flush()).rejects.toThrow('数据所在位置只读');
    q.schedule(7, '甲乙');
    expect(unsavedEdits(q)).toEqual({ sections: [{ id: 7, body: '甲乙' }], fields: { addressee: '县人民政府' } });
  });
});
