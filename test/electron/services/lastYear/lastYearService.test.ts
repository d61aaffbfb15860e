// 「以去年报告为基础」 through the API: a 2024 report from the imported 2023 seed report.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../shared/types';
import { findReviewMarks } from '../../../../shared/lastYear/reviewMarks';
import { seedText } from '../../../helpers/seedReports';
import { apiHarness, dbFingerprint, type ApiHarness } from '../import/importHarness';

async function imported2023(api: ApiHarness): Promise<Report> {
  const preview = await api.call('previewImport', { fileName: '盘龙彝族乡2023.txt', text: seedText(0) });
  return api.call('confirmImport', {
    previewId: preview.previewId,
    unit: { fullName: '盘龙彝族乡人民政府', kind: 'township', superior: '县人民政府' },
    year: 2023,
    templateId: 'township',
    mapping: [],
  });
}

describe('createFromLastYear', () => {
  it('copies structure and text, moves the year in title, opening and headings only, marks all 待核对', async () => {
    const api = await apiHarness();
    const base = await imported2023(api);
    const other = base.sections.find((s) => s.templateKey === 'other')!;
    await api.call('updateSection', { id: other.id, notApplicable: '本年度无其他需要报告的情况', checkedPoints: ['x'] });
    const baseBefore = await api.call('openReport', { id: base.id });
    const fingerprintRows = dbFingerprint(api.store).rows;

    const next = await api.call('createFromLastYear', { baseReportId: base.id, year: 2024 });
    expect(next).toMatchObject({ year: 2024, basedOn: base.id, unitId: base.unitId, templateId: 'township', headingStyle: base.headingStyle, signatureDate: '' });
    expect(base.title).toBe('盘龙彝族乡2023年法治政府建设工作报告');
    expect(next.title).toBe('盘龙彝族乡2024年法治政府建设工作报告');
    expect(base.opening.startsWith('2023年来，盘龙乡')).toBe(true);
    expect(next.opening).toBe(base.opening.replaceAll('2023年', '2024年'));

    expect(next.sections.map((s) => [s.level, s.templateKey, s.required])).toEqual(baseBefore.sections.map((s) => [s.level, s.templateKey, s.required]));
    expect(next.sections.map((s) => s.body)).toEqual(baseBefore.sections.map((s) => s.body));
    expect(next.sections.map((s) => s.title)).toEqual(baseBefore.sections.map((s) => (s.title === '2024年工作计划' ? '2025年工作计划' : s.title)));
    expect(next.sections.map((s) => s.status)).toEqual(next.sections.map(() => 'review'));
    expect(next.sections.find((s) => s.templateKey === 'other')).toMatchObject({ notApplicable: '本年度无其他需要报告的情况', checkedPoints: [] });
    // Parents are copied too: every level-2 section sits under the copy of its parent.
    const titleOf = (r: Report, id: number | null) => r.sections.find((s) => s.id === id)?.title ?? null;
    expect(next.sections.map((s) => titleOf(next, s.parentId)?.replace('2025', '2024') ?? null)).toEqual(
      baseBefore.sections.map((s) => titleOf(baseBefore, s.parentId)),
    );

    // The base report is untouched, and kept as a version as it was (its 「无此项」 came after the
    // import); the copy left one version.
    expect(await api.call('openReport', { id: base.id })).toEqual(baseBefore);
    expect((await api.call('listVersions', { reportId: base.id })).map((s) => [s.kind, s.label])).toEqual([
      ['derive', '以此为基础新建2024年报告前'],
      ['import', '导入：盘龙彝族乡2023.txt'],
    ]);
    expect((await api.call('listVersions', { reportId: next.id })).map((s) => [s.kind, s.label])).toEqual([['base', '以2023年报告为基础新建']]);
    expect(dbFingerprint(api.store).rows['sections']).toBe(fingerprintRows['sections']! + base.sections.length);

    // What the editor highlights in a copied section.
    const functions = next.sections.find((s) => s.templateKey === 'achievements.functions')!;
    const marks = findReviewMarks(functions.body, next.year);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => m.kind === 'figure')).toBe(true);
  });

  it('flags instead of rewriting: quoted names keep their year, the title names the unit, 主送 and 署名 are asked', async () => {
    const api = await apiHarness();
    const base = await imported2023(api);
    // An imported title that carried the site's name; an opening citing last year's rules.
    await api.call('updateReport', {
      id: base.id,
      patch: {
        title: '禄丰市人民政府盘龙彝族乡人民政府关于2023年度法治政府建设情况的报告',
        opening: '2023年，我乡按照《禄丰市2023年度法治建设成效考评细则》要求，现将2023年度工作报告如下：',
        addressee: '县人民政府',
      },
    });
    const next = await api.call('createFromLastYear', { baseReportId: base.id, year: 2024 });
    expect(next.title).toBe('盘龙彝族乡人民政府关于2024年度法治政府建设情况的报告');
    expect(next.opening).toBe('2024年，我乡按照《禄丰市2023年度法治建设成效考评细则》要求，现将2024年度工作报告如下：');
    expect(next.addressee).toBe('县人民政府');
    const { open } = await api.call('checkReport', { id: next.id });
    const asked = open.filter((f) => f.rule === 'reused-meta');
    expect(asked.map((f) => f.message)).toEqual([expect.stringContaining('主送机关“县人民政府”和署名“盘龙彝族乡人民政府”')]);
    expect(open.filter((f) => f.rule === 'reused-year' && f.field === 'opening').map((f) => f.message)).toEqual([
      expect.stringContaining('《禄丰市2023年度法治建设成效考评细则》'),
    ]);
  });

  it('shows last year’s plans and last year’s text beside this year’s', async () => {
    const api = await apiHarness();
    const base = await imported2023(api);
    const next = await api.call('createFromLastYear', { baseReportId: base.id, year: 2024 });

    const { plans } = await api.call('getLastYearPlans', { reportId: next.id });
    expect(plans).toMatchObject({ reportId: base.id, year: 2023, title: '2024年工作计划' });
    expect(plans!.text).toContain('进一步推进行政执法“三项制度”全面落实');

    const compare = await api.call('compareWithLastYear', { reportId: next.id });
    expect(compare.lastYear).toMatchObject({ id: base.id, year: 2023, title: base.title });
    expect(compare.pairs).toHaveLength(next.sections.length);
    for (const [k, pair] of compare.pairs.entries()) {
      expect(pair.sectionId).toBe(next.sections[k]!.id);
      expect(pair.lastYearSectionId).toBe(base.sections[k]!.id);
      expect(pair.lastYearBody).toBe(base.sections[k]!.body);
    }

    // A report made from the template (not cloned) compares with the unit's latest earlier one.
    const fresh = await api.call('createReport', { unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year: 2025 });
    const freshCompare = await api.call('compareWithLastYear', { reportId: fresh.id });
    expect(freshCompare.lastYear?.id).toBe(next.id);
    const plansPair = freshCompare.pairs.find((p) => p.sectionId === fresh.sections.find((s) => s.templateKey === 'plans')!.id)!;
    expect(plansPair.lastYearTitle).toBe('2025年工作计划');
    expect((await api.call('getLastYearPlans', { reportId: fresh.id })).plans?.year).toBe(2024);
  });

  it('refuses a year not after the base report, and has nothing to compare for a first report', async () => {
    const api = await apiHarness();
    const base = await imported2023(api);
    const error = await api.fail('createFromLastYear', { baseReportId: base.id, year: 2023 });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('应晚于');
    expect((await api.fail('createFromLastYear', { baseReportId: 999, year: 2024 })).code).toBe('NOT_FOUND');
    expect((await api.call('getLastYearPlans', { reportId: base.id })).plans).toBeNull();
    const compare = await api.call('compareWithLastYear', { reportId: base.id });
    expect(compare.lastYear).toBeNull();
    expect(compare.pairs.every((p) => p.lastYearSectionId === null)).toBe(true);
  });
});
