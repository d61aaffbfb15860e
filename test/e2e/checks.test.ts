// Issue 6: the 审校 panel in the built renderer over a real SQLite file — live findings while
// typing, click to open and highlight, 「修正」 saved through autosave, 「全部修正此类」 across
// sections after a snapshot, 「忽略」 remembered across a reload, a broken rules file reported.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIX_KIND_LABEL, NO_RULES, checkStoredReport, type Finding } from '../../shared/checks';
import { countChars, reportChars } from '../../shared/gongwen/zishu';
import type { Report } from '../../shared/types';
import { createHandlers, handlerEnv } from '../../electron/services/api/handlers';
import { rulesDir } from '../../electron/services/checks/rules';
import { makeTempDir } from '../helpers/tempDir';
import { appPerTest, type E2EApp } from './harness';

const app = appPerTest();

const call: E2EApp['call'] = (name, input) => app.call(name, input);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TYPED = '2024年共排查矛盾纠纷150起，调解成功128起，调解成功率86%,深化“互联网十政务服务”改革。';
const OTHER = '党委书记带头学法,主持召开专题会议3次,研究法治建设工作。';

/** A 2024 township report (template sections) with OTHER already in its second area section (and
 *  `aBody` in its first). */
async function setUp(aBody?: string) {
  const report = await call('createReport', { unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year: 2024 });
  const areas = report.sections.filter((s) => s.parentId !== null);
  const [a, b] = [areas[0]!, areas[1]!];
  await call('saveSectionText', { id: b.id, body: OTHER });
  if (aBody !== undefined) await call('saveSectionText', { id: a.id, body: aBody });
  await app.page.reload();
  await app.page.getByRole('button', { name: /2024年度/ }).click();
  const outline = app.page.getByRole('navigation', { name: '报告提纲' });
  await outline.waitFor();
  return { report, a, b, outline };
}

function stored(report: Report): Report {
  return app.store.reports.open(report.id);
}

describe('审校 e2e', () => {
  it('finds defects as they are typed, opens and highlights them, fixes and ignores them', async () => {
    const { page } = app;
    const { report, a, b, outline } = await setUp();
    const openSection = (title: string) => outline.getByRole('button', { name: new RegExp(escape(title)) }).first().click();
    const editor = page.getByRole('textbox', { name: '章节正文' });
    const saveState = () => page.locator('.save-state').getAttribute('data-state');
    const saved = () => expect.poll(saveState).toBe('saved');

    await openSection(a.title);
    await editor.click();
    await page.keyboard.insertText(TYPED);
    await saved();
    // Marked in the editor itself while typing: the rate as an error, the comma as a warning.
    await expect.poll(() => page.locator('.mark-error').allTextContents()).toContain('86%');
    await expect.poll(() => page.locator('.mark-warning').allTextContents()).toEqual(expect.arrayContaining([',', '十']));
    // The checks ran off the page's main thread, in their worker.
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/checksWorker/u)]);

    await page.getByRole('tab', { name: /审校/ }).click();
    const panel = page.getByRole('tabpanel', { name: '审校' });
    const item = (rule: string, n = 0) => panel.locator(`li.finding[data-rule="${rule}"]`).nth(n);
    await item('rate-mismatch').waitFor();
    const errorCount = () => panel.locator('[data-severity="error"] strong').textContent().then(Number);
    const errorsBefore = await errorCount();
    expect(errorsBefore).toBeGreaterThan(0);
    expect(await item('rate-mismatch').textContent()).toContain('128÷150＝85.33%');
    expect(await panel.locator('li.finding[data-rule="half-width"]').count()).toBe(2);
    // Grouped by section in document order: section A's group before section B's.
    const groups = await panel.locator('.checks-group h3').allTextContents();
    expect(groups.findIndex((g) => g.includes(a.title))).toBeLessThan(groups.findIndex((g) => g.includes(b.title)));

    // Click a finding from another section: A opens with the range highlighted and selected.
    await openSection(b.title);
    await expect.poll(() => editor.textContent()).toBe(OTHER);
    await item('rate-mismatch').locator('.finding-open').click();
    await expect.poll(() => outline.locator('[aria-current="true"]').textContent()).toContain(a.title);
    const expected = checkStoredReport(stored(report), NO_RULES).open.find((f) => f.rule === 'rate-mismatch')!;
    const pointedAt = TYPED.slice(expected.start, expected.end);
    await expect.poll(() => page.locator('.mark-focus').first().textContent()).toBe(pointedAt);
    await expect
      .poll(() => page.evaluate(() => (document.querySelector('.editor')?.shadowRoot as unknown as { getSelection(): Selection }).getSelection().toString()))
      .toBe(pointedAt);
    await app.screenshot('checks');

    // 「修正」 in the open section: applied in the editor (undoable), then saved.
    await item('internet-plus').getByRole('button', { name: '修正', exact: true }).click();
    await expect.poll(() => editor.textContent()).toContain('互联网+政务服务');
    await saved();
    await expect.poll(() => stored(report).sections.find((s) => s.id === a.id)!.body).toBe(TYPED.replace('互联网十', '互联网+'));
    // The list follows the worker's answer for the new text.
    await expect.poll(() => panel.locator('li.finding[data-rule="internet-plus"]').count()).toBe(0);
    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.textContent()).toContain('互联网十政务服务');
    await page.keyboard.press('Control+y');
    await expect.poll(() => editor.textContent()).toContain('互联网+政务服务');
    await saved();

    // 「全部修正此类」 for half-width punctuation: both sections, the closed one through autosave.
    await item('half-width').getByRole('button', { name: '全部修正此类' }).click();
    await expect.poll(() => panel.locator('li.finding[data-rule="half-width"]').count()).toBe(0);
    await saved();
    const fixed = stored(report);
    expect(fixed.sections.find((s) => s.id === a.id)!.body).toBe('2024年共排查矛盾纠纷150起，调解成功128起，调解成功率86%，深化“互联网+政务服务”改革。');
    expect(fixed.sections.find((s) => s.id === b.id)!.body).toBe('党委书记带头学法，主持召开专题会议3次，研究法治建设工作。');
    const after = await call('checkReport', { id: report.id });
    expect(after.open.filter((f: Finding) => f.fix?.kind === 'punctuation-width')).toEqual([]);
    expect((await call('listVersions', { reportId: report.id })).map((s) => s.kind)).toContain('fixall');
    // The closed section shows the fixed text when opened again (its old editor state dropped).
    await openSection(b.title);
    await expect.poll(() => editor.textContent()).toBe('党委书记带头学法，主持召开专题会议3次，研究法治建设工作。');

    // 「忽略」: gone from the list and the counts, remembered across a reload, restorable.
    const rateId = (await call('checkReport', { id: report.id })).open.find((f: Finding) => f.rule === 'rate-mismatch')!.id;
    await item('rate-mismatch').getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => panel.locator('li.finding[data-rule="rate-mismatch"]').count()).toBe(0);
    expect(await errorCount()).toBe(errorsBefore - 1);
    expect(stored(report).ignoredFindings).toEqual([rateId]);

    // The restarted app reopens the report.
    await app.restart();
    await outline.waitFor();
    await page.getByRole('tab', { name: /审校/ }).click();
    await panel.locator('li.finding').first().waitFor();
    expect(await panel.locator('li.finding[data-rule="rate-mismatch"]').count()).toBe(0);
    await panel.getByRole('button', { name: '显示已忽略的问题（1）' }).click();
    const ignored = panel.getByRole('list', { name: '已忽略的问题' });
    expect(await ignored.locator('li[data-rule="rate-mismatch"]').count()).toBe(1);
    await ignored.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => panel.locator('li.finding[data-rule="rate-mismatch"]').count()).toBe(1);
    expect(app.store.reports.open(report.id).ignoredFindings).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });

  it('「全部修正此类」 applies each safe fix of the rules for real reports, and only it', async () => {
    const { page } = app;
    const { report, a, b, outline } = await setUp();
    const body = [
      '党委书记带头 学法，学习《法治政府建设与责任落实督查工作规定》、《信访工作条例》，确实加强执法监督。',
      '元谋县县卫生健康局落实《苍溪县实施方案（2021-2025年）》，根據(jù)要求推进。',
      '发布时间：2025-01-07 15:15:56',
    ].join('\n');
    await call('saveSectionText', { id: a.id, body });
    await call('saveSectionText', { id: b.id, body: '严格落实 “一岗双责”。' });
    // The app reopens the report it had open.
    await page.reload();
    await outline.waitFor();
    await page.getByRole('tab', { name: /审校/ }).click();
    const panel = page.getByRole('tabpanel', { name: '审校' });
    await panel.locator('li.finding[data-rule="doc-title"]').waitFor();
    const kinds = ['space', 'dunhao', 'year-dash', 'doc-title', 'typo', 'doubled-char', 'debris', 'pinyin'] as const;
    const steps: Array<[string, string]> = [];
    for (const kind of kinds) {
      const button = panel.getByRole('button', { name: new RegExp(`^${escape(FIX_KIND_LABEL[kind])}（`) });
      await button.click();
      await expect.poll(() => button.count()).toBe(0);
      await expect.poll(async () => (await call('checkReport', { id: report.id })).open.filter((f: Finding) => f.fix?.kind === kind).length).toBe(0);
      steps.push([kind, stored(report).sections.find((s) => s.id === a.id)!.body]);
    }
    // Each kind changed only its own characters: the text after each step.
    expect(steps).toEqual([
      ['space', body.replace('带头 学法', '带头学法')],
      ['dunhao', steps[0]![1].replace('》、《', '》《')],
      ['year-dash', steps[1]![1].replace('2021-2025', '2021—2025')],
      ['doc-title', steps[2]![1].replace('督查工作规定', '督察工作规定')],
      ['typo', steps[3]![1].replace('确实加强', '切实加强')],
      ['doubled-char', steps[4]![1].replace('县县', '县')],
      ['debris', steps[5]![1].replace('\n发布时间：2025-01-07 15:15:56', '')],
      ['pinyin', steps[6]![1].replace('(jù)', '')],
    ]);
    expect(steps[7]![1]).toBe('党委书记带头学法，学习《法治政府建设与责任落实督察工作规定》《信访工作条例》，切实加强执法监督。\n元谋县卫生健康局落实《苍溪县实施方案（2021—2025年）》，根據要求推进。');
    // The other section's space went with the first 「全部修正此类」.
    expect(stored(report).sections.find((s) => s.id === b.id)!.body).toBe('严格落实“一岗双责”。');
    await app.screenshot('checks-fix-all-kinds');
    expect(app.consoleErrors).toEqual([]);
  });

  it('report-level findings open 「结尾与落款」; a broken rules file is reported and the other checks still run', async () => {
    const { page } = app;
    const { report, a } = await setUp();
    await call('saveSectionText', { id: a.id, body: TYPED });
    await call('updateReport', { id: report.id, patch: { signatureDate: '2024.12.20' } });
    const dir = join(makeTempDir('规则 损坏'), 'rules');
    mkdirSync(dir);
    writeFileSync(join(dir, 'terms.json'), '{ "version": 1, "terms": [ { "term": "七五普法" ', 'utf8');
    // The other rule files are fine: only the terms are off.
    for (const file of ['titles.json', 'lexicon.json']) copyFileSync(join(rulesDir(), file), join(dir, file));
    // The handler table as the app would build it at start-up with this rules folder.
    Object.assign(app.handlers, { getCheckRules: createHandlers(app.store, handlerEnv('e2e', undefined, dir)).getCheckRules });
    await page.reload();
    await page.getByRole('tab', { name: /审校/ }).click();
    const panel = page.getByRole('tabpanel', { name: '审校' });
    await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/规则文件 .*terms\.json 有误：规则文件不是有效的 JSON（文件不完整，可能缺少结尾的括号），本次审校不检查过时提法。$/);
    await panel.locator('li.finding[data-rule="rate-mismatch"]').waitFor();
    await app.screenshot('checks-rules-problem');

    await panel.locator('li.finding[data-rule="date-format"] .finding-open').click();
    await expect.poll(() => page.getByLabel('成文日期').inputValue()).toBe('2024.12.20');
    await panel.locator('li.finding[data-rule="date-format"]').getByRole('button', { name: '修正', exact: true }).click();
    await expect.poll(() => page.getByLabel('成文日期').inputValue()).toBe('2024年12月20日');
    expect(app.store.reports.open(report.id).signatureDate).toBe('2024年12月20日');
    await expect.poll(() => panel.locator('li.finding[data-rule="date-format"]').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });

  it('where the checks worker cannot start, the same findings come from the page', async () => {
    const { page } = app;
    await page.route(/checksWorker/u, (route) => route.abort());
    const { a, outline } = await setUp();
    await outline.getByRole('button', { name: new RegExp(escape(a.title)) }).first().click();
    await page.getByRole('textbox', { name: '章节正文' }).click();
    await page.keyboard.insertText(TYPED);
    await expect.poll(() => page.locator('.mark-error').allTextContents()).toContain('86%');
    expect(page.workers()).toEqual([]);
  });

  // What follows the text at a lower priority than the keystroke (the panel, the marks, 字数, the
  // outline's state), and the memoised header's actions, with the text typed one key at a time.
  it('typed key by key with 审校 open, the findings, marks, 字数 and outline follow the text; the header acts on the section as it is now', async () => {
    const { page } = app;
    const { report, a, outline } = await setUp();
    const editor = page.getByRole('textbox', { name: '章节正文' });
    const count = async (id: string) => Number((await page.getByTestId(id).textContent())!.replace(/\D/gu, ''));
    const item = outline.getByRole('button', { name: new RegExp(escape(a.title)) }).first();
    await item.click();
    await page.getByRole('tab', { name: /审校/ }).click();
    const panel = page.getByRole('tabpanel', { name: '审校' });
    const rule = (name: string) => panel.locator(`li.finding[data-rule="${name}"]`);
    await expect.poll(() => count('report-chars')).toBe(reportChars(stored(report)));
    const before = reportChars(stored(report));
    expect(await item.textContent()).toContain('未填写');

    await editor.click();
    await page.keyboard.type(TYPED);
    await expect.poll(() => count('section-chars')).toBe(countChars(TYPED));
    await expect.poll(() => count('report-chars')).toBe(before + countChars(TYPED));
    await rule('rate-mismatch').waitFor();
    await expect.poll(() => page.locator('.mark-error').allTextContents()).toContain('86%');
    await expect.poll(() => item.textContent()).toContain('编写中');

    // The text typed away again, key by key: the finding, its mark and the counts go with it.
    for (let i = 0; i < TYPED.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => count('section-chars')).toBe(0);
    await expect.poll(() => count('report-chars')).toBe(before);
    await expect.poll(() => rule('rate-mismatch').count()).toBe(0);
    await expect.poll(() => page.locator('.mark-error').count()).toBe(0);
    await page.keyboard.type('调解成功率86%');
    await expect.poll(() => stored(report).sections.find((s) => s.id === a.id)!.body).toBe('调解成功率86%');

    // Renamed from the header after typing: the title changes, the text stays as typed.
    const title = page.locator('.section-title-input');
    await title.fill('化解矛盾纠纷');
    await title.press('Enter');
    await expect.poll(() => outline.locator('[aria-current="true"]').textContent()).toContain('化解矛盾纠纷');
    await expect.poll(() => stored(report).sections.find((s) => s.id === a.id)!.title).toBe('化解矛盾纠纷');
    expect(stored(report).sections.find((s) => s.id === a.id)!.body).toBe('调解成功率86%');

    // 「本报告写到了哪些方面」 (read with the checks, off the page's thread) follows the typing too.
    await page.getByRole('tab', { name: /完整性/ }).click();
    const enforcement = page.getByRole('region', { name: '本报告写到了哪些方面' }).getByRole('listitem').filter({ hasText: '严格规范公正文明执法' });
    expect(await enforcement.textContent()).toContain('未写到');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('。严格执法，执法人员全部持证。');
    await expect.poll(() => enforcement.textContent()).toContain('正文写到');
    expect(app.consoleErrors).toEqual([]);
  });
  // A long list of findings is drawn in runs laid out only near the view, and an item that a new
  // result leaves alone (it shows the same) still opens the place the finding has now.
  it('in a long list, a finding scrolled to opens its place, also after typing moved it and a new result came', async () => {
    const { page } = app;
    const lines = Array.from({ length: 60 }, (_, i) => `第${i + 1}段工作,成效明显。`);
    const { report, a, outline } = await setUp(lines.join('\n'));
    await outline.getByRole('button', { name: new RegExp(escape(a.title)) }).first().click();
    await page.getByRole('tab', { name: /审校/ }).click();
    const panel = page.getByRole('tabpanel', { name: '审校' });
    const group = panel.locator('section.checks-group').filter({ has: page.locator('h3', { hasText: a.title }) });
    const halfWidth = group.locator('li.finding[data-rule="half-width"]');
    await expect.poll(() => halfWidth.count()).toBe(60);
    expect(await group.locator('.finding-chunk').count()).toBeGreaterThan(1);
    const pointedAt = (body: string) => {
      const f = checkStoredReport({ ...stored(report), sections: stored(report).sections.map((s) => (s.id === a.id ? { ...s, body } : s)) }, NO_RULES).open.find(
        (x) => x.rule === 'half-width' && x.paragraph === 59,
      )!;
      return body.slice(f.start, f.end);
    };
    const focused = () => page.locator('.mark-focus').first();
    const last = halfWidth.last();

    await last.locator('.finding-open').click();
    await expect.poll(() => focused().textContent()).toBe(pointedAt(lines.join('\n')));
    expect(await focused().evaluate((el) => el.closest('.cm-line')?.textContent)).toContain('第60段');

    // Typed at the top: every finding moves by three characters; the first item's excerpt says
    // when the new result is in.
    const editor = page.getByRole('textbox', { name: '章节正文' });
    await editor.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('新加的');
    // The marks stay on the commas: mapped through the typing, then placed from the new result.
    const marked = async () => new Set(await page.locator('.mark-warning').allTextContents());
    expect(await marked()).toEqual(new Set([',']));
    await expect.poll(() => halfWidth.first().textContent()).toContain('新加的');
    expect(await marked()).toEqual(new Set([',']));
    await last.scrollIntoViewIfNeeded();
    await last.locator('.finding-open').click();
    const body = `新加的${lines.join('\n')}`;
    await expect.poll(() => focused().textContent()).toBe(pointedAt(body));
    expect(await focused().evaluate((el) => el.closest('.cm-line')?.textContent)).toContain('第60段');
    await expect.poll(() => stored(report).sections.find((s) => s.id === a.id)!.body).toBe(body);
    expect(app.consoleErrors).toEqual([]);
  });
});
