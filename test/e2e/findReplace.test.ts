// Issue 12, "find and replace in the report": Ctrl+F in the library still searches every year;
// in the workspace Ctrl+F / Ctrl+H find in this section or the whole report — title, opening and
// 落款 included — count the matches, open the section at each, replace one, and replace all after
// keeping a version, with an undo that brings everything back.
import { describe, expect, it } from 'vitest';
import { reportTexts } from '../../shared/text/findReplace';
import { appPerTest, reportWithAreas } from './harness';
import { tidyAtBothSizes } from './layout';

const app = appPerTest({ viewport: { width: 1366, height: 768 } });

const AREA = '2024年，全乡开展普法宣传52次。\n截至2024年底，调解纠纷128起，2024年群众满意度提升。';
const OTHER = '2024年成立法治政府建设领导小组。';

describe('find and replace e2e', () => {
  it('Ctrl+H replaces 「2024年」 with 「2025年」 across the report after keeping a version; undo brings all back', async () => {
    const { page } = app;
    const { report: created, areas } = await reportWithAreas(app, '盘龙彝族乡人民政府', 2025, [AREA, null, OTHER]);
    await app.call('updateSection', { id: areas[1]!.id, title: '2024年度执法监督' });
    await app.call('updateReport', {
      id: created.id,
      patch: { title: '盘龙彝族乡人民政府关于2024年度法治政府建设情况的报告', opening: '2024年，我乡在县委县政府的领导下……', signatureDate: '2024年12月31日' },
    });
    const before = reportTexts(app.store.reports.open(created.id));
    const total = before.reduce((n, t) => n + t.text.split('2024年').length - 1, 0);
    expect(total).toBe(8);

    await page.reload();
    await page.getByRole('button', { name: /2025年度/ }).waitFor();
    // In the library Ctrl+F is still the search of all years.
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('搜索报告内容');
    await page.getByRole('button', { name: /2025年度/ }).click();
    await page.getByRole('navigation', { name: '报告提纲' }).waitFor();

    await page.keyboard.press('Control+f');
    const bar = page.getByRole('search', { name: '查找和替换' });
    await page.keyboard.type('2024年');
    const count = () => bar.getByTestId('find-count').textContent();
    await expect.poll(count).toBe(`共 ${total} 处`);
    // Enter: the next match after the cursor (in part one, opened first): the first area's text.
    await page.keyboard.press('Enter');
    await expect.poll(count).toMatch(new RegExp(`^第 3/${total} 处 · （一）.+ · 正文$`));
    await expect.poll(() => page.locator('.section-title-input').inputValue()).toBe(areas[0]!.title);
    await expect.poll(() => page.locator('.mark-focus').allTextContents()).toEqual(['2024年']);
    await expect.poll(() => page.locator('.mark-find').count()).toBe(3);
    // The typing stays in the find box.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('查找内容');
    // 上一处 walks back in reading order, opening each place: the opening, then the title.
    await bar.getByRole('button', { name: '上一处' }).click();
    await expect.poll(count).toBe(`第 2/${total} 处 · 开头段落`);
    await expect.poll(() => page.getByRole('heading', { name: '标题与开头' }).count()).toBe(1);
    await tidyAtBothSizes(app, 'find-opening', ['.find-bar', '.topbar']);
    await page.keyboard.press('Shift+Enter');
    await expect.poll(count).toBe(`第 1/${total} 处 · 报告标题`);
    await bar.getByRole('button', { name: '下一处' }).click();
    await bar.getByRole('button', { name: '下一处' }).click();
    await expect.poll(count).toMatch(new RegExp(`^第 3/${total} 处`));
    // 本节: only this section's matches.
    await bar.getByRole('radio', { name: '本节' }).click();
    await expect.poll(count).toBe('共 3 处');
    await bar.getByRole('radio', { name: '全文' }).click();

    // Ctrl+H: replace one, then all.
    await page.keyboard.press('Control+h');
    await bar.getByLabel('替换为').fill('2025年');
    await bar.getByRole('button', { name: '下一处' }).click();
    await expect.poll(count).toMatch(new RegExp(`^第 3/${total} 处`));
    await bar.getByRole('button', { name: '替换', exact: true }).click();
    // Replaced, and on to the next one: the count is one less and the place is the next match.
    await expect.poll(count).toMatch(new RegExp(`^第 3/${total - 1} 处 · （一）.+ · 正文$`));
    await expect.poll(() => page.getByRole('textbox', { name: '章节正文' }).textContent()).toContain('2025年，全乡开展普法宣传52次。');
    await tidyAtBothSizes(app, 'find-replace', ['.find-bar', '.topbar', '.section-tools', '.editor-footer']);
    await bar.getByRole('button', { name: '全部替换' }).click();
    const toast = page.locator('.toast', { hasText: '替换为「2025年」' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain(`已把 ${total - 1} 处「2024年」替换为「2025年」`);
    await expect.poll(count).toBe('没有找到');
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    await expect.poll(() => reportTexts(app.store.reports.open(created.id)).filter((t) => t.text.includes('2024年'))).toEqual([]);
    const after = reportTexts(app.store.reports.open(created.id));
    expect(after.map((t) => t.text.replaceAll('2025年', '2024年'))).toEqual(before.map((t) => t.text.replaceAll('2025年', '2024年')));
    // A version from before 全部替换 exists, holding the text after the one replacement.
    const versions = app.store.versions.list(created.id);
    const kept = versions.find((v) => v.kind === 'replaceall')!;
    expect(kept).toBeDefined();
    expect(JSON.stringify(app.store.versions.open(kept.id).content)).toContain('截至2024年底');

    // 撤销: every text is back as it was before 全部替换, the editor included.
    await toast.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => reportTexts(app.store.reports.open(created.id)).filter((t) => t.text.includes('2024年')).length).toBe(6);
    await expect.poll(() => page.getByRole('textbox', { name: '章节正文' }).textContent()).toContain('截至2024年底');
    await expect.poll(count).toBe(`共 ${total - 1} 处`);
    await bar.getByLabel('查找内容').press('Escape');
    expect(await bar.count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });
});
