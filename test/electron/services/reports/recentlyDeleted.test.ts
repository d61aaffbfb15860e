import { describe, expect, it } from 'vitest';
import { KEEP_DELETED_DAYS } from '../../../../electron/services/reports/recentlyDeleted';
import { openStore } from '../../../../electron/services/store';
import { createReport, manualClock, tempStore } from '../../../helpers/tempDir';

const DAY = 24 * 60 * 60 * 1000;

async function setUp() {
  const clock = manualClock();
  const store = await tempStore({ clock });
  const report = createReport(store);
  const part = store.sections.add(report.id, null, null, '一、主要举措');
  const area = store.sections.add(report.id, part.id, null, '（一）普法宣传');
  const other = store.sections.add(report.id, part.id, area.id, '（二）矛盾调解');
  store.sections.saveText(part.id, '全乡坚持依法行政。');
  store.sections.saveText(area.id, '开展普法宣传52次。');
  store.sections.saveText(other.id, '调解纠纷128起。');
  clock.advance(1000);
  return { store, clock, report, part, area, other };
}

describe('RecentlyDeleted', () => {
  it('lists each deletion once, with what went with it, and restores it with its text and history', async () => {
    const { store, clock, report, part, area, other } = await setUp();
    store.sections.remove(other.id);
    clock.advance(1000);
    store.sections.remove(part.id);
    const list = store.recentlyDeleted.list(report.id);
    expect(list.map((d) => [d.title, d.subsections, d.chars, d.parentTitle, d.parentDeleted])).toEqual([
      ['一、主要举措', 1, 9 + 10, null, false],
      ['（二）矛盾调解', 0, 9, '一、主要举措', true],
    ]);
    expect(Date.parse(list[0]!.expiresAt) - Date.parse(list[0]!.deletedAt)).toBe(KEEP_DELETED_DAYS * DAY);
    expect(list[0]!.daysLeft).toBe(KEEP_DELETED_DAYS);
    // A section whose heading is deleted too waits for the heading.
    expect(() => store.recentlyDeleted.restore(other.id)).toThrow(/上级标题「一、主要举措」也已删除，请先恢复/);
    store.recentlyDeleted.restore(part.id);
    expect(store.reports.open(report.id).sections.map((s) => s.title)).toEqual(['一、主要举措', '（一）普法宣传']);
    expect(store.recentlyDeleted.list(report.id).map((d) => [d.title, d.parentDeleted])).toEqual([['（二）矛盾调解', false]]);
    store.recentlyDeleted.restore(other.id);
    const back = store.reports.open(report.id);
    expect(back.sections.map((s) => [s.title, s.body])).toEqual([
      ['一、主要举措', '全乡坚持依法行政。'],
      ['（一）普法宣传', '开展普法宣传52次。'],
      ['（二）矛盾调解', '调解纠纷128起。'],
    ]);
    expect(store.history.revisions(area.id).map((r) => r.body)).toContain('开展普法宣传52次。');
    expect(store.recentlyDeleted.list(report.id)).toEqual([]);
    expect(() => store.recentlyDeleted.restore(other.id)).toThrow(/已经恢复，或删除已超过 30 天/);
  });

  it('keeps deletions 30 days, then removes them and their history for good at start-up', async () => {
    const { store, clock, report, area } = await setUp();
    store.sections.remove(area.id);
    clock.advance((KEEP_DELETED_DAYS - 1) * DAY);
    expect(store.recentlyDeleted.list(report.id).map((d) => d.daysLeft)).toEqual([1]);
    clock.advance(2 * DAY);
    expect(store.recentlyDeleted.list(report.id)).toEqual([]);
    const { dataDir } = store;
    await store.close();
    const again = await openStore({ dataDir, clock });
    try {
      expect(again.db.prepare('SELECT count(*) AS n FROM sections WHERE id = ?').get(area.id)).toEqual({ n: 0 });
      expect(again.db.prepare('SELECT count(*) AS n FROM revisions WHERE section_id = ?').get(area.id)).toEqual({ n: 0 });
      expect(again.reports.open(report.id).sections.map((s) => s.title)).toEqual(['一、主要举措', '（二）矛盾调解']);
    } finally {
      await again.close();
    }
  });
});
