// confirmImport: the report is created in one go from the preview and the user's mapping; nothing
// is written before; sections from the file are 待核对; an 'import' snapshot is left.
import { describe, expect, it } from 'vitest';
import type { Report, Section } from '../../../../shared/types';
import { seedText } from '../../../helpers/seedReports';
import { apiHarness, dbFingerprint } from './importHarness';

const byTitle = (report: Report, title: string): Section => {
  const s = report.sections.find((x) => x.title === title);
  if (!s) throw new Error(`no section 「${title}」 in ${report.sections.map((x) => x.title).join(' / ')}`);
  return s;
};

const unit = { fullName: '南通市海门区三星镇人民政府', kind: 'township' as const, superior: '海门区人民政府' };

const SMALL = [
  'XX镇人民政府关于2024年度法治政府建设情况的报告',
  '县人民政府：',
  '2024年，我镇扎实推进法治政府建设。现将有关情况报告如下：',
  '一、主要举措和成效',
  '（一）推进政府依法高效履职',
  '全年办理行政许可事项52件。',
  '（二）党建引领基层治理',
  '开展主题党日12次。',
  '二、网格化管理',
  '全镇划分网格36个。',
  '（一）网格员队伍',
  '配备专职网格员40名。',
  '三、存在的不足和原因',
  '宣传针对性不强。',
  '四、2025年工作计划',
  '继续加强执法队伍建设。',
  '特此报告。',
  'XX县XX镇人民政府',
  '2024年12月20日',
].join('\n');

describe('confirmImport', () => {
  it('writes nothing before confirm, then creates the report with sections 待核对 and an import snapshot', async () => {
    const api = await apiHarness();
    const before = dbFingerprint(api.store);
    const preview = await api.call('previewImport', { fileName: '三星镇.txt', data: Buffer.from(seedText(2)) });
    await api.call('previewImport', { previewId: preview.previewId, templateId: 'department' });
    expect(dbFingerprint(api.store)).toEqual(before);

    const report = await api.call('confirmImport', { previewId: preview.previewId, unit, year: 2024, templateId: 'township', mapping: [] });
    expect(report.year).toBe(2024);
    expect(report.templateId).toBe('township');
    expect(report.signatureDate).toBe('2024年12月31日');
    expect(report.signatureName).toBe('南通市海门区三星镇人民政府');
    expect(report.opening.startsWith('2024年，三星镇党委、政府')).toBe(true);
    // Seed 2 has all eight areas and the four other parts, and no 其他 part: that one is added empty.
    const other = report.sections.find((s) => s.templateKey === 'other')!;
    expect(other).toMatchObject({ body: '', status: 'empty', required: true });
    for (const s of report.sections.filter((x) => x.templateKey !== 'other')) expect(s.status, s.title).toBe('review');
    // An area links its guidance; it is never required.
    expect(byTitle(report, '推进行政机关依法高效履职情况')).toMatchObject({ templateKey: 'achievements.functions', level: 2, required: false });
    expect(byTitle(report, '推进行政机关依法高效履职情况').body).toContain('今年办理申领三星镇行政执法证11本');

    const snapshots = await api.call('listVersions', { reportId: report.id });
    expect(snapshots.map((s) => [s.kind, s.label])).toEqual([['import', '导入：三星镇.txt']]);
    const revisions = await api.call('listRevisions', { sectionId: byTitle(report, '推进行政机关依法高效履职情况').id });
    expect(revisions.map((r) => r.kind)).toEqual(['import']);

    // The preview is used up: a second confirm (a double click) creates nothing.
    const again = await api.fail('confirmImport', { previewId: preview.previewId, unit, year: 2024, templateId: 'township', mapping: [] });
    expect(again.code).toBe('IMPORT_EXPIRED');
    expect((await api.call('listReports', {})).length).toBe(1);
  });

  it('places unmatched sections in place, follows the user’s mapping, drops what they drop', async () => {
    const api = await apiHarness();
    const preview = await api.call('previewImport', { text: SMALL });
    const index = (title: string) => preview.entries.find((e) => e.sourceTitle === title)!.sourceIndex;
    expect(preview.entries.map((e) => [e.sourceTitle, e.targetKey])).toEqual([
      ['主要举措和成效', 'achievements'],
      ['推进政府依法高效履职', 'achievements.functions'],
      ['党建引领基层治理', null],
      ['网格化管理', null],
      ['网格员队伍', null],
      ['存在的不足和原因', 'problems'],
      ['2025年工作计划', 'plans'],
    ]);
    const report = await api.call('confirmImport', {
      previewId: preview.previewId,
      unit: { fullName: 'XX县XX镇人民政府', kind: 'township' },
      year: 2024,
      templateId: 'township',
      mapping: [
        { sourceIndex: index('党建引领基层治理'), targetKey: 'achievements.decisions', drop: false },
        { sourceIndex: index('网格化管理'), targetKey: null, drop: true },
      ],
    });
    const outline = report.sections.map((s) => [s.level, s.title, s.templateKey, s.status]);
    expect(outline).toEqual([
      [1, '主要举措和成效', 'achievements', 'review'],
      [2, '推进政府依法高效履职', 'achievements.functions', 'review'],
      // The other areas of the 2021 set are guidance: never added. Only the absent parts of the
      // 规定 are, once and empty.
      [2, '党建引领基层治理', 'achievements.decisions', 'review'],
      [1, '党政主要负责人履行推进法治建设第一责任人职责情况', 'duty', 'empty'],
      [1, '存在的不足和原因', 'problems', 'review'],
      [1, '2025年工作计划', 'plans', 'review'],
      [1, '其他需要报告的情况', 'other', 'empty'],
    ]);
    expect(report.sections.some((s) => s.body.includes('网格'))).toBe(false);
    expect(report.title).toBe('XX镇人民政府关于2024年度法治政府建设情况的报告');
    expect(report.addressee).toBe('县人民政府');
    expect(report.closing).toBe('特此报告。');
  });

  it('keeps an unmatched part with its children where it was', async () => {
    const api = await apiHarness();
    const preview = await api.call('previewImport', { text: SMALL });
    const report = await api.call('confirmImport', {
      previewId: preview.previewId,
      unit: { fullName: 'XX县XX镇人民政府', kind: 'township' },
      year: 2024,
      templateId: 'township',
      mapping: [],
    });
    const top = report.sections.filter((s) => s.parentId === null).map((s) => s.title);
    expect(top.slice(0, 3)).toEqual(['主要举措和成效', '网格化管理', '党政主要负责人履行推进法治建设第一责任人职责情况']);
    const grid = byTitle(report, '网格化管理');
    expect(grid).toMatchObject({ templateKey: null, required: false, body: '全镇划分网格36个。' });
    expect(byTitle(report, '网格员队伍')).toMatchObject({ parentId: grid.id, level: 2, body: '配备专职网格员40名。' });
    expect(byTitle(report, '党建引领基层治理')).toMatchObject({ templateKey: null, parentId: byTitle(report, '主要举措和成效').id });
  });

  it('refuses two sections on one template section, unknown keys and stale previews', async () => {
    const api = await apiHarness();
    const preview = await api.call('previewImport', { text: SMALL });
    const base = { previewId: preview.previewId, unit: { fullName: 'XX县XX镇人民政府', kind: 'township' as const }, year: 2024, templateId: 'township' };
    const twice = await api.fail('confirmImport', { ...base, mapping: [{ sourceIndex: 2, targetKey: 'achievements.functions', drop: false }] });
    expect(twice).toMatchObject({ code: 'BAD_INPUT' });
    expect(twice.message).toContain('同一个模板章节');
    const unknown = await api.fail('confirmImport', { ...base, mapping: [{ sourceIndex: 2, targetKey: 'achievements.nonsense', drop: false }] });
    expect(unknown.message).toContain('不存在');
    expect(await api.call('listReports', {})).toEqual([]);

    // Previews are kept for a few files only.
    for (let k = 0; k < 4; k++) await api.call('previewImport', { text: SMALL });
    expect((await api.fail('confirmImport', { ...base, mapping: [] })).code).toBe('IMPORT_EXPIRED');
    expect((await api.fail('previewImport', { previewId: preview.previewId })).code).toBe('IMPORT_EXPIRED');
  });

  it('refuses an input that is neither a file nor text, or both', async () => {
    const api = await apiHarness();
    expect((await api.fail('previewImport', { fileName: 'a.txt' })).message).toContain('请选择要导入的文件');
    expect((await api.fail('previewImport', { fileName: 'a.txt', data: Buffer.from('a'), text: 'a' })).code).toBe('BAD_INPUT');
    // Bytes travel as bytes: text (base64 or otherwise) in their place is refused by the contract.
    expect((await api.fail('previewImport', { fileName: 'a.txt', data: 'YQ==' as unknown as Uint8Array })).code).toBe('BAD_INPUT');
    expect((await api.fail('previewImport', { text: '   ' })).code).toBe('IMPORT_EMPTY');
  });
});
