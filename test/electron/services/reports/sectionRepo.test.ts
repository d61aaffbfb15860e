import { describe, expect, it } from 'vitest';
import { COALESCE_MS } from '../../../../electron/services/reports/historyRepo';
import { plainOutline } from '../../../../electron/services/reports/plainOutline';
import { createReport, manualClock, tempStore } from '../../../helpers/tempDir';

async function storeWithReport() {
  const clock = manualClock();
  const store = await tempStore({ clock });
  const report = createReport(store, { signatureName: '盘龙彝族乡人民政府', sections: plainOutline() });
  return { store, clock, report };
}

describe('SectionRepo', () => {
  it('saves text, moves 未填写 to 编写中, and reads it back after reopening the file', async () => {
    const { store, report } = await storeWithReport();
    const first = report.sections[0]!;
    expect(first.status).toBe('empty');
    const saved = store.sections.saveText(first.id, '一是加强学法。\r\n二是严格执法。');
    expect(saved.status).toBe('draft');
    const { dataDir } = store;
    await store.close();
    const { openStore } = await import('../../../../electron/services/store');
    const again = await openStore({ dataDir });
    try {
      expect(again.reports.open(report.id).sections[0]!.body).toBe('一是加强学法。\n二是严格执法。');
    } finally {
      await again.close();
    }
  });

  it('coalesces autosaves into one revision per section per window', async () => {
    const { store, clock, report } = await storeWithReport();
    const id = report.sections[1]!.id;
    for (let i = 0; i < 10; i++) {
      store.sections.saveText(id, `第${i}稿`);
      clock.advance(1000);
    }
    expect(store.history.revisions(id)).toHaveLength(1);
    expect(store.history.revisions(id)[0]!.body).toBe('第9稿');
    clock.advance(COALESCE_MS);
    store.sections.saveText(id, '新窗口');
    expect(store.history.revisions(id).map((r) => r.body)).toEqual(['新窗口', '第9稿']);
  });

  it('a version leaves a revision named after it and ends the autosave window', async () => {
    const { store, report } = await storeWithReport();
    const id = report.sections[0]!.id;
    store.sections.saveText(id, '甲');
    store.versions.save(report.id, 'manual', '送审稿');
    store.sections.saveText(id, '乙');
    expect(store.history.revisions(id).map((r) => [r.kind, r.label, r.body])).toEqual([
      ['autosave', '', '乙'],
      ['snapshot', '送审稿', '甲'],
      ['autosave', '', '甲'],
    ]);
    expect(store.versions.list(report.id)).toHaveLength(1);
  });

  it('adds, reorders, removes with undo, and refuses to delete a required section', async () => {
    const { store, report } = await storeWithReport();
    const part1 = report.sections[0]!;
    const a = store.sections.add(report.id, part1.id, null, '自定义甲');
    const b = store.sections.add(report.id, part1.id, a.id, '自定义乙');
    expect(a.level).toBe(2);
    store.sections.move(b.id, 'up');
    const titles = () => store.reports.open(report.id).sections.filter((s) => s.parentId === part1.id).map((s) => s.title);
    expect(titles()).toEqual(['自定义乙', '自定义甲']);
    store.sections.saveText(a.id, '不能丢的文字');
    const removed = store.sections.remove(a.id);
    expect(titles()).toEqual(['自定义乙']);
    store.sections.restore(removed.removedIds);
    expect(titles()).toEqual(['自定义乙', '自定义甲']);
    expect(store.sections.get(a.id).body).toBe('不能丢的文字');
    expect(() => store.sections.remove(part1.id)).toThrow(/必填部分/);
  });

  it('finds text across reports with short and long queries', async () => {
    const { store, report } = await storeWithReport();
    store.sections.saveText(report.sections[0]!.id, '全面推行行政执法公示制度');
    const { searchSections } = await import('../../../../electron/services/reports/search');
    expect(searchSections(store.db, '执法公示')).toHaveLength(1);
    expect(searchSections(store.db, '公示')).toHaveLength(1);
    expect(searchSections(store.db, '复议')).toHaveLength(0);
  });
});
