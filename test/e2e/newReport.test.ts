// Issue 12: the wizard never carries the previous unit's 简称, 署名, 上级机关 or 类型 into a new
// unit's report, Enter moves on instead of creating, and the dialog keeps its size; 以此为基础新建
// names the report it made and is then disabled on the base; the library card, the editor footer
// and the export dialog show the same 字数.
import { describe, expect, it } from 'vitest';
import { appPerTest, holdAnswer } from './harness';
import { tidyAtBothSizes } from './layout';

const app = appPerTest({ viewport: { width: 1366, height: 768 } });

const PANLONG = { fullName: '盘龙彝族乡人民政府', shortName: '盘龙乡', kind: 'township', superior: '石林彝族自治县人民政府', signatureName: '中共盘龙彝族乡委员会 盘龙彝族乡人民政府' } as const;
const SIFA = { fullName: '石林彝族自治县司法局', shortName: '县司法局', kind: 'department', superior: '石林彝族自治县人民政府', signatureName: '石林彝族自治县司法局' } as const;
const num = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''));

describe('new report e2e', () => {
  it('the wizard fills an existing unit, clears it for a new name, and Enter never creates the report', async () => {
    const { page } = app;
    // Two units on this PC, 盘龙 used last; their reports are for a later year than the wizard
    // proposes, so no base report is offered and every field shows.
    await app.call('createReport', { unit: SIFA, year: 2030 });
    await app.call('createReport', { unit: PANLONG, year: 2030 });
    await page.reload();
    await page.getByRole('button', { name: '新建报告' }).first().click();
    const wizard = page.getByRole('dialog', { name: /新建报告/ });
    const value = (name: string) => wizard.locator(`[name=${name}]`).inputValue();
    const kind = () => wizard.locator('input[name=kind]:checked').inputValue();
    await expect.poll(() => value('unitName')).toBe(PANLONG.fullName);
    expect(await value('signatureName')).toBe(PANLONG.signatureName);

    // Choosing the other unit fills its fields.
    await wizard.locator('[name=unitName]').fill(SIFA.fullName);
    await expect.poll(() => value('shortName')).toBe(SIFA.shortName);
    expect([await value('signatureName'), await value('superior'), await kind()]).toEqual([SIFA.signatureName, SIFA.superior, 'department']);
    // Back to 盘龙, then a new unit's name: nothing of 盘龙 stays; the type follows the name.
    await wizard.locator('[name=unitName]').fill(PANLONG.fullName);
    await expect.poll(() => value('shortName')).toBe(PANLONG.shortName);
    await wizard.locator('[name=unitName]').fill('苍溪县司法局');
    await expect.poll(() => value('shortName')).toBe('');
    expect([await value('signatureName'), await value('superior'), await kind()]).toEqual(['', '', 'department']);
    // What the user types for the new unit is kept when the name is corrected.
    await wizard.locator('[name=shortName]').fill('苍溪司法局');
    await wizard.locator('[name=unitName]').fill('苍溪县司法局（试）');
    expect(await value('shortName')).toBe('苍溪司法局');
    await wizard.locator('[name=unitName]').fill('苍溪县司法局');
    await tidyAtBothSizes(app, 'wizard-new-unit', ['dialog[open]']);

    // Enter in the first field goes to the next one; nothing is created.
    const box1 = await wizard.boundingBox();
    await wizard.locator('[name=unitName]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('shortName');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('kind');
    expect(await wizard.getByRole('button', { name: '下一步' }).count()).toBe(1);
    expect(app.store.reports.list()).toHaveLength(2);
    await wizard.getByRole('button', { name: '下一步' }).click();
    await wizard.locator('[name=title]').waitFor();
    // Step 2 has the size of step 1.
    expect(await wizard.boundingBox()).toEqual(box1);
    await wizard.locator('[name=title]').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('addressee');
    expect(app.store.reports.list()).toHaveLength(2);
    await wizard.getByRole('button', { name: '创建报告' }).click();
    await page.getByRole('navigation', { name: '报告提纲' }).waitFor();
    const created = app.store.reports.list().find((r) => r.unitName === '苍溪县司法局')!;
    const report = app.store.reports.open(created.id);
    // An empty 署名 is the unit's full name, as the wizard's placeholder says.
    expect(report.unit).toMatchObject({ fullName: '苍溪县司法局', shortName: '苍溪司法局', kind: 'department', superior: '', signatureName: '苍溪县司法局' });
    expect(report.signatureName).toBe('苍溪县司法局');
    expect(app.consoleErrors).toEqual([]);
  });

  it('a unit name typed before this PC’s units have arrived is kept', async () => {
    const { page } = app;
    await app.call('createReport', { unit: PANLONG, year: 2030 });
    await page.reload();
    // The units are slow to come (an old PC, a big library): the name field has the focus at once.
    const { release } = holdAnswer(app, 'listUnits');
    await page.getByRole('button', { name: '新建报告' }).first().click();
    const wizard = page.getByRole('dialog', { name: /新建报告/ });
    await page.keyboard.insertText('苍溪县司法局');
    await expect.poll(() => wizard.locator('[name=unitName]').inputValue()).toBe('苍溪县司法局');
    release();
    // They arrive (offered by name) and take nothing of what was typed.
    await expect.poll(() => wizard.locator('#known-units option').count()).toBe(1);
    expect(await wizard.locator('[name=unitName]').inputValue()).toBe('苍溪县司法局');
    expect(await wizard.locator('[name=signatureName]').inputValue()).not.toBe(PANLONG.signatureName);
  });

  it('下一步 waits for the templates (saying so), then starts from the chosen one', async () => {
    const { page } = app;
    // The templates are slow to come (an old PC): the unit is typed meanwhile.
    const { release } = holdAnswer(app, 'listTemplates');
    await page.getByRole('button', { name: '新建报告' }).first().click();
    const wizard = page.getByRole('dialog', { name: /新建报告/ });
    await page.keyboard.insertText(PANLONG.fullName);
    const button = wizard.locator('.dialog-actions button[type=submit]');
    await expect.poll(() => button.textContent()).toBe('正在读取模板…');
    expect(await button.isDisabled()).toBe(true);
    await button.click({ force: true });
    expect(await wizard.locator('[name=title]').count()).toBe(0);
    release();
    await expect.poll(() => button.textContent()).toBe('下一步');
    // The township template, with its own headings chosen.
    await wizard.getByRole('radio', { name: '本单位自定标题' }).check();
    await wizard.getByRole('textbox', { name: '自定小标题' }).fill('加强组织领导\n推进依法行政');
    await button.click();
    await expect.poll(() => wizard.locator('[name=title]').inputValue()).toBe('盘龙彝族乡人民政府关于2026年度法治政府建设情况的报告');
    await wizard.getByRole('button', { name: '创建报告' }).click();
    await page.getByRole('navigation', { name: '报告提纲' }).waitFor();
    const report = app.store.reports.open(app.store.reports.list()[0]!.id);
    expect(report.templateId).not.toBe('');
    expect(report.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['加强组织领导', '推进依法行政']));
  });

  it('以此为基础新建 names and opens the new report, then is disabled on the base; card, footer and export dialog agree on 字数', async () => {
    const { page } = app;
    const base = await app.call('createReport', { unit: PANLONG, year: 2024 });
    // Spaces, full-width spaces and line breaks are not counted; a rare character outside the BMP is one.
    await app.call('saveSectionText', { id: base.sections[1]!.id, body: '2024年，全乡开展普法宣传 52 次。\n\u3000发放资料3000余份，涉及𬌗村。' });
    await app.call('updateReport', { id: base.id, patch: { opening: '2024年，在县委县政府的领导下……现将有关情况报告如下：', closing: '特此报告。' } });
    await page.reload();
    await page.getByRole('button', { name: /2024年度/ }).click();
    const next = page.getByRole('button', { name: '以此为基础新建2025年报告' });
    await next.click();
    const toast = page.locator('.toast', { hasText: '已新建' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告');
    await expect.poll(() => page.locator('.report-heading').textContent()).toContain('2025');
    // The new copy is still being checked: once the unit's reports are in, it offers no year after it.
    await page.locator('.next-year-off[data-reason=checking]').waitFor({ state: 'attached' });
    expect(await page.locator('button.next-year').count()).toBe(0);
    // The message leaves the editor's footer (字数, 查找替换, 字号) free.
    const [t, f] = [await toast.boundingBox(), await page.locator('.editor-footer').boundingBox()];
    expect(t!.y + t!.height).toBeLessThanOrEqual(f!.y);
    await tidyAtBothSizes(app, 'next-year-created', ['.topbar', '.review-bar', '.section-tools']);

    // Back on the base report: the button is there, disabled, and says why.
    await page.getByRole('button', { name: '← 报告列表' }).click();
    await page.getByRole('button', { name: /2024年度/ }).click();
    const done = page.getByRole('button', { name: '已有2025年报告' });
    await done.waitFor();
    expect(await done.isDisabled()).toBe(true);
    expect(await page.locator('.next-year-done').getAttribute('title')).toContain('本单位已有2025年的报告');

    // 字数: the editor footer, the export dialog and the library card.
    // The footer's count follows the text at a lower priority (it may still show the first render's 0).
    const footer = app.store.reports.list().find((r) => r.id === base.id)!.charCount;
    await expect.poll(async () => num(await page.getByTestId('report-chars').textContent())).toBe(footer);
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导出 Word 文档' });
    const pages = (await dialog.getByTestId('export-pages').textContent())!;
    expect(num(pages.split('正文')[1]!)).toBe(footer);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '← 报告列表' }).click();
    const card = page.locator('.report-card', { hasText: '2024年度' });
    expect(num((await card.locator('.report-meta').textContent())!.split('·')[1]!)).toBe(footer);
    // Counted by hand: opening 29, closing 5, section 34 (the 𬌗 once, the spaces not at all).
    expect(footer).toBe(29 + 5 + 34);
    expect(app.consoleErrors).toEqual([]);
  });
});
