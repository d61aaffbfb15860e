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
