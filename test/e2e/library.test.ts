// The report library in the built renderer: search across years, delete after a backup, the
// 「数据与备份」 dialog, grouping and ordering, keyboard shortcuts.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../shared/types';
import { appPerTest, type E2EApp } from './harness';

const app = appPerTest();

/** Through the same validated dispatch the UI uses, outside the page (to set up quickly). */
const call: E2EApp['call'] = (name, input) => app.call(name, input);

const newReport = (fullName: string, year: number): Promise<Report> =>
  call('createReport', { unit: { fullName, kind: 'township' }, year });

async function showLibrary() {
  await app.page.reload();
  await app.page.locator('.unit-group').first().waitFor();
}

describe('library e2e', () => {
  it('finds text in an older year with Ctrl+F and opens that report at that section, match highlighted', async () => {
    const { page } = app;
    const old = await newReport('白沙镇人民政府', 2023);
    await newReport('白沙镇人民政府', 2025);
    const target = old.sections.filter((s) => s.parentId !== null)[2]!;
    const text = '2023年，我镇全面推行行政执法三项制度，执法全过程记录率达到100%。';
    await call('saveSectionText', { id: target.id, body: `本节第一段。\n${text}` });
    await showLibrary();

    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('搜索报告内容');
    await page.keyboard.insertText('三项制度');
    const results = page.getByRole('region', { name: '搜索结果' });
    await results.waitFor();
    const hits = results.locator('.search-hit');
    await expect.poll(() => hits.count()).toBe(1);
    expect(await results.textContent()).toContain('在 1 份报告中找到 1 处');
    expect(await hits.first().textContent()).toContain('2023年度');
    expect(await hits.first().textContent()).toContain(target.title);
    expect(await hits.first().locator('mark').allTextContents()).toEqual(['三项制度']);
    await app.screenshot('search');

    await hits.first().click();
    const outline = page.getByRole('navigation', { name: '报告提纲' });
    await outline.waitFor();
    await expect.poll(() => outline.locator('[aria-current="true"]').textContent()).toContain(target.title);
    expect(await page.locator('.report-heading').textContent()).toContain('2023');
    await expect.poll(() => page.getByRole('textbox', { name: '章节正文' }).textContent()).toContain(text);
    await expect.poll(() => page.locator('.mark-focus').first().textContent()).toBe('三项制度');

    // Back in the library the search is still there.
    await page.getByRole('button', { name: '← 报告列表' }).click();
    await expect.poll(() => page.getByLabel('搜索报告内容').inputValue()).toBe('三项制度');
    await expect.poll(() => page.locator('.search-hit').count()).toBe(1);

    // A short query (below the trigram index) still searches; a miss says so; Esc clears.
    await page.getByLabel('搜索报告内容').fill('执法');
    await expect.poll(() => page.locator('.search-hit').count()).toBe(1);
    await page.getByLabel('搜索报告内容').fill('不存在的词语');
    await expect.poll(() => page.getByText('没有找到包含「不存在的词语」的内容').isVisible()).toBe(true);
    await page.getByLabel('搜索报告内容').press('Escape');
    await expect.poll(() => page.locator('.unit-group').count()).toBe(1);
    expect(app.consoleErrors).toEqual([]);
  });

  it('deletes a report only after asking and after a backup that still holds it', async () => {
    const { page } = app;
    const doomed = await newReport('白沙镇人民政府', 2024);
    await newReport('白沙镇人民政府', 2025);
    await showLibrary();
    const before = app.store.backups.list().map((b) => b.file);
    const del = page.getByRole('button', { name: '删除 白沙镇人民政府 2024 年的报告' });

    // Esc cancels: nothing backed up, nothing deleted.
    await del.click();
    const dialog = page.getByRole('dialog', { name: '删除报告' });
    await dialog.waitFor();
    const said = await dialog.textContent();
    expect(said).toContain('确定删除「白沙镇人民政府 2024年度」的报告吗？');
    expect(said).toContain(doomed.title);
    expect(said).toContain('删除后无法在程序中找回，但删除前的备份会在数据文件夹中保留至少 30 天');
    expect(said).toContain('删除前会先立即备份一次');
    await app.screenshot('delete-report');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(app.store.reports.list()).toHaveLength(2);
    expect(app.store.backups.list().map((b) => b.file)).toEqual(before);

    await del.click();
    await dialog.getByRole('button', { name: '备份并删除' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: /2024年度/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /2025年度/ }).count()).toBe(1);
    await expect.poll(() => page.getByText(/已删除「白沙镇人民政府 2024年度」的报告。删除前的备份：/).isVisible()).toBe(true);
    expect(app.store.reports.list().map((r) => r.year)).toEqual([2025]);

    // The backup taken just before the delete is the newest one, and it still holds the report.
    const backups = app.store.backups.list();
    expect(backups[0]!.reason).toBe('manual');
    expect(backups.filter((b) => b.reason === 'manual')).toHaveLength(1);
    const copy = new Database(backups[0]!.file, { readonly: true });
    try {
      const row = copy.prepare('SELECT title FROM reports WHERE id = ?').get(doomed.id) as { title: string } | undefined;
      expect(row?.title).toBe(doomed.title);
    } finally {
      copy.close();
    }
    expect(app.consoleErrors).toEqual([]);
  });

  it('「数据与备份」 shows the data folder and lists a new backup after 「立即备份」', async () => {
    const { page } = app;
    await newReport('盘龙彝族乡人民政府', 2025);
    await showLibrary();
    await page.getByRole('button', { name: '数据与备份' }).click();
    const dialog = page.getByRole('dialog', { name: '数据与备份' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('数据文件夹').inputValue()).toBe(app.dataDir);
    const rows = dialog.getByRole('region', { name: '备份列表' }).locator('tbody tr');
    // The app started on an empty library: no start-up backup was taken of it.
    await expect.poll(() => dialog.textContent()).toContain('还没有备份');
    expect(await rows.count()).toBe(0);
    expect(await dialog.textContent()).toContain('每天首次启动时自动备份');

    await dialog.getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^备份完成：\d{4}年/);
    const made = app.store.backups.list().find((b) => b.reason === 'manual');
    expect(made).toBeDefined();
    const name = made!.file.split('/').pop()!;
    expect(await dialog.getByRole('status').textContent()).toContain(name);
    // Newest first; the list is whatever the rotation kept (today's daily backup may be superseded).
    await expect.poll(() => rows.first().textContent()).toContain(name);
    expect(await rows.first().textContent()).toContain('手动');
    expect(await rows.count()).toBe(app.store.backups.list().length);
    await app.screenshot('data-and-backups');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.locator('.statusbar').textContent()).toContain('最近备份：');
    expect(app.consoleErrors).toEqual([]);
  });

  it('groups reports by unit, newest year first, and Ctrl+N opens the new-report wizard', async () => {
    const { page } = app;
    // Empty library: no search box, a clear way to start, Ctrl+N works there too.
    await page.getByText('还没有报告').waitFor();
    expect(await page.getByLabel('搜索报告内容').count()).toBe(0);
    await app.screenshot('library-first-run');
    await page.keyboard.press('Control+n');
    const wizard = page.getByRole('dialog', { name: /新建报告/ });
    await wizard.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => wizard.count()).toBe(0);

    for (const year of [2023, 2025, 2024]) await newReport('白沙镇人民政府', year);
    await new Promise((r) => setTimeout(r, 20));
    await newReport('盘龙彝族乡人民政府', 2025);
    await showLibrary();

    const groups = page.locator('section.unit-group');
    expect(await groups.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(['盘龙彝族乡人民政府', '白沙镇人民政府']);
    expect(await groups.nth(1).locator('.report-year').allTextContents()).toEqual(['2025年度', '2024年度', '2023年度']);
    expect(await groups.nth(0).locator('.report-year').allTextContents()).toEqual(['2025年度']);
    await app.screenshot('library');

    await page.keyboard.press('Control+n');
    await wizard.waitFor();
    await expect.poll(() => page.getByLabel('单位全称').inputValue()).not.toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => wizard.count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });

  it('fetches the workspace’s and the dialogs’ code while the library is idle (they are not in its script)', async () => {
    const { page } = app;
    await page.getByText('还没有报告').waitFor();
    // The scripts the page has loaded, by chunk name (「WorkspaceScreen-3fA9….js」 → WorkspaceScreen).
    const chunks = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name.slice(e.name.lastIndexOf('/') + 1))
          .filter((name) => name.endsWith('.js'))
          .map((name) => name.split('-')[0]),
      );
    const later = ['WorkspaceScreen', 'ImportDialog', 'PackageImportDialog', 'DataBackupDialog'];
    await expect.poll(chunks).toEqual(expect.arrayContaining(later));
    expect(app.consoleErrors).toEqual([]);
  });
});
