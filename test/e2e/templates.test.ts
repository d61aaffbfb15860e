// Issue 3: a township report through the wizard, guided by the template.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/tempDir';
import { appPerTest, launchApp } from './harness';

const app = appPerTest();

describe('templates and the guided workspace', () => {
  it('creates a 2025 township report through the wizard and keeps every piece of state across a reload', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '新建报告' }).first().click();
    await page.getByLabel('单位全称').fill('盘龙彝族乡人民政府');
    await page.getByLabel('单位简称').fill('盘龙乡');
    await page.getByLabel('上级机关（主送机关）').fill('石林彝族自治县人民政府');
    await page.getByLabel('报告年度').fill('2025');
    await app.screenshot('wizard-step1');
    await page.getByRole('button', { name: '下一步' }).click();
    const title = page.getByLabel('标题', { exact: true });
    await expect.poll(() => title.inputValue()).toContain('2025');
    expect(await page.getByLabel('开头段落').inputValue()).toContain('盘龙乡在石林彝族自治县人民政府的正确领导下');
    expect(await page.getByLabel('成文日期').inputValue()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    await app.screenshot('wizard-step2');
    await page.getByRole('button', { name: '创建报告' }).click();

    const outline = page.getByRole('navigation', { name: '报告提纲' });
    await outline.waitFor();
    // Five parts and the eight areas of the 2021—2025 纲要 under part one.
    for (const part of ['一、', '二、', '三、', '四、', '五、']) {
      await expect.poll(() => outline.getByRole('button', { name: new RegExp(`^${part}`) }).count()).toBe(1);
    }
    for (const area of ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）']) {
      expect(await outline.getByRole('button', { name: new RegExp(`^${area.replace(/[（）]/g, '\\$&')}`) }).count()).toBe(1);
    }
    expect(await outline.getByRole('button', { name: /^（九）/ }).count()).toBe(0);

    const editor = page.getByRole('textbox', { name: '章节正文' });
    const saved = () => expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');

    // Section 1: insert a sample paragraph from the guidance panel.
    await outline.getByRole('button', { name: /^（一）/ }).click();
    const sample = page.locator('.sample').first();
    const sampleText = (await sample.locator('blockquote').textContent())!.trim();
    expect(sampleText.length).toBeGreaterThan(20);
    expect(await sample.locator('figcaption').textContent()).toMatch(/摘自：.+\d{4}年报告/);
    await sample.getByRole('button', { name: '插入' }).click();
    await saved();
    // Tick two key points.
    const points = page.locator('.checklist input[type=checkbox]');
    await points.nth(0).check();
    await points.nth(1).check();

    // Section 2: typed, and marked 已完成.
    await outline.getByRole('button', { name: /^（二）/ }).click();
    await editor.click();
    await page.keyboard.insertText('2025年，我乡修订完善了合法性审查制度。');
    await saved();
    await page.getByLabel('章节状态').selectOption('done');
    await expect.poll(() => page.getByTestId('progress').textContent()).toBe('已完成 1/13');

    // Section 3: part three, typed.
    await outline.getByRole('button', { name: /^三、/ }).click();
    await editor.click();
    await page.keyboard.insertText('一是法治宣传的形式还比较单一。');
    await saved();

    // Completeness names the empty required sections.
    await page.getByRole('tab', { name: /完整性/ }).click();
    const panel = page.getByRole('tabpanel', { name: '完整性' });
    await expect.poll(() => panel.textContent()).toContain('党政主要负责人履行推进法治建设第一责任人职责情况');
    expect(await panel.textContent()).toContain('下一年度推进法治政府建设的主要安排');
    // The areas of the 纲要 are guidance: listed as covered or not, never as missing.
    const coverage = panel.getByRole('region', { name: '本报告写到了哪些方面' });
    expect(await coverage.textContent()).toMatch(/本报告写到了哪些方面（\d\/8）/);
    expect(await coverage.getByRole('listitem').filter({ hasText: '加强依法行政制度建设' }).textContent()).toContain('有专门标题');
    expect(await coverage.getByRole('listitem').filter({ hasText: '依法应对重大突发事件' }).textContent()).toContain('未写到');
    expect(await panel.textContent()).not.toContain('「依法应对重大突发事件」尚未填写');
    await app.screenshot('workspace-completeness');
    // Clicking an entry opens its section.
    await panel.getByRole('button', { name: /下一年度推进法治政府建设的主要安排/ }).first().click();
    await expect.poll(() => page.getByLabel('章节标题').inputValue()).toBe('下一年度推进法治政府建设的主要安排');

    // Reload: all state is back.
    // Reloaded, the app reopens the report where it was.
    await page.reload();
    await outline.getByRole('button', { name: /^（一）/ }).click();
    await expect.poll(() => editor.textContent()).toContain(sampleText.slice(0, 20));
    await page.getByRole('tab', { name: '写作指引' }).click();
    expect(await points.nth(0).isChecked()).toBe(true);
    expect(await points.nth(1).isChecked()).toBe(true);
    expect(await points.nth(2).isChecked()).toBe(false);
    await expect.poll(() => page.getByTestId('progress').textContent()).toBe('已完成 1/13');
    await outline.getByRole('button', { name: /^三、/ }).click();
    await expect.poll(() => editor.textContent()).toContain('一是法治宣传的形式还比较单一。');
    await outline.getByRole('button', { name: /^（一）/ }).click();
    await app.screenshot('workspace-guidance');

    // The report remembers the template it was made from.
    const report = app.store.reports.open(app.store.reports.list()[0]!.id);
    expect(report.templateId).toBe('township');
    expect(report.templateVersion).toBeGreaterThanOrEqual(1);
    expect(report.addressee).toBe('石林彝族自治县人民政府');
    expect(app.consoleErrors).toEqual([]);
  });

  it('the unit profile is remembered for the next report, and custom area headings work', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '新建报告' }).first().click();
    await page.getByLabel('单位全称').fill('苍溪县乡村振兴局');
    await page.getByRole('radio', { name: '县级部门', exact: true }).check();
    await page.getByLabel('上级机关（主送机关）').fill('苍溪县人民政府');
    await page.getByRole('radio', { name: '本单位自定标题' }).check();
    await page.getByLabel('自定小标题').fill('加强组织领导\n深化法治宣传');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '创建报告' }).click();
    const outline = page.getByRole('navigation', { name: '报告提纲' });
    await expect.poll(() => outline.getByRole('button', { name: /（二）深化法治宣传/ }).count()).toBe(1);
    await page.getByRole('button', { name: '← 报告列表' }).click();
    await page.getByRole('button', { name: '新建报告' }).first().click();
    // The last unit is proposed again, with its kind and superior.
    await expect.poll(() => page.getByLabel('单位全称').inputValue()).toBe('苍溪县乡村振兴局');
    expect(await page.getByLabel('上级机关（主送机关）').inputValue()).toBe('苍溪县人民政府');
    expect(await page.getByRole('radio', { name: '县级部门', exact: true }).isChecked()).toBe(true);
  });
});

describe('a broken template file', () => {
  it('is named with its field in the wizard, and the other templates still work', async () => {
    const dir = makeTempDir('模板');
    cpSync(resolve(import.meta.dirname, '../../resources/templates'), dir, { recursive: true });
    const broken = JSON.parse(readFileSync(join(dir, 'department.json'), 'utf8')) as { sections: Array<Record<string, unknown>> };
    delete broken.sections[1]!['title'];
    writeFileSync(join(dir, 'department.json'), JSON.stringify(broken));
    writeFileSync(join(dir, 'notjson.json'), '{ "id": "x", ');
    const own = await launchApp({ templatesDir: dir });
    try {
      const { page } = own;
      await page.getByRole('button', { name: '新建报告' }).first().click();
      const alert = page.locator('.template-problems');
      await expect.poll(() => alert.textContent()).toContain('department.json');
      expect(await alert.textContent()).toContain('sections[1].title');
      expect(await alert.textContent()).toContain('notjson.json');
      await page.getByLabel('单位全称').fill('某乡人民政府');
      await page.getByRole('button', { name: '下一步' }).click();
      await page.getByRole('button', { name: '创建报告' }).click();
      await expect.poll(() => page.getByTestId('progress').textContent()).toBe('已完成 0/13');
      expect(own.store.reports.open(own.store.reports.list()[0]!.id).templateId).toBe('township');
    } finally {
      await own.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
