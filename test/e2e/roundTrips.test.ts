// Text typed while the app waits for the main process is never overwritten or undone: a report
// read back after adding a section (its answer held in the bridge while the user types on) keeps
// the newer text, so 「全部修正此类」 and 「全部替换」 build on it; a report field saved while the
// user goes on typing (in the field, or in a section) keeps what was typed since; saved once per
// commit, and its newest value stays however slowly an older save is answered.
import { describe, expect, it } from 'vitest';
import { appPerTest, holdAnswer, reportWithAreas } from './harness';

const app = appPerTest();

const FIRST = '全年开展普法宣传52次,发放资料3000余份。';
const DURING = '添加标题时接着输入的一句,不能丢。';

/** A new report, its first area (A) holding `body`, open in the workspace. */
async function openNewReport(body: string | null) {
  const { report, areas } = await reportWithAreas(app, '盘龙彝族乡人民政府', 2025, [body]);
  await app.page.reload();
  await app.page.getByRole('button', { name: /2025年度/ }).click();
  return { report, a: areas[0]!, outline: app.page.getByRole('navigation', { name: '报告提纲' }) };
}

/**
 * Area A has FIRST (saved); 「+ 同级标题」 is clicked and, while the report is read back, DURING is
 * typed into A and saved. Resolves once the new section is open: the page's copy of A is then
 * the one in question.
 */
async function typeWhileAdding() {
  const { page } = app;
  const { report, a, outline } = await openNewReport(FIRST);
  await outline.getByRole('button', { name: a.title }).first().click();
  const editor = page.getByRole('textbox', { name: '章节正文' });
  await expect.poll(() => editor.textContent()).toBe(FIRST);

  const reading = holdAnswer(app, 'openReport');
  await page.getByRole('button', { name: '+ 同级标题' }).click();
  await expect.poll(() => app.store.reports.open(report.id).sections.some((s) => s.title === '新标题')).toBe(true);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(DURING);
  await expect.poll(() => app.store.reports.open(report.id).sections.find((s) => s.id === a.id)!.body).toBe(FIRST + DURING);
  reading.release();
  await expect.poll(() => page.locator('.section-title-input').inputValue()).toBe('新标题');
  return { report, a, outline, editor };
}

/** How many times the page has called `name` from now on. */
function countCalls(name: 'updateReport'): () => number {
  const handlers = app.handlers as unknown as Record<string, (input: unknown) => unknown>;
  const real = handlers[name]!;
  let calls = 0;
  handlers[name] = (input: unknown) => {
    calls++;
    return real(input);
  };
  return () => calls;
}

const bodyOf = (reportId: number, id: number) => app.store.reports.open(reportId).sections.find((s) => s.id === id)!.body;

describe('round trips e2e', () => {
  it('「全部修正此类」 after a section was added keeps the text typed while the report was read back', async () => {
    const { page } = app;
    const { report, a } = await typeWhileAdding();
    await page.getByRole('tab', { name: /审校/ }).click();
    const panel = page.getByRole('tabpanel', { name: '审校' });
    const halfWidth = panel.locator('li.finding[data-rule="half-width"]');
    await halfWidth.first().waitFor();
    await halfWidth.first().getByRole('button', { name: '全部修正此类' }).click();
    await expect.poll(() => halfWidth.count()).toBe(0);
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    expect(bodyOf(report.id, a.id)).toBe((FIRST + DURING).replaceAll(',', '，'));
    expect(app.consoleErrors).toEqual([]);
  });

  it('「全部替换」 after a section was added keeps the text typed while the report was read back', async () => {
    const { page } = app;
    const { report, a, outline, editor } = await typeWhileAdding();
    await page.keyboard.press('Control+h');
    const bar = page.getByRole('search', { name: '查找和替换' });
    await bar.getByLabel('查找内容').fill(',');
    await bar.getByLabel('替换为').fill('，');
    await expect.poll(() => bar.getByTestId('find-count').textContent()).toBe('共 2 处');
    await bar.getByRole('button', { name: '全部替换' }).click();
    await page.locator('.toast', { hasText: '替换为「，」' }).waitFor();
    await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    expect(bodyOf(report.id, a.id)).toBe((FIRST + DURING).replaceAll(',', '，'));
    // Opened again, A shows that text.
    await outline.getByRole('button', { name: a.title }).first().click();
    await expect.poll(() => editor.textContent()).toBe((FIRST + DURING).replaceAll(',', '，'));
    expect(app.consoleErrors).toEqual([]);
  });

  it('a report field saved while the user types on keeps what was typed since, in the field and in a section', async () => {
    const { page } = app;
    const { report, a, outline } = await openNewReport(null);
    await outline.getByRole('button', { name: /标题与开头/ }).click();
    const title = page.getByRole('textbox', { name: '标题' });
    const heading = page.locator('.report-heading');

    // Enter saves the title; the user goes on typing in it before the answer comes.
    let saving = holdAnswer(app, 'updateReport');
    await title.fill('盘龙乡法治政府建设报告');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.store.reports.open(report.id).title).toBe('盘龙乡法治政府建设报告');
    await page.keyboard.insertText('（初稿）');
    saving.release();
    await expect.poll(() => heading.textContent()).toBe('盘龙乡法治政府建设报告');
    expect(await title.inputValue()).toBe('盘龙乡法治政府建设报告（初稿）');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toBe('盘龙乡法治政府建设报告（初稿）');

    // Leaving the field saves it; a section is opened and typed in before the answer comes.
    saving = holdAnswer(app, 'updateReport');
    await title.fill('盘龙乡2025年法治政府建设报告');
    await outline.getByRole('button', { name: a.title }).first().click();
    await page.getByRole('textbox', { name: '章节正文' }).click();
    await page.keyboard.insertText('一二三四五');
    await expect.poll(() => page.getByTestId('section-chars').textContent()).toBe('本节 5 字');
    // One write at a time, in the order of intent: the section's text is saved after the title's answer.
    saving.release();
    await expect.poll(() => bodyOf(report.id, a.id)).toBe('一二三四五');
    await expect.poll(() => heading.textContent()).toBe('盘龙乡2025年法治政府建设报告');
    expect(await page.getByTestId('section-chars').textContent()).toBe('本节 5 字');
    expect(app.store.reports.open(report.id).title).toBe('盘龙乡2025年法治政府建设报告');
    expect(app.consoleErrors).toEqual([]);
  });

  it('a 历史版本 restore while the user types on keeps the typed text and says so (not 「已恢复」)', async () => {
    const { page } = app;
    const { report, a, outline } = await openNewReport(FIRST);
    // A version keeps FIRST in the section's history; the text then moves on.
    await app.call('saveVersion', { reportId: report.id, label: '初稿' });
    await outline.getByRole('button', { name: a.title }).first().click();
    const editor = page.getByRole('textbox', { name: '章节正文' });
    await expect.poll(() => editor.textContent()).toBe(FIRST);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('第二稿。');
    await expect.poll(() => bodyOf(report.id, a.id)).toBe(`${FIRST}第二稿。`);
    await page.getByRole('tab', { name: '历史版本' }).click();
    const restore = page.getByRole('tabpanel', { name: '历史版本' }).locator('li', { hasText: '初稿' }).getByRole('button', { name: '恢复此版本' });
    await restore.waitFor();

    const restoring = holdAnswer(app, 'restoreRevision');
    await restore.click();
    await expect.poll(() => bodyOf(report.id, a.id)).toBe(FIRST);
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText(DURING);
    const typed = `${FIRST}第二稿。${DURING}`;
    await expect.poll(() => bodyOf(report.id, a.id)).toBe(typed);
    restoring.release();
    await page.locator('.toast', { hasText: '恢复时本节又有新的输入' }).waitFor();
    expect(await page.locator('.toast', { hasText: '已恢复' }).count()).toBe(0);
    await expect.poll(() => editor.textContent()).toBe(typed);
    expect(bodyOf(report.id, a.id)).toBe(typed);
    expect(app.consoleErrors).toEqual([]);
  });

  it('a report field is saved once for Enter and then leaving it, and the newest of two saves stays on screen', async () => {
    const { page } = app;
    const { report, outline } = await openNewReport(null);
    await outline.getByRole('button', { name: /标题与开头/ }).click();
    const title = page.getByRole('textbox', { name: '标题' });
    const heading = page.locator('.report-heading');
    const saveState = page.locator('.save-state');
    const saves = countCalls('updateReport');
    const stored = () => app.store.reports.open(report.id).title;

    // Enter saves; leaving the field while the answer is on its way sends nothing again.
    let saving = holdAnswer(app, 'updateReport');
    await title.fill('盘龙乡法治政府建设报告');
    await title.press('Enter');
    await expect.poll(stored).toBe('盘龙乡法治政府建设报告');
    await title.press('Tab');
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(false);
    saving.release();
    await expect.poll(() => saveState.getAttribute('data-state')).toBe('saved');
    expect(saves()).toBe(1);

    // A second save while the first is answered slowly: the older answer must not bring its value back.
    saving = holdAnswer(app, 'updateReport');
    await title.fill('盘龙乡2025年法治政府建设报告');
    await title.press('Enter');
    await expect.poll(stored).toBe('盘龙乡2025年法治政府建设报告');
    await title.fill('盘龙彝族乡2025年法治政府建设情况报告');
    await title.press('Enter');
    await expect.poll(() => heading.textContent()).toBe('盘龙彝族乡2025年法治政府建设情况报告');
    saving.release();
    await expect.poll(stored).toBe('盘龙彝族乡2025年法治政府建设情况报告');
    await expect.poll(() => saveState.getAttribute('data-state')).toBe('saved');
    await expect.poll(saves).toBe(3);
    expect(await heading.textContent()).toBe('盘龙彝族乡2025年法治政府建设情况报告');
    expect(await title.inputValue()).toBe('盘龙彝族乡2025年法治政府建设情况报告');
    expect(app.consoleErrors).toEqual([]);
  });
});
