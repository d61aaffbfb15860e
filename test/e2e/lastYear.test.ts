// Issue 5, journey steps 3–4: a 2025 report based on the unit's 2024 report through the wizard —
// every copied section 待核对, years/time words/figures highlighted in the editor, last year's
// plans beside part one, last year's text beside this year's with character-level differences and
// 「复制到本节」 (undoable, autosaved); 「核对完成」 clears the marks and survives a reload.
import { describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../shared/api';
import { dispatch } from '../../electron/services/api/dispatch';
import { appPerTest } from './harness';

const app = appPerTest();

async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const res = await dispatch(app.handlers, name, input);
  if (!res.ok) throw new Error(`${name}: ${res.error.message}`);
  return res.value as CallOutput<K>;
}

const UNIT = '盘龙彝族乡人民政府';
const AREA_TEXT = '2024年，我乡共开展普法宣传52次，发放资料3000余份。\n今年调解矛盾纠纷128起，调解成功率98.5%。';
const OTHER_TEXT = '成立法治政府建设领导小组，定期研究法治建设工作。';
const PLANS_TEXT = '一是持续深化普法宣传，2025年开展普法活动不少于60次。\n二是推进综合行政执法改革。';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The unit's 2024 report, written: two areas of part one and the plans part. */
async function lastYear() {
  const report = await call('createReport', { unit: { fullName: UNIT, shortName: '盘龙乡', kind: 'township', superior: '石林彝族自治县人民政府' }, year: 2024 });
  const areas = report.sections.filter((s) => s.parentId !== null && s.templateKey?.startsWith('achievements.'));
  const plans = report.sections.find((s) => s.templateKey === 'plans')!;
  await call('saveSectionText', { id: areas[0]!.id, body: AREA_TEXT });
  await call('saveSectionText', { id: areas[1]!.id, body: OTHER_TEXT });
  await call('saveSectionText', { id: plans.id, body: PLANS_TEXT });
  return { report, area: areas[0]!, other: areas[1]!, plans };
}

describe('last year’s report as the base e2e', () => {
  it('bases 2025 on 2024: 待核对 everywhere, marks, plans, side-by-side compare; 核对完成 clears the marks for good', async () => {
    const { page } = app;
    const base = await lastYear();
    await page.reload();
    await page.getByRole('button', { name: '新建报告' }).first().click();
    const wizard = page.getByRole('dialog', { name: /新建报告/ });
    await expect.poll(() => wizard.getByLabel('单位全称').inputValue()).toBe(UNIT);
    await wizard.getByLabel('报告年度').fill('2025');
    // The unit has an earlier report: it is offered, newest first, and chosen by default.
    const choice = wizard.getByRole('radio', { name: '以已有报告为基础' });
    await expect.poll(() => choice.isChecked()).toBe(true);
    expect(await wizard.getByLabel('作为基础的报告').locator('option').allTextContents()).toEqual([`2024年 · ${base.report.title}`]);
    // What comes from the base report is not asked again.
    expect(await wizard.getByLabel('单位简称').count()).toBe(0);
    expect(await wizard.locator('select[name=template]').count()).toBe(0);
    // 「从空白模板开始」 brings the template fields back, and the choice can be made again.
    await wizard.getByRole('radio', { name: '从空白模板开始' }).check();
    await wizard.locator('select[name=template]').waitFor();
    await choice.check();
    await app.screenshot('wizard-base');
    await wizard.getByRole('button', { name: '创建报告' }).click();

    const outline = page.getByRole('navigation', { name: '报告提纲' });
    await outline.waitFor();
    await expect.poll(() => page.locator('.report-heading').textContent()).toContain('2025');
    const created = app.store.reports.list().find((r) => r.year === 2025)!;
    const report = app.store.reports.open(created.id);
    expect(report.basedOn).toBe(base.report.id);
    expect(report.title).not.toContain('2024');
    expect(report.signatureDate).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(report.sections.length).toBe(base.report.sections.length);
    expect(report.sections.every((s) => s.status === 'review')).toBe(true);
    expect(await outline.locator('.status-review').count()).toBe(report.sections.length);
    const area = report.sections.find((s) => s.body === AREA_TEXT)!;
    const other = report.sections.find((s) => s.body === OTHER_TEXT)!;
    const plans = report.sections.find((s) => s.templateKey === 'plans')!;
    const partOne = report.sections.find((s) => s.id === area.parentId)!;
    const open = (title: string) => outline.getByRole('button', { name: new RegExp(escape(title)) }).first().click();

    // The copied text of an area: every stale year, time word and figure marked.
    await open(area.title);
    const editor = page.getByRole('textbox', { name: '章节正文' });
    await expect.poll(() => editor.textContent()).toContain('52次');
    const marks = () => page.locator('.mark-review').allTextContents();
    await expect.poll(marks).toEqual(['2024年', '52次', '3000余份', '今年', '128起', '98.5%']);
    expect(await page.locator('.mark-review').first().getAttribute('title')).toContain('2025年');
    const bar = page.getByRole('status', { name: '待核对' });
    expect(await bar.textContent()).toContain('还有 6 处高亮要核对');
    // Last year's plans, beside part one and its areas.
    const plansBox = page.getByRole('region', { name: '去年计划的事项' });
    expect(await plansBox.textContent()).toContain('2025年开展普法活动不少于60次');
    expect(await plansBox.textContent()).toContain(`摘自2024年报告的「${base.plans.title}」`);
    await app.screenshot('lastYear-marks');
    await open(plans.title);
    await expect.poll(() => editor.textContent()).toContain('60次');
    expect(await plansBox.count()).toBe(0);
    // In the plans part the year to write about is the next one: last year's 「2025年」 is stale.
    await expect.poll(marks).toEqual(['2025年', '60次']);
    await open(partOne.title);
    await plansBox.waitFor();

    // Correct the stale year through the editor: the mark goes with it.
    await open(area.title);
    await expect.poll(marks).toHaveLength(6);
    await bar.getByRole('button', { name: '下一处' }).click();
    // Typed straight over the highlighted selection, as an IME commits: marks are drawn without
    // background or text-decoration, so Chromium writes no inline style the CSP would refuse.
    await page.keyboard.insertText('2025年');
    const saved = () => expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toBe('saved');
    await saved();
    await expect.poll(marks).toEqual(['52次', '3000余份', '今年', '128起', '98.5%']);

    // 去年对照: last year's paragraphs beside this year's, the changed characters marked.
    await page.getByRole('tab', { name: '去年对照' }).click();
    const compare = page.getByRole('tabpanel', { name: '去年对照' });
    await compare.getByText(`对照2024年：「${area.title}」`).waitFor();
    const rows = compare.locator('.compare-row:not(.compare-labels)');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).locator('del.diff-del').allTextContents()).toEqual(['4']);
    expect(await rows.nth(0).locator('ins.diff-ins').allTextContents()).toEqual(['5']);
    expect(await rows.nth(1).getAttribute('data-same')).toBe('true');
    // 「复制到本节」: inserted through the editor — autosaved, and undone with Ctrl+Z.
    await editor.click();
    await page.keyboard.press('Control+End');
    await rows.nth(0).getByRole('button', { name: '复制到本节' }).click();
    const lastYearFirst = AREA_TEXT.split('\n')[0]!;
    await saved();
    await expect.poll(() => app.store.reports.open(report.id).sections.find((s) => s.id === area.id)!.body).toBe(
      `2025年，我乡共开展普法宣传52次，发放资料3000余份。\n今年调解矛盾纠纷128起，调解成功率98.5%。\n${lastYearFirst}`,
    );
    await expect.poll(() => rows.count()).toBe(3);
    await app.screenshot('compare');
    await page.keyboard.press('Control+z');
    await saved();
    await expect.poll(() => app.store.reports.open(report.id).sections.find((s) => s.id === area.id)!.body).not.toContain(lastYearFirst);
    await expect.poll(() => rows.count()).toBe(2);

    // 核对完成 asks whether the section is finished; 「还要修改」: the marks go, the section is
    // 编写中, and so it stays after a reload.
    await bar.getByRole('button', { name: '核对完成' }).click();
    await bar.getByRole('button', { name: '还要修改' }).click();
    await expect.poll(() => app.store.reports.open(report.id).sections.find((s) => s.id === area.id)!.status).toBe('draft');
    await expect.poll(marks).toEqual([]);
    await expect.poll(() => bar.count()).toBe(0);
    // The outline is drawn at a lower priority than the text: it catches up.
    await expect.poll(() => outline.getByRole('button', { name: new RegExp(escape(area.title)) }).first().textContent()).toContain('编写中');

    // The restarted app reopens the report.
    await app.restart();
    await outline.waitFor();
    await open(area.title);
    await expect.poll(() => editor.textContent()).toContain('2025年，我乡');
    expect(await outline.getByRole('button', { name: new RegExp(escape(area.title)) }).first().textContent()).toContain('编写中');
    expect(await marks()).toEqual([]);
    // The other copied sections are still to be checked, with their marks.
    await open(other.title);
    await expect.poll(() => bar.textContent()).toContain('没有需要特别核对的年份和数字');
    await open(plans.title);
    await expect.poll(marks).toEqual(['2025年', '60次']);
    expect(app.consoleErrors).toEqual([]);
  });
});
