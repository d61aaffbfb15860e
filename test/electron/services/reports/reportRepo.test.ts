import { describe, expect, it } from 'vitest';
import { plainOutline } from '../../../../electron/services/reports/plainOutline';
import { reportChars } from '../../../../shared/gongwen/zishu';
import { createReport, tempStore } from '../../../helpers/tempDir';

describe('ReportRepo.list', () => {
  it('counts 字数 in SQL exactly as the screens do: the whole text, whitespace not counted', async () => {
    const store = await tempStore();
    const created = createReport(store, {
      opening: '2025年，全乡\u3000坚持依法行政。', closing: '特此报告。\n',
      signatureName: '盘龙彝族乡人民政府', sections: plainOutline(),
    });
    const [first, second] = created.sections;
    store.sections.saveText(first!.id, '一是加强学法。\n\n二是严格执法， 𬌗口村调解纠纷12起。');
    store.sections.saveText(second!.id, '   ');
    const report = store.reports.open(created.id);
    const card = store.reports.list().find((r) => r.id === created.id)!;
    expect(card.charCount).toBe(reportChars(report));
    // 15 (opening) + 5 (closing) + 25 (sections; 𬌗 is one character, not two UTF-16 units).
    expect(card.charCount).toBe(45);
  });
});

describe('ReportRepo.ofUnitAndYear', () => {
  it('finds the reports of one unit and year, the one edited last first, as list() would', async () => {
    const store = await tempStore();
    const a = createReport(store, { title: 'a' });
    const b = createReport(store, { title: 'b' });
    createReport(store, { title: 'other year', year: 2024 });
    createReport(store, { title: 'other unit', unit: { fullName: '县司法局', kind: 'department' } });
    store.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run('2026-01-02T00:00:00.000Z', a.id);
    store.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run('2026-01-01T00:00:00.000Z', b.id);
    const found = store.reports.ofUnitAndYear('盘龙彝族乡人民政府', 2025);
    expect(found).toEqual([
      { id: a.id, title: 'a', updatedAt: '2026-01-02T00:00:00.000Z' },
      { id: b.id, title: 'b', updatedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    const listed = store.reports.list().filter((r) => r.unitName === '盘龙彝族乡人民政府' && r.year === 2025);
    expect(listed.map((r) => r.id)).toEqual(found.map((r) => r.id));
    expect(store.reports.ofUnitAndYear('盘龙彝族乡人民政府', 2023)).toEqual([]);
  });
});
