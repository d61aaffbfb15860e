// Issue 5, journey step 2: last year's report imported in the built renderer over a real SQLite
// file — a seed as .txt through the empty library's button, as a .docx (written by our exporter)
// dropped on the window, pasted text; the preview's facts, mapping changes and 「不导入」 honoured,
// nothing stored before 「确认导入」; hostile and oversized files refused in Chinese with the
// database untouched; then 「以此为基础新建」 the next year.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/api/dispatch';
import { buildReportDocx } from '../../electron/services/export/docxBuilder';
import { documentOrder } from '../../shared/gongwen/sectionOrder';
import { ERROR_MESSAGES, type ErrorCode } from '../../shared/errors';
import { DEFAULT_EXPORT_SETTINGS } from '../../shared/export/exportDefaults';
import { SEEDS } from '../helpers/seedMappings';
import { seedReport, seedText } from '../helpers/seedReports';
import { appPerTest, openFromLibrary, type E2EApp } from './harness';

const HOSTILE = join(import.meta.dirname, '../fixtures/import/hostile');

const app = appPerTest();

/** Text pasted into an editor as a browser pastes it from the clipboard. */
async function pasteInto(editor: Locator, text: string): Promise<void> {
  await editor.evaluate((el, t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

const call: E2EApp['call'] = (name, input) => app.call(name, input);

/** Everything an import could have written. */
function dbState() {
  const count = (table: string) => (app.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { units: count('units'), reports: count('reports'), sections: count('sections'), revisions: count('revisions'), snapshots: count('snapshots') };
}

/** Drops a file on the window the way the OS does: dragenter, dragover, drop with a DataTransfer. */
/** A library that already holds one report (白沙镇, 2024), shown; returns the database as it is then. */
async function libraryWithOneReport(): Promise<ReturnType<typeof dbState>> {
  await call('createReport', { unit: { fullName: '白沙镇人民政府', kind: 'township' }, year: 2024 });
  await app.page.reload();
  await app.page.locator('.unit-group').first().waitFor();
  return dbState();
}

/** A new township report of `unit` for `year`, opened from the library at the section whose outline button matches `section`; its editor, focused. */
async function editorOfNewReport(unit: string, year: number, section: RegExp): Promise<Locator> {
  await call('createReport', { unit: { fullName: unit, kind: 'township' }, year });
  await openFromLibrary(app, new RegExp(`${year}年度`));
  await app.page.getByRole('navigation', { name: '报告提纲' }).getByRole('button', { name: section }).click();
  const editor = app.page.getByRole('textbox', { name: '章节正文' });
  await editor.click();
  return editor;
}

/** The recognised facts in the import preview, field by field (label → value shown). */
async function expectFacts(facts: Locator, shown: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(shown)) expect(await facts.getByLabel(label).inputValue(), label).toBe(value);
}

async function dropFile(page: Page, name: string, content: Buffer | { zeros: number }, checkHint = false) {
  const payload = 'zeros' in content ? { zeros: content.zeros } : { base64: content.toString('base64') };
  await page.evaluate(
    ({ name, payload }) => {
      const bytes = 'zeros' in payload ? new Uint8Array(payload.zeros!) : Uint8Array.from(atob(payload.base64!), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name));
      (window as unknown as { __dt: DataTransfer }).__dt = dt;
      for (const type of ['dragenter', 'dragover']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, payload },
  );
  if (checkHint) await page.locator('.drop-hint').waitFor();
  await page.evaluate(() => {
    const dt = (window as unknown as { __dt: DataTransfer }).__dt;
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rowSelect = (page: Page, title: string) => page.getByRole('combobox', { name: `「${title}」导入到` });

describe('import e2e', () => {
  it('imports a seed .txt from the empty library: preview, changed mapping and a dropped piece honoured, nothing saved before confirm', async () => {
    const { page } = app;
    await page.getByText('还没有报告').waitFor();
    await app.screenshot('import-empty-library');
    const before = dbState();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入去年的报告' }).click()]);
    await chooser.setFiles({ name: '浩口乡2020年法治政府建设报告.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText(3), 'utf8') });

    const dialog = page.getByRole('dialog', { name: /导入预览/ });
    await dialog.waitFor();
    const facts = dialog.getByRole('region', { name: '识别结果' });
    await expectFacts(facts, { 标题: '重庆市武隆区浩口苗族仡佬族乡人民政府关于2020年度法治政府建设情况的报告', 主送机关: '区政府', 单位全称: '重庆市武隆区浩口苗族仡佬族乡人民政府', 报告年度: '2020' });
    expect(await facts.getByRole('radio', { name: '乡镇' }).isChecked()).toBe(true);
    // The web page's debris is listed on request.
    const debris = dialog.locator('.import-dropped');
    expect(await debris.locator('summary').textContent()).toMatch(/已去掉 \d+ 行网页杂项/);
    await debris.locator('summary').click();
    expect((await debris.locator('li').allTextContents()).some((l) => l.includes('字体'))).toBe(true);

    // Every heading of the seed is a row, proposed as the mapping tests expect.
    const expected = SEEDS[3]!.expected;
    const rows = dialog.locator('table.import-mapping tbody tr');
    expect(await rows.locator('.import-source-title').allTextContents()).toEqual(expected.map(([, title]) => title));
    for (const [, title, key] of expected) {
      expect(await rowSelect(page, title).inputValue()).toBe(key ?? '__custom');
    }
    // One area becomes the unit's own heading; the sub-heading under 「问题」 is left out.
    const own = expected[2]![1];
    const dropped = expected[6]![1];
    await rowSelect(page, own).selectOption({ label: '作为本单位自定标题' });
    await rowSelect(page, dropped).selectOption({ label: '不导入' });
    await expect.poll(() => dialog.locator('tr.dropped').count()).toBe(1);
    expect(await dialog.getByText(`将导入 ${expected.length - 1} / ${expected.length} 个标题`).count()).toBe(1);
    await app.screenshot('import-preview');
    // Nothing is stored while the preview is open.
    expect(dbState()).toEqual(before);

    await dialog.getByRole('button', { name: '确认导入' }).click();
    const outline = page.getByRole('navigation', { name: '报告提纲' });
    await outline.waitFor();
    const [summary] = app.store.reports.list();
    expect(summary).toMatchObject({ year: 2020, unitName: '重庆市武隆区浩口苗族仡佬族乡人民政府' });
    const report = app.store.reports.open(summary!.id);
    expect(report.addressee).toBe('区政府');
    const ownSection = report.sections.find((s) => s.title === own)!;
    expect(ownSection.templateKey).toBeNull();
    expect(report.sections.find((s) => s.id === ownSection.parentId)?.templateKey).toBe('achievements');
    expect(report.sections.some((s) => s.title === dropped)).toBe(false);
    // Everything that came from the file is 待核对, and the outline says so.
    const fromFile = report.sections.filter((s) => expected.some(([, title]) => title === s.title));
    expect(fromFile.length).toBe(expected.length - 1);
    expect(fromFile.every((s) => s.status === 'review')).toBe(true);
    await expect
      .poll(() => outline.locator('.status-review').count())
      .toBe(report.sections.filter((s) => s.status === 'review').length);
    expect(await outline.getByRole('button', { name: new RegExp(escape(own)) }).textContent()).toContain('待核对');

    // Journey step 3 from here: one click to next year's report, based on this one.
    await page.getByRole('button', { name: '以此为基础新建2021年报告' }).click();
    await expect.poll(() => app.store.reports.list().length).toBe(2);
    const next = app.store.reports.list().find((r) => r.year === 2021)!;
    await expect.poll(() => page.locator('.report-heading').textContent()).toContain('2021年度');
    const copied = app.store.reports.open(next.id);
    expect(copied.basedOn).toBe(report.id);
    expect(copied.signatureDate).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(copied.sections.every((s) => s.status === 'review')).toBe(true);
    // The 2020 report now has a later one: it offers no second copy.
    await page.getByRole('button', { name: '← 报告列表' }).click();
    await page.getByRole('button', { name: /2020年度/ }).click();
    await page.getByRole('navigation', { name: '报告提纲' }).waitFor();
    await page.locator('.report-heading').filter({ hasText: '2020年度' }).waitFor();
    await page.getByRole('button', { name: '已有2021年报告' }).waitFor();
    expect(await page.getByRole('button', { name: /以此为基础新建/ }).count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });

  it('imports a .docx dropped on the library window, re-maps it onto another template and back, and opens it', async () => {
    const { page } = app;
    // A library that already has a report: the drop target is the whole window, not the empty state.
    const before = await libraryWithOneReport();

    const docx = await buildReportDocx(seedReport(0), DEFAULT_EXPORT_SETTINGS);
    await dropFile(page, '2023年法治政府建设工作报告.docx', docx, true);
    const dialog = page.getByRole('dialog', { name: /导入预览/ });
    await dialog.waitFor();
    await expect.poll(() => page.locator('.drop-hint').count()).toBe(0);
    const facts = dialog.getByRole('region', { name: '识别结果' });
    await expectFacts(facts, { 标题: '盘龙彝族乡2023年法治政府建设工作报告', 单位全称: '盘龙彝族乡', 报告年度: '2023' });
    expect(await dialog.locator('.import-notes').textContent()).toContain('Word 文档（.docx）');
    const expected = SEEDS[0]!.expected;
    expect(await dialog.locator('.import-source-title').allTextContents()).toEqual(expected.map(([, title]) => title));
    expect(await rowSelect(page, '存在问题').inputValue()).toBe('problems');

    // Another template: the same headings, proposals from the department template.
    const template = dialog.getByRole('combobox', { name: '模板' });
    const township = await template.inputValue();
    const other = (await template.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).find((v) => v !== township)!;
    await template.selectOption(other);
    await expect.poll(() => template.inputValue()).toBe(other);
    const targets = () => rowSelect(page, '依法全面履行政府职能').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await expect.poll(targets).toContain('achievements.dept.leadership');
    // The edited unit name survives the re-mapping.
    await facts.getByLabel('单位全称').fill('盘龙彝族乡人民政府');
    await template.selectOption(township);
    await expect.poll(targets).not.toContain('achievements.dept.leadership');
    expect(await rowSelect(page, '依法全面履行政府职能').inputValue()).toBe('achievements.functions');
    expect(await facts.getByLabel('单位全称').inputValue()).toBe('盘龙彝族乡人民政府');
    expect(dbState()).toEqual(before);

    await dialog.getByRole('button', { name: '确认导入' }).click();
    await page.getByRole('navigation', { name: '报告提纲' }).waitFor();
    const summary = app.store.reports.list().find((r) => r.unitName === '盘龙彝族乡人民政府')!;
    expect(summary.year).toBe(2023);
    const report = app.store.reports.open(summary.id);
    expect(report.templateId).toBe(township);
    expect(report.sections.find((s) => s.title === '依法全面履行政府职能')).toMatchObject({ templateKey: 'achievements.functions', status: 'review' });
    expect(await page.locator('.report-heading').textContent()).toBe('盘龙彝族乡2023年法治政府建设工作报告');
    // Its sections show the review highlights: the imported text is last year's.
    await page.getByRole('navigation', { name: '报告提纲' }).getByRole('button', { name: /依法全面履行政府职能/ }).click();
    await page.getByRole('status', { name: '待核对' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });

  it('refuses hostile, unsupported and oversized files in Chinese, leaving the database as it was', async () => {
    const { page } = app;
    const before = await libraryWithOneReport();

    // Through the top bar's 「导入」 and the dialog's own file button.
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导入去年的报告' });
    await dialog.waitFor();
    const alert = dialog.getByRole('alert');
    const pick = async (label: string, file: string) => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: label }).click()]);
      await chooser.setFiles({ name: file, mimeType: 'application/octet-stream', buffer: readFileSync(join(HOSTILE, file)) });
    };
    const manifest = JSON.parse(readFileSync(join(HOSTILE, 'manifest.json'), 'utf8')) as Record<string, { code: ErrorCode }>;
    const files = ['encrypted.docx', 'billion-laughs.docx', 'dtd-in-styles.docx', 'png-renamed.docx', 'truncated.doc', 'empty.txt'];
    for (const [k, file] of files.entries()) {
      // What the main side answers for this file (a preview stores nothing) is what the dialog must say.
      const answer = await dispatch(app.handlers, 'previewImport', { fileName: file, data: readFileSync(join(HOSTILE, file)) });
      expect(answer.ok ? null : answer.error.code, file).toBe(manifest[file]!.code);
      await pick(k === 0 ? '选择文件…' : '重新选择文件', file);
      await expect.poll(() => alert.textContent(), { timeout: 20_000 }).toContain(`「${file}」没有导入。`);
      expect(await alert.textContent()).toContain(answer.ok ? '' : answer.error.message);
      expect(await alert.textContent()).toMatch(/[\u4e00-\u9fff]{4}/);
      if (k === 0) {
        expect(await alert.textContent()).toContain(ERROR_MESSAGES.IMPORT_ENCRYPTED);
        expect(await dialog.getByText('报告库没有任何改动。').count()).toBe(1);
        await app.screenshot('import-refused');
      }
    }

    // Refused in the renderer before a byte is read: too large, and not a kind of file it takes.
    await dropFile(page, '扫描件.docx', { zeros: 50 * 1024 * 1024 + 1 });
    await expect.poll(() => alert.textContent()).toContain(ERROR_MESSAGES.IMPORT_TOO_LARGE);
    await dropFile(page, '报告.pdf', Buffer.from('%PDF-1.4'));
    await expect.poll(() => alert.textContent()).toContain('只能导入 Word 文档（.docx、.doc）或文本文件（.txt）');

    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(dbState()).toEqual(before);
    // The app still works: the library is there, its report opens.
    await page.getByRole('button', { name: /2024年度/ }).click();
    await page.getByRole('navigation', { name: '报告提纲' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });

  it('recognises pasted text and cancelling the preview stores nothing', async () => {
    const { page } = app;
    await page.getByText('还没有报告').waitFor();
    await page.getByRole('button', { name: '粘贴文字' }).click();
    const dialog = page.getByRole('dialog', { name: '导入去年的报告' });
    await dialog.getByRole('textbox').fill(seedText(2));
    await dialog.getByRole('button', { name: '识别' }).click();
    const preview = page.getByRole('dialog', { name: /导入预览/ });
    await preview.waitFor();
    const facts = preview.getByRole('region', { name: '识别结果' });
    await expectFacts(facts, { 报告年度: '2024', 署名: '南通市海门区三星镇人民政府', 成文日期: '2024年12月31日' });
    expect(await preview.locator('.import-notes').textContent()).toContain('粘贴的文字');
    expect(await preview.locator('.import-source-title').count()).toBe(SEEDS[2]!.expected.length);
    await preview.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => preview.count()).toBe(0);
    expect(app.store.reports.list()).toEqual([]);
    await page.getByText('还没有报告').waitFor();
    expect(app.consoleErrors).toEqual([]);
  });

  it('cleans web debris out of text pasted into a section, and one undo brings the paste back', async () => {
    const { page } = app;
    const editor = await editorOfNewReport('盘龙彝族乡人民政府', 2025, /^（一）/);
    const pasted = '全年调解矛盾纠纷32件。\n您访问的链接即将离开“盘龙彝族乡人民政府”门户网站 是否继续？\n继续访问 放弃\n【打印】【关闭】\n调解成功率100%。';
    await pasteInto(editor, pasted);
    await expect.poll(() => editor.innerText()).toBe('全年调解矛盾纠纷32件。\n调解成功率100%。');
    await page.getByText('已去掉粘贴内容中的网页杂项 3 行').waitFor();
    await app.screenshot('paste-cleaned');
    // One undo: the paste as it came, debris and all.
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.innerText()).toContain('继续访问 放弃');
    expect(app.consoleErrors).toEqual([]);
  });

  it('offers to split a pasted report into sections; one click splits it, 撤销 puts it back', async () => {
    const { page } = app;
    const editor = await editorOfNewReport('仁和镇人民政府', 2024, /^一、/);
    const outline = page.getByRole('navigation', { name: '报告提纲' });
    const pasted = [
      '2024年，我镇坚持以习近平法治思想为指导。',
      '（一）依法全面履行政府职能。深化“放管服”改革，全年办理事项1200件。',
      '（二）推进严格规范公正文明执法',
      '开展执法培训3次。',
    ].join('\n');
    await pasteInto(editor, pasted);
    await page.getByText('粘贴的内容中有 2 个「一、」「（一）」小标题').waitFor();
    await page.getByRole('button', { name: '拆分为章节' }).click();
    await page.getByText('已拆分为 2 个章节').waitFor();
    await expect.poll(() => editor.innerText()).toBe('2024年，我镇坚持以习近平法治思想为指导。');
    await outline.getByRole('button', { name: /依法全面履行政府职能/ }).waitFor();
    await app.screenshot('paste-split');
    await outline.getByRole('button', { name: /推进严格规范公正文明执法/ }).click();
    await expect.poll(() => editor.innerText()).toBe('开展执法培训3次。');
    // 撤销: the two sections go, the paste is back in the part it was pasted into, after what
    // was typed there since the split.
    await outline.getByRole('button', { name: /^一、/ }).click();
    await expect.poll(() => editor.innerText()).toBe('2024年，我镇坚持以习近平法治思想为指导。');
    await editor.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.insertText('一年来，');
    await page.getByRole('button', { name: '撤销' }).last().click();
    await expect.poll(() => outline.getByRole('button', { name: /依法全面履行政府职能/ }).count()).toBe(0);
    await expect.poll(() => editor.innerText()).toBe(`一年来，${pasted}`);
    expect(app.consoleErrors).toEqual([]);
  });

  it('撤销 of a split puts the paste back into its section while another section, or 标题与开头, is open', async () => {
    const { page } = app;
    const report = await call('createReport', { unit: { fullName: '仁和镇人民政府', kind: 'township' }, year: 2024 });
    const [first, second] = documentOrder(report.sections).filter((s) => s.parentId === null);
    await openFromLibrary(app, /2024年度/);
    const outline = page.getByRole('navigation', { name: '报告提纲' });
    const editor = page.getByRole('textbox', { name: '章节正文' });
    const sectionTitle = page.locator('.section-title-input');
    const openFirst = async (text: string | null) => {
      await outline.getByRole('button', { name: /^一、/ }).click();
      await expect.poll(() => sectionTitle.inputValue()).toBe(first!.title);
      if (text !== null) await expect.poll(() => editor.innerText()).toBe(text);
      await editor.click();
    };
    await openFirst(null);
    const pasted = ['2024年，我镇坚持以习近平法治思想为指导。', '（一）依法全面履行政府职能', '全年办理事项1200件。', '（二）推进严格规范公正文明执法', '开展执法培训3次。'].join('\n');
    const kept = '2024年，我镇坚持以习近平法治思想为指导。';
    const stored = () => app.store.sections.get(first!.id).body;
    /** Pastes, splits, opens something else, clicks 撤销: the paste is whole again in 一、. */
    const splitAndUndo = async (elsewhere: () => Promise<void>) => {
      await page.keyboard.press('Control+a');
      await pasteInto(editor, pasted);
      await page.locator('.toast', { hasText: '粘贴的内容中有 2 个' }).last().getByRole('button', { name: '拆分为章节' }).click();
      await outline.getByRole('button', { name: /依法全面履行政府职能/ }).waitFor();
      await expect.poll(() => editor.innerText()).toBe(kept);
      const undo = page.locator('.toast', { hasText: '已拆分为 2 个章节' }).last().getByRole('button', { name: '撤销' });
      await elsewhere();
      await undo.click();
      await expect.poll(() => outline.getByRole('button', { name: /依法全面履行政府职能/ }).count()).toBe(0);
      await expect.poll(stored).toBe(pasted);
      await openFirst(pasted);
    };
    const showHead = async () => {
      await outline.getByRole('button', { name: '标题与开头' }).click();
      await page.locator('.info-form h2', { hasText: '标题与开头' }).waitFor();
    };
    // Another section open.
    await splitAndUndo(async () => {
      await outline.getByRole('button', { name: /^二、/ }).click();
      await expect.poll(() => sectionTitle.inputValue()).toBe(second!.title);
    });
    // 标题与开头 open: no editor at all.
    await splitAndUndo(showHead);
    // 标题与开头, then the section again: 撤销 puts the text back in its editor.
    await splitAndUndo(async () => {
      await showHead();
      await openFirst(kept);
    });
    expect(app.consoleErrors).toEqual([]);
  });
});
