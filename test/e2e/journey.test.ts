// The whole journey (spec journey.md) in one test, in the built renderer on an empty data folder:
// import last year's .docx → 以此为基础新建2025年报告 → fix one section and 核对完成 → 审校 and
// 全部修正此类 → 导出 to the (stubbed) save dialog's path. Every click and key press made as the
// user would is counted and logged: the number the product tries to keep small. It runs twice:
// over the test bridge, and through browser mode's real HTTP transport (`nianbao serve`), where the
// export goes to the remembered folder and the page offers the file as a download.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../electron/services/export/docxBuilder';
import { DEFAULT_EXPORT_SETTINGS } from '../../shared/export/exportDefaults';
import { paragraphs, unpackDocx } from '../electron/services/export/ooxml';
import { seedReport } from '../helpers/seedReports';
import { appWithFolder, type Transport } from './harness';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT = '南通市海门区三星镇人民政府';
const ADDED = '全年新增调解案件12起，均已办结。';

describe.each<Transport>(['bridge', 'http'])('the journey (%s)', (transport) => {
  const { app, platform } = appWithFolder('旅程 e2e', { transport });

  it('from an empty library to the exported 2025 report, counting the user’s clicks and keys', async () => {
    const started = Date.now();
    const { page } = app;
    // What the user does goes through these, so the count is the user's effort and nothing else.
    let actions = 0;
    const user = {
      click: async (target: Locator) => {
        actions += 1;
        await target.click();
      },
      type: async (text: string) => {
        actions += 1; // one IME commit
        await page.keyboard.insertText(text);
      },
    };

    // Last year's report on the USB stick: seed 002, 三星镇 2024, as our exporter writes it.
    const lastYear = seedReport(2);
    expect(lastYear.year).toBe(2024);
    const usb = path.join(platform.folder, '2024年法治政府建设情况报告.docx');
    writeFileSync(usb, await buildReportDocx(lastYear, DEFAULT_EXPORT_SETTINGS));

    // 1. The empty library says what to do first; import last year's report.
    await page.getByText('还没有报告').waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), user.click(page.getByRole('button', { name: '导入去年的报告' }))]);
    actions += 1; // picking the file in the system dialog
    await chooser.setFiles(usb);
    const preview = page.getByRole('dialog', { name: /导入预览/ });
    await preview.waitFor();
    const facts = preview.getByRole('region', { name: '识别结果' });
    expect(await facts.getByLabel('报告年度').inputValue()).toBe('2024');
    expect(await facts.getByLabel('单位全称').inputValue()).toBe(UNIT);
    expect(await facts.getByRole('radio', { name: '乡镇' }).isChecked()).toBe(true);
    expect(await preview.locator('.import-notes').textContent()).toContain('Word 文档（.docx）');
    expect(await preview.locator('table.import-mapping tbody tr').count()).toBeGreaterThan(5);
    expect(app.store.reports.list()).toEqual([]);
    await app.screenshot(`journey-${transport}-1-import`);
    await user.click(preview.getByRole('button', { name: '确认导入' }));
    const outline = page.getByRole('navigation', { name: '报告提纲' });
    await outline.waitFor();
    await expect.poll(() => app.store.reports.list().length).toBe(1);
    const imported = app.store.reports.list()[0]!;
    expect(imported).toMatchObject({ year: 2024, unitName: UNIT });

    // 2. One click to this year's report, based on last year's.
    await user.click(page.getByRole('button', { name: '以此为基础新建2025年报告' }));
    await expect.poll(() => app.store.reports.list().length).toBe(2);
    await expect.poll(() => page.locator('.report-heading').textContent()).toContain('2025');
    const summary = app.store.reports.list().find((r) => r.year === 2025)!;
    const report = app.store.reports.open(summary.id);
    expect(report.basedOn).toBe(imported.id);
    expect(report.sections.every((s) => s.status === 'review')).toBe(true);
    await expect.poll(() => outline.locator('.status-review').count()).toBe(report.sections.length);
    await app.screenshot(`journey-${transport}-2-next-year`);

    // 3. Fix one section: the first one still saying 「2024年」.
    const stale = report.sections.find((s) => s.body.includes('2024年'))!;
    expect(stale).toBeDefined();
    await user.click(outline.getByRole('button', { name: new RegExp(escape(stale.title)) }).first());
    const editor = page.getByRole('textbox', { name: '章节正文' });
    await expect.poll(() => editor.textContent()).toContain('2024年');
    const marks = () => page.locator('.mark-review').allTextContents();
    await expect.poll(async () => (await marks()).length).toBeGreaterThan(0);
    const before = await marks();
    // A highlight may be wider than the year (「2024年1月」): the user retypes what is highlighted.
    const k = before.findIndex((m) => m.startsWith('2024年'));
    expect(k).toBeGreaterThanOrEqual(0);
    const staleMark = before[k]!;
    const bar = page.getByRole('status', { name: '待核对' });
    // 下一处 walks the highlights from the start: k+1 presses select the first stale year.
    for (let i = 0; i <= k; i++) await user.click(bar.getByRole('button', { name: '下一处' }));
    await user.type(staleMark.replace('2024年', '2025年'));
    const saved = () => expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    await saved();
    await expect.poll(async () => (await marks()).length).toBe(before.length - 1);
    const stored = () => app.store.reports.open(report.id).sections.find((s) => s.id === stale.id)!;
    await expect.poll(() => stored().body).toBe(stale.body.replace(staleMark, staleMark.replace('2024年', '2025年')));
    // This year's news, typed in haste with a half-width comma (the import folded last year's).
    await user.click(editor);
    actions += 1;
    await page.keyboard.press('Control+End');
    await user.type(ADDED.replace('，', ','));
    await saved();
    // 「已保存」 may still be the previous save's for a moment after the keystroke: the text itself.
    await expect.poll(() => stored().body.endsWith(ADDED.replace('，', ','))).toBe(true);
    await app.screenshot(`journey-${transport}-3-reviewed-section`);
    await user.click(bar.getByRole('button', { name: '核对完成' }));
    await user.click(bar.getByRole('button', { name: '还要修改' }));
    await expect.poll(() => stored().status).toBe('draft');
    await expect.poll(marks).toEqual([]);

    // 4. 审校: errors listed; the half-width punctuation fixed everywhere in one click.
    await user.click(page.getByRole('tab', { name: /审校/ }));
    const panel = page.getByRole('tabpanel', { name: '审校' });
    await panel.locator('li.finding').first().waitFor();
    const errors = () => panel.locator('[data-severity="error"] strong').textContent().then(Number);
    expect(await errors()).toBeGreaterThan(0);
    expect(await panel.locator('li.finding-error').count()).toBeGreaterThan(0);
    await app.screenshot(`journey-${transport}-4-checks`);
    const halfWidth = panel.locator('li.finding[data-rule="half-width"]');
    await expect.poll(() => halfWidth.count()).toBeGreaterThan(0);
    await user.click(halfWidth.first().getByRole('button', { name: '全部修正此类' }));
    await expect.poll(() => halfWidth.count()).toBe(0);
    await saved();
    await expect.poll(() => stored().body.endsWith(ADDED)).toBe(true);
    const after = await app.call('checkReport', { id: report.id });
    expect(after.open.filter((f) => f.fix?.kind === 'punctuation-width')).toEqual([]);

    // 5. 导出: the outline and page estimate, then the file where the save dialog says.
    await user.click(page.getByRole('button', { name: '导出', exact: true }));
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByTestId('export-outline').textContent()).toMatch(/一、/);
    expect(await dialog.getByTestId('export-pages').textContent()).toMatch(/^共 \d+ 页 · 正文 [\d,]+ 字$/);
    const fileName = (await dialog.getByTestId('export-file-name').textContent())!;
    expect(fileName).toMatch(/2025.*\.docx$/);
    await app.screenshot(`journey-${transport}-5-export`);
    if (transport === 'bridge') {
      await user.click(dialog.getByRole('button', { name: '选择位置并导出' }));
      actions += 1; // 保存 in the system save dialog (the stub answers with the offered path)
    } else {
      // Browser mode: no dialog; the file goes to the folder shown (the remembered one, first 文档).
      expect(await dialog.locator('.export-target').textContent()).toContain('浏览器模式');
      await user.click(dialog.getByRole('button', { name: '导出到此文件夹' }));
    }
    const target = path.join(platform.folder, fileName);
    await expect.poll(() => dialog.locator('.export-done').textContent(), { timeout: 20_000 }).toContain(`已导出：${target}`);
    await app.screenshot(`journey-${transport}-6-exported`);

    // 6. The file: it exists, unzips, and its first paragraph is the 2025 title.
    expect(existsSync(target)).toBe(true);
    if (transport === 'http') {
      // …and the page offers it as a download: the same bytes.
      const [download] = await Promise.all([page.waitForEvent('download'), user.click(dialog.getByRole('link', { name: '下载此文件' }))]);
      expect(download.suggestedFilename()).toBe(fileName);
      const saved = path.join(platform.folder, `下载-${fileName}`);
      await download.saveAs(saved);
      expect(readFileSync(saved).equals(readFileSync(target))).toBe(true);
    }
    const docx = await unpackDocx(readFileSync(target));
    const title = app.store.reports.open(report.id).title;
    expect(title).toContain('2025');
    expect(paragraphs(docx.document).map((p) => p.text.replace(/\n/g, ''))).toContain(title);
    expect(paragraphs(docx.document).map((p) => p.text).join('')).toContain('2025年');

    console.log(
      `journey (${transport}): ${actions} clicks/key presses from launch to the exported file ` +
        `(下一处 presses: ${k + 1}); ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(app.consoleErrors).toEqual([]);
  });
});
