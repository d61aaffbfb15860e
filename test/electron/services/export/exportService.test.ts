// The export calls through the real handler table and dispatcher over a real SQLite file:
// preview, the save dialog, writing, the snapshot, the remembered folder, the unit's settings,
// and the errors a user can meet, as { code, message } in Chinese.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createHandlers, handlerEnv } from '../../../../electron/services/api/handlers';
import type { Handlers } from '../../../../electron/services/api/dispatch';
import { ExportService, LAST_FOLDER_KEY } from '../../../../electron/services/export/exportService';
import type { Store } from '../../../../electron/services/store';
import { ERROR_MESSAGES } from '../../../../shared/errors';
import type { Report } from '../../../../shared/types';
import { dispatchCalls } from '../../../helpers/calls';
import { tempDataDir, tempStore } from '../../../helpers/tempDir';
import { paragraphs, unpackDocx } from './ooxml';
import { PlatformStub, readOnlyFolder } from './platformStub';
import { chineseText } from './sampleReports';

const env = handlerEnv('test');
let store: Store;
let handlers: Handlers;
let platform: PlatformStub;
let outDir: string;

const { call, failure } = dispatchCalls(() => handlers);

/** A township report from the template with text in its first sections. */
async function makeReport(): Promise<Report> {
  const created = await call('createReport', {
    unit: { fullName: '盘龙彝族乡人民政府', shortName: '盘龙乡', kind: 'township', superior: '石林彝族自治县人民政府' },
    year: 2025,
  });
  const [first, second, third] = created.sections.filter((s) => s.level === 2);
  await call('saveSectionText', { id: first!.id, body: `${chineseText(300)}\n1.加强组织领导。${chineseText(120, 3)}` });
  await call('saveSectionText', { id: second!.id, body: chineseText(800, 5) });
  await call('updateSection', { id: third!.id, notApplicable: '本年度无此项工作' });
  return call('openReport', { id: created.id });
}

beforeEach(async () => {
  store = await tempStore();
  outDir = tempDataDir('导出 目标');
  platform = new PlatformStub(outDir);
  handlers = createHandlers(store, { ...env, platform });
});
afterEach(() => {
  // A 0555 folder made by readOnlyFolder must be writable again for the temp-dir cleanup.
  const ro = path.join(outDir, '只读文件夹');
  if (existsSync(ro)) chmodSync(ro, 0o755);
});

describe('exportPreview', () => {
  it('lists the outline as numbered in the file, the page count, the empty parts, the fonts, the file name', async () => {
    const report = await makeReport();
    const preview = await call('exportPreview', { reportId: report.id });
    expect(preview.reportId).toBe(report.id);
    const parts = preview.outline.filter((e) => e.level === 1);
    // Parts two to five are empty: left out of the file, so they get no number.
    expect(parts.map((e) => [e.prefix, e.omitted])).toEqual([['一、', false], ['', true], ['', true], ['', true], ['', true]]);
    expect(preview.emptyParts.map((p) => [p.title, p.required])).toEqual([
      // Areas four to eight of part one (guidance, not required), not written yet, then the empty parts.
      ['（四）严格规范公正文明执法', false],
      ['（五）依法应对重大突发事件', false],
      ['（六）依法化解社会矛盾纠纷', false],
      ['（七）强化行政权力制约监督', false],
      ['（八）打造数字法治政府', false],
      ['二、党政主要负责人履行推进法治建设第一责任人职责情况', true],
      ['三、存在的不足和原因', true],
      ['四、下一年度推进法治政府建设的主要安排', true],
      ['五、其他需要报告的情况', true],
    ]);
    const kept = await call('exportPreview', { reportId: report.id, keepEmpty: true });
    expect(kept.outline.filter((e) => e.level === 1).map((e) => e.prefix)).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(kept.pageCount).toBeGreaterThanOrEqual(preview.pageCount);
    const areas = preview.outline.filter((e) => e.level === 2);
    expect(areas.slice(0, 3).map((e) => e.prefix)).toEqual(['（一）', '（二）', '（三）']);
    // Characters per section, and the part's total includes its areas.
    expect(areas[1]!.chars).toBeGreaterThanOrEqual(800);
    expect(parts[0]!.chars).toBe(areas.reduce((n, e) => n + e.chars, 0));
    expect(areas[2]!.notApplicable).toBe(true);
    expect(preview.totalChars).toBeGreaterThan(1200);
    // ~1,300 字 of body plus title, 主送机关, opening, headings and 落款: two or three pages.
    expect(preview.pageCount).toBeGreaterThanOrEqual(2);
    expect(preview.pageCount).toBeLessThanOrEqual(4);
    expect(preview.defaultFileName).toBe('盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告.docx');
    expect(preview.lastFolder).toBeNull();
    expect(preview.settings.fonts.body).toBe('仿宋_GB2312');
    expect(preview.fontNames).toEqual(['仿宋_GB2312', '楷体_GB2312', '黑体', '方正小标宋简体', '宋体', 'Times New Roman']);
    // The real font list of this machine (fc-list here): whatever it lacks is among the names asked.
    for (const name of preview.fonts.missing) expect(preview.fontNames).toContain(name);
    if (preview.fonts.checked) expect(preview.fonts.method).toBe('fc-list');
  });

  it('passes the font check through: missing fonts are a warning in the preview, not an error', async () => {
    const report = await makeReport();
    const asked: string[][] = [];
    const service = new ExportService(store, platform, {
      fontCheck: (names) => {
        asked.push(names);
        return Promise.resolve({ missing: ['方正小标宋简体'], checked: true, method: 'fc-list' });
      },
    });
    await service.saveSettings(report.unitId, { fonts: { body: '方正仿宋_GBK' } });
    const preview = await service.preview(report.id);
    // One look at the fonts: the file's and the preview's fallbacks.
    expect(asked).toHaveLength(1);
    for (const name of ['方正仿宋_GBK', '楷体_GB2312', '黑体', '方正小标宋简体', '宋体', 'Times New Roman', '仿宋', 'Noto Serif CJK SC']) expect(asked[0]).toContain(name);
    expect(preview.fonts.missing).toEqual(['方正小标宋简体']);
    // The preview draws the title in the next of its kind.
    expect(preview.fontSubstitutes).toEqual([{ requested: '方正小标宋简体', shown: '方正小标宋_GBK' }]);
  });

  it('a report that does not exist is NOT_FOUND in Chinese', async () => {
    const error = await failure('exportPreview', { reportId: 999 });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/没有找到/);
  });
});

describe('chooseExportPath and exportReport', () => {
  it('writes a valid .docx, leaves an export snapshot and revisions, and remembers the folder', async () => {
    const report = await makeReport();
    const chosen = await call('chooseExportPath', { reportId: report.id });
    expect(platform.dialogs[0]!.defaultPath).toBe(path.join(outDir, '盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告.docx'));
    expect(chosen).toEqual({ path: path.join(outDir, '盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告.docx') });
    if (!('path' in chosen)) throw new Error('cancelled');

    const result = await call('exportReport', { reportId: report.id, path: chosen.path });
    expect(result).toMatchObject({ path: chosen.path, warning: null });
    const bytes = readFileSync(chosen.path);
    expect(result.bytes).toBe(bytes.byteLength);
    const docx = await unpackDocx(bytes);
    const texts = paragraphs(docx.document).map((p) => p.text);
    expect(texts[0]!.replace(/\n/g, '')).toBe(report.title);
    expect(report.title).toBe('盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告');
    expect(texts).toContain('石林彝族自治县人民政府：');
    expect(texts.some((t) => t.startsWith('1.加强组织领导。'))).toBe(true);
    expect(texts).toContain('本年度无此项工作。');

    const snapshots = await call('listVersions', { reportId: report.id });
    expect(snapshots[0]).toMatchObject({ kind: 'export', label: '导出：盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告.docx' });
    const written = report.sections.find((s) => s.body.startsWith(chineseText(10)))!;
    const revisions = await call('listRevisions', { sectionId: written.id });
    expect(revisions[0]!.kind).toBe('export');
    expect(revisions[0]!.body).toBe(written.body);

    // Next time the dialog opens in that folder; the preview says so.
    expect(store.settings.get(LAST_FOLDER_KEY, z.string(), '')).toBe(outDir);
    const sub = path.join(outDir, '2025');
    mkdirSync(sub);
    platform.answers.push(path.join(sub, '第二稿'));
    const second = await call('chooseExportPath', { reportId: report.id });
    // A name typed without the extension gets it.
    expect(second).toEqual({ path: path.join(sub, '第二稿.docx') });
    await call('exportReport', { reportId: report.id, path: path.join(sub, '第二稿.docx') });
    expect((await call('exportPreview', { reportId: report.id })).lastFolder).toBe(sub);
    await call('chooseExportPath', { reportId: report.id });
    expect(platform.dialogs[2]!.defaultPath).toBe(path.join(sub, '盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告.docx'));
  });

  it('a remembered folder that is gone falls back to the default folder', async () => {
    const report = await makeReport();
    store.settings.set(LAST_FOLDER_KEY, path.join(outDir, '拔掉的U盘'));
    expect((await call('exportPreview', { reportId: report.id })).lastFolder).toBeNull();
    await call('chooseExportPath', { reportId: report.id });
    expect(path.dirname(platform.dialogs[0]!.defaultPath)).toBe(outDir);
  });

  it('a cancelled dialog writes nothing', async () => {
    const report = await makeReport();
    platform.answers.push(null);
    expect(await call('chooseExportPath', { reportId: report.id })).toEqual({ cancelled: true });
    expect(await call('listVersions', { reportId: report.id })).toEqual([]);
  });

  it('in the app, only a path chosen in the save dialog is written', async () => {
    const report = await makeReport();
    const target = path.join(outDir, '未经选择.docx');
    const error = await failure('exportReport', { reportId: report.id, path: target });
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/选择保存位置/);
    expect(existsSync(target)).toBe(false);
    // And the file manager opens only at files exported in this session.
    expect((await failure('showInFolder', { path: '/etc/passwd' })).code).toBe('BAD_INPUT');
    expect(platform.shown).toEqual([]);
  });

  it('showInFolder opens the exported file in the file manager', async () => {
    const report = await makeReport();
    const chosen = await call('chooseExportPath', { reportId: report.id });
    if (!('path' in chosen)) throw new Error('cancelled');
    await call('exportReport', { reportId: report.id, path: chosen.path });
    expect(await call('showInFolder', { path: chosen.path })).toEqual({ shown: true });
    expect(platform.shown).toEqual([chosen.path]);
  });

  it('a folder that does not exist is FOLDER_NOT_FOUND; nothing is remembered, no snapshot', async () => {
    const report = await makeReport();
    platform.answers.push(path.join(outDir, '不存在的文件夹', '报告.docx'));
    const chosen = await call('chooseExportPath', { reportId: report.id });
    if (!('path' in chosen)) throw new Error('cancelled');
    const error = await failure('exportReport', { reportId: report.id, path: chosen.path });
    expect(error).toEqual({ code: 'FOLDER_NOT_FOUND', message: ERROR_MESSAGES.FOLDER_NOT_FOUND });
    expect(await call('listVersions', { reportId: report.id })).toEqual([]);
    expect((await call('exportPreview', { reportId: report.id })).lastFolder).toBeNull();
  });

  it('a read-only folder is FOLDER_READ_ONLY in Chinese', async () => {
    const report = await makeReport();
    const folder = readOnlyFolder(outDir);
    if (folder === null) throw new Error('no folder on this machine refuses writes');
    platform.answers.push(path.join(folder, '报告.docx'));
    const chosen = await call('chooseExportPath', { reportId: report.id });
    if (!('path' in chosen)) throw new Error('cancelled');
    const error = await failure('exportReport', { reportId: report.id, path: chosen.path });
    expect(error).toEqual({ code: 'FOLDER_READ_ONLY', message: '目标文件夹不允许写入，请另选保存位置。' });
  });

  it('a target held open by Word (EBUSY on the final rename) is FILE_LOCKED and the old file survives', async () => {
    const report = await makeReport();
    const target = path.join(outDir, '报告.docx');
    writeFileSync(target, 'the previous export');
    const busy = () => Promise.reject(Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' }));
    const service = new ExportService(store, undefined, { write: { fs: { rename: busy }, platform: 'win32', renameRetries: 1, retryDelayMs: 1 } });
    handlers = { ...handlers, exportReport: ({ reportId, path: p }) => service.exportReport(reportId, p) };
    const error = await failure('exportReport', { reportId: report.id, path: target });
    expect(error).toEqual({ code: 'FILE_LOCKED', message: '目标文件正被其他程序（如 Word、WPS）打开，请关闭后重试或另存为其他文件名。' });
    expect(readFileSync(target, 'utf8')).toBe('the previous export');
    expect(await call('listVersions', { reportId: report.id })).toEqual([]);
  });

  it('without a desktop (the CLI) there is no dialog, and any path may be written', async () => {
    const report = await makeReport();
    handlers = createHandlers(store, env);
    const error = await failure('chooseExportPath', { reportId: report.id });
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toMatch(/--out/);
    const target = path.join(outDir, 'cli.docx');
    expect((await call('exportReport', { reportId: report.id, path: target })).path).toBe(target);
    // A CLI --out is not the user's choice of folder for the app.
    expect((await call('exportPreview', { reportId: report.id })).lastFolder).toBeNull();
  });
});

describe('exportPdf, printPages and openExportedFile', () => {
  it('writes the page the window prints as a PDF at the chosen path, and opens it', async () => {
    const report = await makeReport();
    platform.pdf = () => Promise.resolve(new TextEncoder().encode('%PDF-1.4 页'));
    const chosen = await call('chooseExportPath', { reportId: report.id, format: 'pdf' });
    const pdfPath = path.join(outDir, '盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告.pdf');
    expect(chosen).toEqual({ path: pdfPath });
    expect(platform.dialogs[0]).toEqual({ defaultPath: pdfPath, kind: 'pdf' });
    const written = await call('exportPdf', { reportId: report.id, path: pdfPath });
    expect(written).toEqual({ path: pdfPath, bytes: readFileSync(pdfPath).byteLength });
    expect(readFileSync(pdfPath, 'utf8')).toBe('%PDF-1.4 页');
    expect(store.settings.get(LAST_FOLDER_KEY, z.string(), '')).toBe(outDir);
    expect(await call('openExportedFile', { path: pdfPath })).toEqual({ opened: true });
    expect(platform.openedFiles).toEqual([pdfPath]);
    // Only what was chosen in this session may be written or opened.
    const other = path.join(outDir, '别的.pdf');
    expect((await failure('exportPdf', { reportId: report.id, path: other })).code).toBe('BAD_INPUT');
    expect((await failure('openExportedFile', { path: other })).code).toBe('BAD_INPUT');
    expect(existsSync(other)).toBe(false);
  });

  it('a PDF the window cannot make fails in Chinese and leaves the old file; printing asks the system dialog', async () => {
    const report = await makeReport();
    const chosen = await call('chooseExportPath', { reportId: report.id, format: 'pdf' });
    if (!('path' in chosen)) throw new Error('cancelled');
    writeFileSync(chosen.path, 'old');
    platform.pdf = () => Promise.reject(new Error('renderer gone'));
    const error = await failure('exportPdf', { reportId: report.id, path: chosen.path });
    expect(error).toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('未能生成 PDF') });
    expect(readFileSync(chosen.path, 'utf8')).toBe('old');
    expect(await call('printPages', {})).toEqual({ printed: true });
    platform.printAnswer = false;
    expect(await call('printPages', {})).toEqual({ printed: false });
    expect(platform.prints).toBe(2);
  });

  it('without the app window (a browser, the CLI) PDF and print are UNSUPPORTED: the page prints itself', async () => {
    const report = await makeReport();
    handlers = createHandlers(store, env);
    expect((await failure('printPages', {})).code).toBe('UNSUPPORTED');
    expect((await failure('exportPdf', { reportId: report.id, path: path.join(outDir, 'x.pdf') })).code).toBe('UNSUPPORTED');
    expect((await failure('openExportedFile', { path: path.join(outDir, 'x.pdf') })).code).toBe('UNSUPPORTED');
  });
});

describe('saveExportSettings', () => {
  it('keeps the unit settings; the preview and the written file follow them', async () => {
    const report = await makeReport();
    const saved = await call('saveExportSettings', {
      unitId: report.unitId,
      settings: { fonts: { body: '方正仿宋_GBK', kai: '', hei: '方正黑体_GBK' }, boldLevel3: true, sealed: true },
    });
    // An emptied name falls back to the standard font.
    expect(saved.fonts).toMatchObject({ body: '方正仿宋_GBK', kai: '楷体_GB2312', hei: '方正黑体_GBK', title: '方正小标宋简体' });
    const preview = await call('exportPreview', { reportId: report.id });
    expect(preview.settings).toEqual(saved);
    expect(preview.fontNames).toContain('方正黑体_GBK');

    const chosen = await call('chooseExportPath', { reportId: report.id });
    if (!('path' in chosen)) throw new Error('cancelled');
    await call('exportReport', { reportId: report.id, path: chosen.path });
    const docx = await unpackDocx(readFileSync(chosen.path));
    expect(docx.styles + docx.document).toContain('w:eastAsia="方正仿宋_GBK"');
    expect(docx.styles + docx.document).toContain('w:eastAsia="方正黑体_GBK"');
    const heading3 = paragraphs(docx.document).find((p) => p.text.startsWith('1.加强组织领导。'))!;
    expect(heading3.runs[0]!.rPr).toMatch(/<w:b\/>/);
  });

  it('rejects a font name that would break the XML, and an unknown unit', async () => {
    const bad = await failure('saveExportSettings', { unitId: 1, settings: { fonts: { body: '仿宋"/><w:evil' } } });
    expect(bad.code).toBe('BAD_INPUT');
    expect(bad.message).toMatch(/字体名称含有不允许的字符/);
    const missing = await failure('saveExportSettings', { unitId: 999, settings: {} });
    expect(missing.code).toBe('NOT_FOUND');
  });
});
