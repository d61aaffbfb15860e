// Issue 14, whole-report versions in the UI, on a real report (seed 002, 三星镇 2024): 保存版本
// 「送审稿」 → three sections edited and one deleted → the compare shows exactly those changes →
// restoring 「送审稿」 makes the report equal the saved version (through the API) and keeps the
// state before the restore as a version.
import { describe, expect, it } from 'vitest';
import { versionContentOf } from '../../shared/versions/content';
import { seedReport } from '../helpers/seedReports';
import { storeReport } from '../helpers/storeReport';
import { appPerTest } from './harness';

const app = appPerTest();

describe('versions e2e', () => {
  it('保存版本「送审稿」, edit three sections and delete one, compare shows exactly those, restore brings 送审稿 back', async () => {
    const { page } = app;
    const report = storeReport(app.store, seedReport(2));
    const areas = report.sections.filter((s) => s.level === 2 && s.body.length > 20 && !s.required);
    expect(areas.length).toBeGreaterThanOrEqual(4);
    const [a, b, c, gone] = areas as [typeof areas[0], typeof areas[0], typeof areas[0], typeof areas[0]];
    await page.reload();
    await page.getByRole('button', { name: /2024年度/ }).click();
    const outline = page.getByRole('navigation', { name: '报告提纲' });
    await outline.waitFor();
    const open = (title: string) => outline.getByRole('button', { name: new RegExp(title.slice(0, 8).replace(/[()（）]/g, '.')) }).first().click();

    await page.getByRole('button', { name: '保存版本' }).click();
    const naming = page.getByRole('dialog', { name: '保存版本' });
    await naming.getByRole('button', { name: '送审稿' }).click();
    await naming.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByText('已保存版本「送审稿」').isVisible()).toBe(true);
    // Unchanged text: Ctrl+S says so and adds nothing.
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByText('相同，没有新增版本').first().isVisible()).toBe(true);
    expect(await app.call('listVersions', { reportId: report.id })).toHaveLength(1);

    const editor = page.getByRole('textbox', { name: '章节正文' });
    const added = ['另外新建法治文化阵地2处。', '全年未发生行政败诉案件。', '新聘法律顾问1名。'];
    for (const [k, s] of [a, b, c].entries()) {
      await open(s.title);
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText(added[k]!);
      await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    }
    await open(gone.title);
    // A section with text is deleted after asking.
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await page.getByRole('dialog', { name: '删除章节' }).getByRole('button', { name: '删除' }).click();
    await expect.poll(() => outline.getByRole('button', { name: new RegExp(gone.title.slice(0, 8)) }).count()).toBe(0);
    const edited = versionContentOf(await app.call('openReport', { id: report.id }));

    await page.getByRole('button', { name: '版本', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '版本' });
    await expect.poll(() => dialog.locator('.version-diff-summary').textContent()).toBe('修改 3 节 · 删除 1 节');
    const rows = dialog.getByRole('list', { name: '各节的改动' }).locator('li.version-diff-section');
    await expect.poll(() => rows.count()).toBe(4);
    const shown = await rows.evaluateAll((els) => els.map((el) => [el.getAttribute('data-change'), el.getAttribute('aria-label')]));
    const label = (s: typeof a) => expect.stringContaining(s.title);
    expect(shown).toEqual([
      ['changed', label(a)],
      ['changed', label(b)],
      ['changed', label(c)],
      ['removed', label(gone)],
    ]);
    // Inside a changed section, exactly the typed words are marked as new.
    for (const [k, s] of [a, b, c].entries()) {
      const row = rows.filter({ hasText: s.title });
      expect(await row.locator('ins.diff-ins').allTextContents()).toEqual([added[k]]);
      expect(await row.locator('del.diff-del').count()).toBe(0);
    }
    expect((await rows.last().locator('del.diff-del').allTextContents()).join('')).toBe(gone.body.replace(/\n/g, ''));
    await app.screenshot('versions-compare');

    await dialog.getByRole('button', { name: '恢复到此版本…' }).click();
    await dialog.getByRole('alertdialog', { name: '确认恢复' }).getByRole('button', { name: '确定恢复' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByText('已恢复到「送审稿」').isVisible()).toBe(true);

    // The report equals 「送审稿」, compared through the API, and the state before is a version.
    const versions = await app.call('listVersions', { reportId: report.id });
    expect(versions.map((v) => [v.kind, v.label])).toEqual([
      ['restore', '恢复「送审稿」前'],
      ['manual', '送审稿'],
    ]);
    const saved = await app.call('openVersion', { versionId: versions[1]!.id });
    expect(versionContentOf(await app.call('openReport', { id: report.id }))).toEqual(saved.content);
    expect((await app.call('openVersion', { versionId: versions[0]!.id })).content).toEqual(edited);
    // The screen shows it too: the deleted section is back, the open one holds its old text.
    await expect.poll(() => outline.getByRole('button', { name: new RegExp(gone.title.slice(0, 8)) }).count()).toBe(1);
    await open(c.title);
    await expect.poll(() => editor.textContent()).not.toContain(added[2]);
    expect(app.consoleErrors).toEqual([]);
  });
});
