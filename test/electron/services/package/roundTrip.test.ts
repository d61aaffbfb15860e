// A report packed on one PC and unpacked into another data folder is the same report, through the
// API: sections, unit, versions (with --with-history) and the 审校 「忽略」 list and the unit's
// format settings. Unpacking it again offers a copy or a replacement (the replaced report is kept as
// a version first). The CLI does the same with pack/unpack.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../shared/types';
import type { VersionContent } from '../../../../shared/versions/content';
import { versionContentOf } from '../../../../shared/versions/content';
import { runCli } from '../../../../electron/cli/cli';
import { seedReport } from '../../../helpers/seedReports';
import { storeReport } from '../../../helpers/storeReport';
import { tempDataDir } from '../../../helpers/tempDir';
import { apiHarness, type ApiHarness } from '../import/importHarness';

/** Ids differ between data folders: each id becomes its order of first appearance in `contents`. */
function normalise(contents: VersionContent[]): unknown[] {
  const order = new Map<number, number>();
  const of = (id: number) => {
    if (!order.has(id)) order.set(id, order.size + 1);
    return order.get(id)!;
  };
  return contents.map((c) => ({ ...c, sections: c.sections.map((s) => ({ ...s, id: of(s.id), parentId: s.parentId === null ? null : of(s.parentId) })) }));
}

async function everything(api: ApiHarness, reportId: number) {
  const report = await api.call('openReport', { id: reportId });
  const versions = await api.call('listVersions', { reportId });
  const contents = await Promise.all(versions.map(async (v) => (await api.call('openVersion', { versionId: v.id })).content));
  const checks = await api.call('checkReport', { id: reportId });
  const { id: _unitId, ...unit } = report.unit;
  const sectionOrder = new Map(report.sections.map((s, i) => [s.id, i]));
  const finding = (f: { rule: string; sectionId: number | null; message: string }) => [f.rule, f.sectionId === null ? null : sectionOrder.get(f.sectionId), f.message];
  return {
    unit,
    meta: { year: report.year, templateId: report.templateId, templateVersion: report.templateVersion, headingStyle: report.headingStyle },
    contents: normalise([versionContentOf(report), ...contents]),
    versions: versions.map(({ id: _id, reportId: _r, ...v }) => v),
    ignored: checks.ignored.map(finding),
    open: checks.open.map(finding),
    exportSettings: (await api.call('exportPreview', { reportId })).settings,
  };
}

async function writtenReport(api: ApiHarness): Promise<Report> {
  const report = storeReport(api.store, seedReport(2));
  await api.call('saveExportSettings', { unitId: report.unitId, settings: { boldLevel3: true, sealed: true, fonts: { body: '仿宋' } } });
  await api.call('saveVersion', { reportId: report.id, label: '送审稿' });
  const areas = report.sections.filter((s) => s.level === 2 && s.body !== '' && !s.required);
  await api.call('saveSectionText', { id: areas[0]!.id, body: `${areas[0]!.body}\n新增一段：全年办理行政复议案件3件。` });
  await api.call('removeSection', { id: areas[1]!.id });
  await api.call('saveVersion', { reportId: report.id, label: '定稿' });
  // Two real findings ignored, so the list travels with its section ids moved.
  const findings = (await api.call('checkReport', { id: report.id })).open.filter((f) => f.sectionId !== null).slice(0, 2);
  expect(findings).toHaveLength(2);
  for (const f of findings) await api.call('setFindingIgnored', { reportId: report.id, findingId: f.id, ignored: true });
  return api.call('openReport', { id: report.id });
}

describe('report package round trip', () => {
  it('unpacked into another data folder, it is the same report: sections, unit, versions, 审校 and format settings', async () => {
    const here = await apiHarness();
    const report = await writtenReport(here);
    const file = path.join(tempDataDir('年报 U盘'), '三星镇 2024 报告.nianbao');
    const packed = await here.call('exportPackage', { reportId: report.id, path: file, withHistory: true });
    expect(packed).toMatchObject({ path: file, skipped: 0 });

    const there = await apiHarness();
    const preview = await there.call('openPackage', { fileName: path.basename(file), data: new Uint8Array(readFileSync(file)) });
    expect(preview).toMatchObject({ unitName: report.unit.fullName, year: 2024, title: report.title, versionCount: 2, existing: null, appVersion: 'test' });
    const { report: unpacked, savedBefore } = await there.call('importPackage', { previewId: preview.previewId, mode: 'new' });
    expect(savedBefore).toBeNull();
    expect(await everything(there, unpacked.id)).toEqual(await everything(here, report.id));
    // The preview is used up: a second import of it (a double click) adds nothing.
    expect((await there.fail('importPackage', { previewId: preview.previewId, mode: 'copy' })).code).toBe('IMPORT_EXPIRED');

    // Without history: the same report, no versions.
    const bare = path.join(path.dirname(file), '无历史.nianbao');
    await here.call('exportPackage', { reportId: report.id, path: bare, withHistory: false });
    const third = await apiHarness();
    const p3 = await third.call('openPackage', { fileName: '无历史.nianbao', data: new Uint8Array(readFileSync(bare)) });
    const r3 = (await third.call('importPackage', { previewId: p3.previewId, mode: 'new' })).report;
    const [a, b] = [await everything(third, r3.id), await everything(here, report.id)];
    expect(a.versions).toEqual([]);
    expect(a.contents[0]).toEqual(b.contents[0]);
  });

  it('the same package twice: new is refused, 作为副本 adds a second report, 替换 keeps the one here as a version first', async () => {
    const here = await apiHarness();
    const report = await writtenReport(here);
    const file = path.join(tempDataDir('年报 U盘'), 'p.nianbao');
    await here.call('exportPackage', { reportId: report.id, path: file, withHistory: true });
    const data = () => new Uint8Array(readFileSync(file));

    const there = await apiHarness();
    const first = await there.call('openPackage', { fileName: 'p.nianbao', data: data() });
    const original = (await there.call('importPackage', { previewId: first.previewId, mode: 'new' })).report;
    // Edited on this PC before the package comes again.
    await there.call('saveSectionText', { id: original.sections[1]!.id, body: '这台电脑上改过的文字。' });
    const edited = versionContentOf(await there.call('openReport', { id: original.id }));

    const again = await there.call('openPackage', { fileName: 'p.nianbao', data: data() });
    expect(again.existing).toMatchObject({ reportId: original.id, title: report.title });
    const refused = await there.fail('importPackage', { previewId: again.previewId, mode: 'new' });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('「作为副本」或「替换」') });

    const copy = (await there.call('importPackage', { previewId: again.previewId, mode: 'copy' })).report;
    expect(copy.id).not.toBe(original.id);
    expect((await there.call('listReports', {})).filter((r) => r.year === 2024)).toHaveLength(2);
    // The copy is edited too, so it is the one edited last: 替换 goes over it.
    await there.call('saveSectionText', { id: copy.sections[2]!.id, body: '副本上改过的文字。' });
    const copyEdited = versionContentOf(await there.call('openReport', { id: copy.id }));

    const third = await there.call('openPackage', { fileName: 'p.nianbao', data: data() });
    expect(third.existing?.reportId).toBe(copy.id);
    const replaced = await there.call('importPackage', { previewId: third.previewId, mode: 'replace' });
    expect(replaced.report.id).toBe(copy.id);
    expect(replaced.savedBefore).toMatchObject({ kind: 'package', label: '', reportId: copy.id });
    expect((await there.call('openVersion', { versionId: replaced.savedBefore!.id })).content).toEqual(copyEdited);
    expect(normalise([versionContentOf(replaced.report)])).toEqual(normalise([versionContentOf(await here.call('openReport', { id: report.id }))]));
    // The original report is untouched by the copy and by the replacement of the copy.
    expect(versionContentOf(await there.call('openReport', { id: original.id }))).toEqual(edited);
  });

  it('the CLI packs and unpacks, and asks for --as-copy or --replace the second time', async () => {
    const here = await apiHarness();
    const report = await writtenReport(here);
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    const file = path.join(tempDataDir('年报 U盘'), '报告.nianbao');
    await here.store.close();
    expect(await runCli(['pack', String(report.id), '--out', file, '--with-history', '--data-dir', here.store.dataDir], {}, io)).toBe(0);
    expect(out.pop()).toContain('已导出报告包');
    expect(await runCli(['versions', String(report.id), '--data-dir', here.store.dataDir], {}, io)).toBe(0);
    expect(out.pop()).toMatch(/定稿.*\n.*送审稿/);

    const other = tempDataDir('年报 另一台电脑');
    expect(await runCli(['unpack', file, '--data-dir', other], {}, io)).toBe(0);
    expect(out.pop()).toMatch(/^已导入为报告 #1：.*（\d+ 节，2 个版本）$/);
    expect(await runCli(['unpack', file, '--data-dir', other], {}, io)).toBe(1);
    expect(err.pop()).toContain('请加 --as-copy 作为副本导入，或加 --replace 替换它');
    expect(await runCli(['unpack', file, '--replace', '--data-dir', other], {}, io)).toBe(0);
    expect(out.pop()).toMatch(/^已替换报告 #1（原内容已保存为版本 #\d+）/);
    expect(await runCli(['unpack', file, '--as-copy', '--replace', '--data-dir', other], {}, io)).toBe(2);
    expect(await runCli(['unpack', path.join(other, 'nianbao.db'), '--data-dir', other], {}, io)).toBe(1);
    expect(err.pop()).toContain('这是年报助手的数据文件或备份，不是报告包');
  });
});
