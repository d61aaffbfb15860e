// Whole-report versions against a real SQLite file: save (and the rule that unchanged text adds
// nothing), the list with 字数 changes, restore of a whole version and of one section, rows
// written by schema 1, and a damaged row.
import { describe, expect, it } from 'vitest';
import { versionContentOf } from '../../../../shared/versions/content';
import type { Store } from '../../../../electron/services/store';
import { manualClock, tempStore } from '../../../helpers/tempDir';

async function storeWithReport() {
  const clock = manualClock();
  const store = await tempStore({ clock });
  const created = store.reports.create({
    unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' },
    year: 2025, templateId: 'plain', templateVersion: 1, title: '盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告',
    addressee: '县人民政府：', opening: '2025年，我乡坚持依法行政。', closing: '', signatureName: '盘龙彝族乡人民政府', signatureDate: '',
    sections: [
      { parentIndex: null, level: 1, templateKey: 'achievements', title: '主要举措和成效', required: true },
      { parentIndex: 0, level: 2, templateKey: null, title: '依法全面履行政府职能', body: '推行权责清单制度。', required: false },
      { parentIndex: 0, level: 2, templateKey: null, title: '严格规范公正文明执法', body: '开展执法培训3期。', required: false },
      { parentIndex: 0, level: 2, templateKey: null, title: '依法化解社会矛盾纠纷', body: '调解纠纷120起。', required: false },
      { parentIndex: null, level: 1, templateKey: 'shortcomings', title: '存在的不足和原因', body: '宣传覆盖面不够。', required: true },
    ],
  });
  const tick = () => clock.advance(1000);
  return { store, clock, tick, report: created, id: (title: string) => created.sections.find((s) => s.title === title)!.id };
}

const contentNow = (store: Store, reportId: number) => versionContentOf(store.reports.open(reportId));

describe('VersionRepo', () => {
  it('saves a named version; unchanged text (or only a status) adds nothing; an export of unchanged text still counts once', async () => {
    const { store, tick, report, id } = await storeWithReport();
    const first = store.versions.save(report.id, 'manual', '送审稿');
    expect(first).toMatchObject({ created: true, version: { kind: 'manual', label: '送审稿', chars: 50, charDelta: null } });
    tick();
    store.sections.update(id('依法全面履行政府职能'), { status: 'done' });
    expect(store.versions.save(report.id, 'manual', '')).toEqual({ created: false, version: first.version });
    expect(store.versions.save(report.id, 'fixall', '')).toMatchObject({ created: false });
    const exported = store.versions.save(report.id, 'export', '导出：报告.docx');
    expect(exported).toMatchObject({ created: true, version: { kind: 'export', charDelta: 0 } });
    expect(store.versions.save(report.id, 'export', '导出：报告.docx')).toMatchObject({ created: false, version: { id: exported.version.id } });
    tick();
    store.sections.saveText(id('存在的不足和原因'), '宣传覆盖面不够，基层执法力量薄弱。');
    const second = store.versions.save(report.id, 'manual', '定稿');
    expect(second).toMatchObject({ created: true, version: { chars: 59, charDelta: 9 } });
    expect(store.versions.list(report.id).map((v) => [v.label, v.chars, v.charDelta])).toEqual([
      ['定稿', 59, 9],
      ['导出：报告.docx', 50, 0],
      ['送审稿', 50, null],
    ]);
    // Times are kept to the second (and beyond): entries a second apart differ.
    const times = store.versions.list(report.id).map((v) => v.createdAt);
    expect(new Set(times).size).toBe(3);
    expect(store.versions.rename(second.version.id, '定稿（终）').label).toBe('定稿（终）');
  });

  it('restores a whole version: edits, a deletion, an addition, a move and the head come back; the state before is a version', async () => {
    const { store, tick, report, id } = await storeWithReport();
    const saved = store.versions.save(report.id, 'manual', '送审稿').version;
    const { content: savedContent } = store.versions.open(saved.id);
    expect(savedContent).toEqual(contentNow(store, report.id));
    tick();
    store.sections.saveText(id('依法全面履行政府职能'), '推行权责清单制度，公布事项312项。');
    store.sections.saveText(id('严格规范公正文明执法'), '开展执法培训4期。');
    store.sections.update(id('存在的不足和原因'), { title: '存在的问题' });
    store.sections.remove(id('依法化解社会矛盾纠纷'));
    const added = store.sections.add(report.id, null, null, '新增的一节');
    store.sections.move(id('严格规范公正文明执法'), 'up');
    store.reports.update(report.id, { opening: '2025年，我乡全面推进依法行政。' });
    const edited = contentNow(store, report.id);
    tick();

    const result = store.versions.restore(saved.id);
    expect(result.changed).toBe(true);
    expect(contentNow(store, report.id)).toEqual(savedContent);
    expect(result.report.sections.map((s) => s.id)).toEqual(savedContent.sections.map((s) => s.id));
    expect(result.savedBefore).toMatchObject({ kind: 'restore', label: '恢复「送审稿」前' });
    expect(store.versions.open(result.savedBefore!.id).content).toEqual(edited);
    // The added section is deleted softly: 撤销 and the pre-restore version still reach it.
    expect(store.db.prepare('SELECT deleted_at IS NOT NULL AS gone FROM sections WHERE id = ?').get(added.id)).toEqual({ gone: 1 });
    // Each section whose text changed has the replaced and the restored text in its history.
    const history = store.history.revisions(id('依法全面履行政府职能')).map((r) => [r.kind, r.label, r.body]);
    expect(history.slice(0, 2)).toEqual([
      ['restore', '恢复「送审稿」', '推行权责清单制度。'],
      ['snapshot', '恢复「送审稿」前', '推行权责清单制度，公布事项312项。'],
    ]);

    // Restoring the pre-restore version brings the edits back, addition and all.
    store.versions.restore(result.savedBefore!.id);
    expect(contentNow(store, report.id)).toEqual(edited);
    // Restoring what is already there changes nothing and adds no version.
    const count = store.versions.list(report.id).length;
    expect(store.versions.restore(result.savedBefore!.id)).toMatchObject({ changed: false, savedBefore: null });
    expect(store.versions.list(report.id)).toHaveLength(count);
  });

  it('restores one section: its text in place, or re-created where it was after a deletion', async () => {
    const { store, tick, report, id } = await storeWithReport();
    const saved = store.versions.save(report.id, 'manual', '送审稿').version;
    tick();
    store.sections.saveText(id('依法全面履行政府职能'), '改过的文字。');
    store.sections.saveText(id('严格规范公正文明执法'), '也改过。');
    const after = store.versions.restoreSection(saved.id, id('依法全面履行政府职能'));
    expect(after.sections.find((s) => s.id === id('依法全面履行政府职能'))!.body).toBe('推行权责清单制度。');
    expect(after.sections.find((s) => s.id === id('严格规范公正文明执法'))!.body).toBe('也改过。');
    expect(store.history.revisions(id('依法全面履行政府职能'))[0]).toMatchObject({ kind: 'restore', label: '恢复「送审稿」中的本节' });

    const gone = id('严格规范公正文明执法');
    store.sections.remove(gone);
    const back = store.versions.restoreSection(saved.id, gone);
    expect(back.sections.map((s) => s.title)).toEqual(['主要举措和成效', '依法全面履行政府职能', '严格规范公正文明执法', '依法化解社会矛盾纠纷', '存在的不足和原因']);
    expect(back.sections.find((s) => s.id === gone)).toMatchObject({ body: '开展执法培训3期。', parentId: id('主要举措和成效') });
    await expect(async () => store.versions.restoreSection(saved.id, 999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads rows of schema 1 (a whole Report as JSON, kind snapshot, no 字数) and refuses a damaged one in Chinese', async () => {
    const { store, report } = await storeWithReport();
    const old = JSON.stringify(store.reports.open(report.id));
    const insert = store.db.prepare("INSERT INTO snapshots (report_id, kind, label, data, created_at) VALUES (?, 'snapshot', ?, ?, ?)");
    insert.run(report.id, '全部修正前', old, '2025-12-01T02:00:00.000Z');
    insert.run(report.id, '以2024年报告为基础新建', old, '2025-12-01T02:00:01.000Z');
    insert.run(report.id, '坏掉的', '{"title": 1', '2025-12-01T02:00:02.000Z');
    const list = store.versions.list(report.id);
    expect(list.map((v) => [v.kind, v.chars])).toEqual([['manual', 0], ['base', 50], ['fixall', 50]]);
    expect(store.versions.open(list[2]!.id).content).toEqual(contentNow(store, report.id));
    expect(() => store.versions.open(list[0]!.id)).toThrow(expect.objectContaining({ code: 'IO_ERROR', message: expect.stringContaining('已损坏') }));
    expect(() => store.versions.restore(list[0]!.id)).toThrow(/已损坏/);
    // A damaged copy never counts as "the same text", so saving still makes a version.
    expect(store.versions.save(report.id, 'manual', '')).toMatchObject({ created: true });
  });
});
