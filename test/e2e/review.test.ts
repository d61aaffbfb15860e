// Issue 12, "review marks that track the text": 下一处 / 上一处 walk the highlights from the cursor
// as they are after every edit, so fixing one never skips the next; 「这处不用改」 clears one mark
// for good; 核对完成 asks whether the section is finished, and after the last one the bar says
// what to do next.
import { describe, expect, it } from 'vitest';
import { appPerTest, reportWithAreas } from './harness';
import { tidyAtBothSizes } from './layout';

const app = appPerTest({ viewport: { width: 1366, height: 768 } });
const UNIT = '盘龙彝族乡人民政府';
const TEXT = '2024年全乡开展普法宣传52次，调解矛盾纠纷128起。';

describe('review marks e2e', () => {
  it('fix the first of three marks, 下一处 lands on the second; 上一处; 这处不用改; 核对完成 → 已完成 → 去审校', async () => {
    const { page } = app;
    const { report: base, areas } = await reportWithAreas(app, UNIT, 2024, [TEXT, '成立法治政府建设领导小组。']);
    const report = await app.call('createFromLastYear', { baseReportId: base.id, year: 2025 });
    const area = report.sections.find((s) => s.templateKey === areas[0]!.templateKey)!;
    const other = report.sections.find((s) => s.templateKey === areas[1]!.templateKey)!;
    // Everything else is checked already: two sections are left to review.
    for (const s of report.sections) if (s.id !== area.id && s.id !== other.id) await app.call('updateSection', { id: s.id, status: 'draft' });

    await page.reload();
    await page.getByRole('button', { name: /2025年度/ }).click();
    const outline = page.getByRole('navigation', { name: '报告提纲' });
    const bar = page.getByRole('status', { name: '待核对' });
    const marks = () => page.locator('.mark-review').allTextContents();
    const selected = () => page.evaluate(() => (document.querySelector('.editor')?.shadowRoot as unknown as { getSelection(): Selection }).getSelection().toString());
    const stored = (id: number) => app.store.reports.open(report.id).sections.find((s) => s.id === id)!;
    /** 下一处 / 上一处, then the mark it selects, as the user sees it. */
    const step = async (button: '下一处' | '上一处', lands: string) => {
      await bar.getByRole('button', { name: button }).click();
      await expect.poll(selected).toBe(lands);
    };

    // The first of the two: 核对完成 → 已写完; a toast offers the section still to check.
    await outline.locator('.outline-item', { hasText: other.title }).click();
    await bar.getByRole('button', { name: '核对完成' }).click();
    await bar.getByText('本节已经写完了吗？').waitFor();
    await tidyAtBothSizes(app, 'review-confirm-question', ['.review-bar', '.topbar']);
    await bar.getByRole('button', { name: '已写完' }).click();
    await expect.poll(() => stored(other.id).status).toBe('done');
    await expect.poll(() => page.getByTestId('progress').textContent()).toBe(`已完成 1/${report.sections.length}`);
    await page.locator('.toast', { hasText: '还有 1 节待核对' }).getByRole('button', { name: '下一节' }).click();
    await expect.poll(() => page.locator('.section-title-input').inputValue()).toBe(area.title);

    await expect.poll(marks).toEqual(['2024年', '52次', '128起']);
    await expect.poll(() => bar.getByTestId('review-left').textContent()).toBe('3');
    expect(await bar.getByRole('button', { name: '这处不用改' }).isDisabled()).toBe(true);
    await step('下一处', '2024年');
    // Typed over the first mark: it is gone, and 下一处 goes to the one right after it.
    await page.keyboard.insertText('2025年');
    await expect.poll(marks).toEqual(['52次', '128起']);
    await step('下一处', '52次');
    await step('下一处', '128起');
    await step('上一处', '52次');
    // An edit elsewhere (before the marks) moves them; 上一处 / 下一处 still find them.
    await page.keyboard.press('Control+Home');
    await page.keyboard.insertText('今年');
    await expect.poll(marks).toEqual(['今年', '52次', '128起']);
    await page.keyboard.press('Control+z');
    await expect.poll(marks).toEqual(['52次', '128起']);
    await step('上一处', '128起');
    await step('上一处', '52次');

    // 这处不用改: that one mark goes, the next is selected, and it stays gone after a restart.
    await bar.getByRole('button', { name: '这处不用改' }).click();
    await expect.poll(marks).toEqual(['128起']);
    await expect.poll(selected).toBe('128起');
    await expect.poll(() => bar.getByTestId('review-left').textContent()).toBe('1');
    await expect.poll(() => stored(area.id).body).toBe(TEXT.replace('2024年', '2025年'));
    await app.restart();
    await expect.poll(marks).toEqual(['128起']);
    expect(await page.locator('.section-title-input').inputValue()).toBe(area.title);

    // The last section checked: the bar says what comes next.
    await bar.getByRole('button', { name: '核对完成' }).click();
    await bar.getByRole('button', { name: '已写完' }).click();
    await expect.poll(() => stored(area.id).status).toBe('done');
    await expect.poll(marks).toEqual([]);
    const next = page.locator('.review-next');
    await next.getByText('全部章节都已核对').waitFor();
    await tidyAtBothSizes(app, 'review-all-checked', ['.review-next', '.topbar']);
    await next.getByRole('button', { name: '去审校' }).click();
    await expect.poll(() => page.getByRole('tab', { name: /审校/ }).getAttribute('aria-selected')).toBe('true');
    expect(await next.count()).toBe(0);
    await expect.poll(() => page.getByTestId('progress').textContent()).toBe(`已完成 2/${report.sections.length}`);
    expect(app.consoleErrors).toEqual([]);
  });
});
