// Journey step 6: 「导出」 from the workspace — the preview (outline, pages, fonts, open items), the
// save dialog (a stub answering like the system one), the file, and the way out of a failure.
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/errors';
import { paragraphs, unpackDocx } from '../electron/services/export/ooxml';
import { readOnlyFolder } from '../electron/services/export/platformStub';
import { chineseText } from '../electron/services/export/sampleReports';
import { appWithFolder, openFromLibrary, type E2EApp } from './harness';

const { app, platform } = appWithFolder('导出 e2e');
// Registered after appWithFolder's, so it runs before the folder is removed (hooks unwind as a stack).
afterEach(() => {
  const ro = path.join(platform.folder, '只读文件夹');
  if (existsSync(ro)) chmodSync(ro, 0o755);
});

const call: E2EApp['call'] = (name, input) => app.call(name, input);

const FILE_NAME = '盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告.docx';

/** A township report with its first area written, opened in the workspace. */
async function openReport() {
  const report = await call('createReport', {
    unit: { fullName: '盘龙彝族乡人民政府', shortName: '盘龙乡', kind: 'township', superior: '石林彝族自治县人民政府' },
    year: 2025,
  });
  const area = report.sections.find((s) => s.level === 2)!;
  await call('saveSectionText', { id: area.id, body: chineseText(1200) });
  await openFromLibrary(app, /2025年度/);
  return report;
}

describe('export from the workspace', () => {
  it('previews, fails on a missing folder with a Chinese message, then exports to a good path', async () => {
    const { page } = app;
    const report = await openReport();

    // An edit typed just before 「导出」 is flushed first and reaches the file.
    const outline = page.getByRole('navigation', { name: '报告提纲' });
    await outline.getByRole('button', { name: /^二、/ }).click();
    await page.getByRole('textbox', { name: '章节正文' }).click();
    await page.keyboard.insertText('一是法治宣传的形式还比较单一，群众参与度不高。');
    await page.keyboard.press('Control+e');

    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' });
    await dialog.waitFor();
    const outlineList = dialog.getByTestId('export-outline');
    await expect.poll(() => outlineList.textContent()).toContain('一、主要举措和成效');
    const outlineText = (await outlineList.textContent())!;
    expect(outlineText).toContain('（一）推进政府依法高效履职');
    expect(outlineText).toMatch(/1,2\d\d 字/);
    // Parts with nothing written are left out of the file, and the dialog says so…
    expect(outlineText).toContain('其他需要报告的情况未填写，不导出');
    const empty = dialog.getByTestId('empty-parts');
    expect(await empty.textContent()).toMatch(/个空白部分不写入文件：.*「五、其他需要报告的情况」（其中 \d+ 个为必填部分）/);
    const pagesWithout = (await dialog.getByTestId('export-pages').textContent())!;
    expect(pagesWithout).toMatch(/^共 [2-4] 页 · 正文 1,\d{3} 字$/);
    // …and 「仍然导出空白标题」 keeps their headings, numbered.
    await empty.getByLabel('仍然导出空白标题').check();
    await expect.poll(() => outlineList.textContent()).toContain('五、其他需要报告的情况');
    expect(await empty.textContent()).toContain('个空白部分只导出标题');
    // This machine's fonts (fc-list): the standard 公文 fonts are named when missing, never block.
    const fonts = (await dialog.getByTestId('export-fonts').textContent())!;
    const preview = await call('exportPreview', { reportId: report.id });
    if (preview.fonts.missing.length > 0) {
      expect(fonts).toContain(`本机缺少以下字体，Word/WPS 打开时会用相近字体代替：${preview.fonts.missing.join('、')}`);
    } else {
      expect(fonts).toMatch(/已安装导出所用的全部字体|无法检查本机字体/);
    }
    // Open items: the empty required parts, not blocking.
    const open = dialog.getByTestId('export-open-items');
    expect(await open.textContent()).toMatch(/^还有 \d+ 处必填部分未完成、\d+ 个审校错误。仍可导出/);
    // The parts of the 规定 still empty are listed; the 纲要's areas are guidance, never listed.
    expect(await open.textContent()).toContain('「存在的不足和原因」尚未填写');
    expect(await open.textContent()).not.toContain('「加强依法行政制度建设」尚未填写');
    expect(await open.textContent()).toMatch(/另有 \d+ 个写作要点尚未勾选核对/);
    expect(await dialog.getByTestId('export-file-name').textContent()).toBe(FILE_NAME);
    await app.screenshot('export-dialog');

    // The first answer of the save dialog is a folder that does not exist.
    const missing = path.join(platform.folder, '不存在的文件夹', FILE_NAME);
    platform.answers.push(missing);
    await dialog.getByRole('button', { name: '选择位置并导出' }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(ERROR_MESSAGES.FOLDER_NOT_FOUND);
    expect(await alert.textContent()).toContain('报告内容没有任何改动，可另选文件名或位置再导出');
    expect(existsSync(missing)).toBe(false);
    await app.screenshot('export-failed');

    // The dialog stayed; 「另选位置导出」 opens the save dialog again (default answer: the folder offered).
    await dialog.getByRole('button', { name: '另选位置导出' }).click();
    const done = dialog.locator('.export-done');
    await expect.poll(() => done.textContent()).toContain(`已导出：${path.join(platform.folder, FILE_NAME)}`);
    expect(platform.dialogs.map((d) => d.defaultPath)).toEqual([path.join(platform.folder, FILE_NAME), path.join(platform.folder, FILE_NAME)]);
    await app.screenshot('export-done');

    const docx = await unpackDocx(readFileSync(path.join(platform.folder, FILE_NAME)));
    const texts = paragraphs(docx.document).map((p) => p.text);
    expect(texts[0]!.replace(/\n/g, '')).toBe('盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告');
    expect(texts).toContain('一是法治宣传的形式还比较单一，群众参与度不高。');
    // The kept empty part: its heading over an empty line.
    expect(texts[texts.indexOf('五、其他需要报告的情况') + 1]).toBe('');

    await dialog.getByRole('button', { name: '打开所在文件夹' }).click();
    await expect.poll(() => platform.shown).toEqual([path.join(platform.folder, FILE_NAME)]);
    await dialog.getByRole('button', { name: '完成' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // The export left a snapshot; the next export offers the same folder.
    expect(app.store.versions.list(report.id)[0]).toMatchObject({ kind: 'export', label: `导出：${FILE_NAME}` });
    expect(app.consoleErrors).toEqual([]);
  });

  it('a read-only folder gives its Chinese message; format options change the next export', async () => {
    const { page } = app;
    const report = await openReport();
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' });
    await expect.poll(() => dialog.getByTestId('export-pages').count()).toBe(1);

    // 三级标题加粗 and a font of the unit's own: saved for the unit, in the preview at once.
    await dialog.getByText('格式设置（本单位通用）').click();
    await dialog.getByLabel('三级标题「1.」加粗').check();
    const body = dialog.getByLabel('正文及三、四级标题（仿宋）');
    await body.fill('方正仿宋_GBK');
    await body.press('Enter');
    await expect.poll(async () => (await call('exportPreview', { reportId: report.id })).settings.fonts.body).toBe('方正仿宋_GBK');
    expect((await call('exportPreview', { reportId: report.id })).settings.boldLevel3).toBe(true);

    const folder = readOnlyFolder(platform.folder);
    if (folder === null) throw new Error('no folder on this machine refuses writes');
    platform.answers.push(path.join(folder, FILE_NAME));
    await dialog.getByRole('button', { name: '选择位置并导出' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain(ERROR_MESSAGES.FOLDER_READ_ONLY);

    // Cancelling the save dialog changes nothing.
    platform.answers.push(null);
    await dialog.getByRole('button', { name: '另选位置导出' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: '选择位置并导出' }).count()).toBe(1);
    expect(app.store.versions.list(report.id)).toEqual([]);

    const target = path.join(platform.folder, '第二稿.docx');
    platform.answers.push(path.join(platform.folder, '第二稿'));
    await dialog.getByRole('button', { name: '选择位置并导出' }).click();
    await expect.poll(() => dialog.locator('.export-done').textContent()).toContain(`已导出：${target}`);
    const docx = await unpackDocx(readFileSync(target));
    expect(docx.styles + docx.document).toContain('w:eastAsia="方正仿宋_GBK"');

    // Esc closes; reopening shows the folder used last.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.keyboard.press('Control+e');
    await expect.poll(() => dialog.locator('.export-target').textContent()).toContain(platform.folder);
    // The settings were kept for the unit: the form shows them again.
    await dialog.getByText('格式设置（本单位通用）').click();
    expect(await dialog.getByLabel('三级标题「1.」加粗').isChecked()).toBe(true);
    expect(await dialog.getByLabel('正文及三、四级标题（仿宋）').inputValue()).toBe('方正仿宋_GBK');
    // An open item closes the dialog at its section.
    await dialog.getByRole('button', { name: '「存在的不足和原因」尚未填写' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.getByLabel('章节标题').inputValue()).toBe('存在的不足和原因');
    expect(app.consoleErrors).toEqual([]);
  });
});
