import { describe, expect, it } from 'vitest';
import { buildExportModel, exportOutline, type ExportParagraph } from '../../../shared/export/model';
import { countPages } from '../../../shared/export/layout/layout';
import { defaultExportFileName, safeFileName } from '../../../shared/export/fileName';
import { parseExportSettings } from '../../../shared/export/settings';
import { DEFAULT_EXPORT_SETTINGS } from '../../../shared/export/exportDefaults';
import { chineseText, makeReport, sectionsFrom, typicalReport } from '../../electron/services/export/sampleReports';

const text = (p: ExportParagraph | undefined) => p?.runs.map((r) => r.text).join('') ?? '';

describe('buildExportModel', () => {
  it('numbers sections from the tree order, not from stored titles or array order', () => {
    const sections = sectionsFrom([
      { title: '三、写错的编号', children: [{ title: '乙' }, { title: '甲' }] },
      { title: '第二部分' },
    ]);
    // Stored out of order: positions decide.
    const [a, b1, b2, c] = sections;
    if (!a || !b1 || !b2 || !c) throw new Error('fixture');
    b1.position = 1;
    b2.position = 0;
    const model = buildExportModel(makeReport({ sections: [c, b1, a, b2] }), DEFAULT_EXPORT_SETTINGS, { keepEmpty: true });
    expect(model.paragraphs.map(text).filter((t) => /^[一二（]/.test(t))).toEqual(['一、写错的编号', '（一）甲', '（二）乙', '二、第二部分']);
  });

  it('gives the heading kinds their fonts and outline levels', () => {
    const model = buildExportModel(typicalReport());
    const h1 = model.paragraphs.find((p) => p.role === 'heading1');
    const h2 = model.paragraphs.find((p) => p.role === 'heading2');
    expect(h1?.runs).toEqual([{ text: '一、2024年度推进法治政府建设的主要举措和成效', font: 'hei', bold: false }]);
    expect(h1?.outlineLevel).toBe(0);
    expect(h2?.runs[0]?.font).toBe('kai');
    expect(h2?.outlineLevel).toBe(1);
  });

  it('runs a level-2 heading into its first paragraph when the report says so', () => {
    const report = typicalReport({ headingStyle: 'runin' });
    const h2 = buildExportModel(report).paragraphs.filter((p) => p.role === 'heading2');
    expect(h2.map((p) => p.runs[0]?.text)).toEqual(['（一）加强组织领导。', '（二）依法全面履行政府职能。', '（三）健全依法决策机制。']);
    for (const p of h2) expect(p.runs.map((r) => r.font)).toEqual(['kai', 'body']);
    // The standalone form drops end punctuation instead.
    const standalone = buildExportModel(typicalReport()).paragraphs.filter((p) => p.role === 'heading2');
    expect(standalone.map(text)).toEqual(['（一）加强组织领导', '（二）依法全面履行政府职能', '（三）健全依法决策机制']);
  });

  it('keeps a run-in heading alone when its section opens with a numbered line or is empty', () => {
    const report = makeReport({
      headingStyle: 'runin',
      sections: sectionsFrom([{ title: '甲', children: [{ title: '乙', body: '1.第一项\n正文' }, { title: '丙' }] }]),
    });
    const paras = buildExportModel(report).paragraphs.map(text);
    expect(paras).toEqual(['2024年，盘龙乡在县委、县人民政府的正确领导下，坚持以习近平法治思想为指导，严格依法履行法定职责，扎实推进法治政府建设各项任务。现将2024年度法治政府建设工作情况报告如下：', '一、甲', '（一）乙', '1.第一项', '正文', '特此报告。']);
    const kept = buildExportModel(report, DEFAULT_EXPORT_SETTINGS, { keepEmpty: true }).paragraphs.map(text);
    expect(kept.slice(-3)).toEqual(['（二）丙', '', '特此报告。']);
  });

  it('prints 「无此项」 as the reason, or 「无。」 without one; written text wins', () => {
    const report = makeReport({
      sections: sectionsFrom([
        { title: '甲', notApplicable: '本年度未发生行政诉讼案件' },
        { title: '乙', notApplicable: '  ' },
        { title: '丙', notApplicable: '无', body: '已写的内容。' },
        { title: '丁' },
      ]),
    });
    const paras = buildExportModel(report).paragraphs.map(text).slice(1, -1);
    expect(paras).toEqual(['一、甲', '本年度未发生行政诉讼案件。', '二、乙', '无。', '三、丙', '已写的内容。']);
  });

  it('leaves out the parts with nothing written in or under them, and names them numbered as if kept', () => {
    const sections = sectionsFrom([
      { title: '甲', body: '正文。' },
      { title: '乙', children: [{ title: '乙一' }, { title: '乙二', body: '有内容。' }] },
      { title: '丙', children: [{ title: '丙一' }] },
      { title: '丁', notApplicable: '' },
    ]);
    sections[4]!.required = true;
    const model = buildExportModel(makeReport({ sections, opening: '', closing: '' }));
    expect(model.paragraphs.map(text)).toEqual(['一、甲', '正文。', '二、乙', '（一）乙二', '有内容。', '三、丁', '无。']);
    expect(model.emptyParts).toEqual([
      { sectionId: sections[2]!.id, title: '（一）乙一', required: false },
      { sectionId: sections[4]!.id, title: '三、丙', required: true },
    ]);
    // Kept: every empty heading stands over an empty line, so bare headings never chain.
    const kept = buildExportModel(makeReport({ sections, opening: '', closing: '' }), DEFAULT_EXPORT_SETTINGS, { keepEmpty: true });
    expect(kept.paragraphs.map(text)).toEqual(['一、甲', '正文。', '二、乙', '（一）乙一', '', '（二）乙二', '有内容。', '三、丙', '', '（一）丙一', '', '四、丁', '无。']);
    expect(kept.emptyParts).toEqual(model.emptyParts);
  });

  it('treats 1./1、 lines as level 3 (bold by setting) and (1) lines as level 4', () => {
    const report = makeReport({ sections: sectionsFrom([{ title: '甲', body: '1、加强领导。今年以来,我们……\n2.规范执法\n(1)开展培训' }]) });
    const plain = buildExportModel(report).paragraphs;
    const bold = buildExportModel(report, parseExportSettings({ boldLevel3: true })).paragraphs;
    expect(plain[2]?.runs).toEqual([{ text: '1.加强领导。今年以来，我们……', font: 'body', bold: false }]);
    expect(plain[2]?.outlineLevel).toBeNull();
    expect(bold[2]?.runs).toEqual([
      { text: '1.加强领导。', font: 'body', bold: true },
      { text: '今年以来，我们……', font: 'body', bold: false },
    ]);
    expect(bold[3]).toMatchObject({ role: 'heading3', outlineLevel: 2, runs: [{ text: '2.规范执法', bold: true }] });
    expect(plain[4]).toMatchObject({ role: 'heading4', outlineLevel: 3, runs: [{ text: '（1）开展培训', bold: false }] });
  });

  it('normalises punctuation, adds the addressee colon, falls back to a standard title', () => {
    const model = buildExportModel(makeReport({ title: '', addressee: '区政府:' }));
    expect(model.title).toBe('云南省文山州砚山县盘龙彝族乡人民政府关于2024年度法治政府建设情况的报告');
    expect(model.addressee).toBe('区政府：');
    expect(text(model.paragraphs[0])).toMatch(/报告如下：$/);
    expect(buildExportModel(makeReport({ addressee: '  ' })).addressee).toBeNull();
  });

  it('formats the date and drops an empty 落款', () => {
    expect(buildExportModel(makeReport()).signature).toEqual({ name: '砚山县盘龙彝族乡人民政府', date: '2024年12月8日' });
    expect(buildExportModel(makeReport({ signatureName: '', signatureDate: '' })).signature).toBeNull();
  });

  it('lists the outline for the preview, run-in headings without their text', () => {
    const outline = exportOutline(buildExportModel(typicalReport({ headingStyle: 'runin' })));
    expect(outline.slice(0, 3).map((e) => [e.level, e.text])).toEqual([
      [1, '一、2024年度推进法治政府建设的主要举措和成效'],
      [2, '（一）加强组织领导'],
      [2, '（二）依法全面履行政府职能'],
    ]);
    expect(outline.filter((e) => e.level === 1)).toHaveLength(5);
  });
});

describe('countPages', () => {
  it('counts 22 lines a page, headings and title lines included', () => {
    // Title 2 lines + blank + addressee + opening (3 lines) + heading + 28 paragraphs of 26 字
    // (one line each) + closing + blank + 署名 + date = 40 lines → 2 pages.
    const body = Array.from({ length: 28 }, () => '字'.repeat(26)).join('\n');
    const report = makeReport({ sections: sectionsFrom([{ title: '甲', body }]) });
    const model = buildExportModel(report);
    expect(model.titleLines).toHaveLength(2);
    expect(countPages(model, DEFAULT_EXPORT_SETTINGS)).toBe(2);
  });

  it('grows with the text: 5,000 字 is about nine pages', () => {
    const pages = countPages(buildExportModel(makeReport({ sections: sectionsFrom([{ title: '长段落', body: chineseText(5000) }]) })), DEFAULT_EXPORT_SETTINGS);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(10);
    expect(countPages(buildExportModel(makeReport({ opening: '', closing: '', signatureName: '', signatureDate: '' })), DEFAULT_EXPORT_SETTINGS)).toBe(1);
  });
});

describe('defaultExportFileName', () => {
  it('follows the report title, for the .docx and the PDF', () => {
    expect(defaultExportFileName(makeReport())).toBe('砚山县盘龙彝族乡人民政府关于2024年度法治政府建设情况的报告.docx');
    expect(defaultExportFileName(makeReport({ title: '关于2024年度\n法治政府建设的报告' }), 'pdf')).toBe('关于2024年度法治政府建设的报告.pdf');
    // Without a title: the standard one.
    expect(defaultExportFileName(makeReport({ title: '  ' }))).toBe('云南省文山州砚山县盘龙彝族乡人民政府关于2024年度法治政府建设情况的报告.docx');
  });

  it('removes what Windows refuses in file names and keeps them to 100 characters', () => {
    const report = makeReport({ title: 'A/B:C*D?"E<F>G|H\\I\u0001 的报告' });
    expect(defaultExportFileName(report)).toBe('ABCDEFGHI的报告.docx');
    expect(safeFileName('报告. . ')).toBe('报告');
    expect(safeFileName('CON')).toBe('_CON');
    expect(defaultExportFileName(makeReport({ title: '长'.repeat(300) }))).toBe(`${'长'.repeat(100)}.docx`);
  });
});
