// Issue 12, "safe delete" and the small ones of the section header: a section with text is deleted
// only after asking; the undo toast stays until closed; 「最近删除」 brings a section back with its
// text and history, after a reload too. A new 「新标题」 is ready to be typed over; an empty title
// is refused out loud.
import { describe, expect, it } from 'vitest';
import { appPerTest } from './harness';
import { tidyAtBothSizes } from './layout';

const app = appPerTest({ viewport: { width: 1366, height: 768 } });
const TEXT = '全年开展普法宣传52次，发放资料3000余份。';

describe('sections e2e', () => {
  it('asks before deleting text, keeps the undo, restores from 「最近删除」 with text and history after a reload', async () => {
    const { page } = app;
    const report = await app.call('createReport', { unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year: 2025 });
    const part = report.sections.find((s) => s.templateKey === 'achievements')!;
    // A heading of the unit's own under part one, with two drafts in its history.
    const own = await app.call('addSection', { reportId: report.id, parentId: part.id, afterId: null, title: '推进“枫桥经验”' });
    await app.call('saveSectionText', { id: own.id, body: '初稿。' });
    await app.call('saveVersion', { reportId: report.id });
    await app.call('saveSectionText', { id: own.id, body: TEXT });
    const historyBefore = (await app.call('listRevisions', { sectionId: own.id })).map((r) => r.body);
    expect(historyBefore).toEqual(expect.arrayContaining(['初稿。', TEXT]));

    await page.clock.install();
    await page.reload();
    await page.getByRole('button', { name: /2025年度/ }).click();
    const outline = page.getByRole('navigation', { name: '报告提纲' });
    await outline.locator('.outline-item', { hasText: '推进“枫桥经验”' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: '章节正文' }).textContent()).toBe(TEXT);

    // Delete asks first, saying how much text goes; 取消 keeps everything.
    await page.getByRole('button', { name: '删除', exact: true }).click();
    const ask = page.getByRole('dialog', { name: '删除章节' });
    expect(await ask.textContent()).toContain(`共有 ${TEXT.length} 字`);
    await tidyAtBothSizes(app, 'delete-section-confirm', ['dialog[open]']);
    await ask.getByRole('button', { name: '取消' }).click();
    expect(app.store.reports.open(report.id).sections.some((s) => s.id === own.id)).toBe(true);
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await ask.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => app.store.reports.open(report.id).sections.some((s) => s.id === own.id)).toBe(false);
    // The undo stays until closed, long after ordinary messages have gone.
    const undo = page.locator('.toast', { hasText: '已删除「推进“枫桥经验”」' });
    await undo.waitFor();
    await page.clock.fastForward(60_000);
    expect(await undo.count()).toBe(1);
    await undo.getByRole('button', { name: '关闭提示' }).click();
    await expect.poll(() => undo.count()).toBe(0);

    // 「最近删除」: listed with its 字数, restored at its place, with its text and history.
    await page.getByRole('button', { name: /^最近删除（1）/ }).click();
    const bin = page.getByRole('dialog', { name: '最近删除' });
    const entry = bin.locator('li', { hasText: '推进“枫桥经验”' });
    expect(await entry.textContent()).toContain(`原在「${part.title}」下`);
    expect(await entry.textContent()).toContain('还可恢复 30 天');
    await tidyAtBothSizes(app, 'recently-deleted', ['dialog[open]']);
    await entry.getByRole('button', { name: '恢复' }).click();
    await expect.poll(() => page.locator('.section-title-input').inputValue()).toBe('推进“枫桥经验”');
    // The open section is remembered by a call of its own: reload once it is, or the app reopens
    // where it was before the restore.
    await expect.poll(async () => (await app.call('getLastOpened', {})).last?.sectionId).toBe(own.id);
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: '章节正文' }).textContent()).toBe(TEXT);
    await page.getByRole('tab', { name: '历史版本' }).click();
    const history = page.getByRole('tabpanel', { name: '历史版本' });
    await expect.poll(() => history.textContent()).toContain('初稿。');
    expect(await app.call('listDeletedSections', { reportId: report.id })).toEqual([]);
    await expect.poll(() => page.getByRole('button', { name: /^最近删除/ }).textContent()).toBe('最近删除');
    expect(app.store.reports.open(report.id).sections.find((s) => s.id === own.id)).toMatchObject({ parentId: part.id, body: TEXT });

    // An empty section goes without asking, and the toast's 撤销 brings it back.
    await page.getByRole('button', { name: '+ 同级标题' }).click();
    // The new title is focused and selected: typing replaces 「新标题」.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.getAttribute('aria-label'))).toBe('章节标题');
    await page.keyboard.type('加强执法监督');
    await page.keyboard.press('Enter');
    await expect.poll(() => app.store.reports.open(report.id).sections.some((s) => s.title === '加强执法监督')).toBe(true);
    // …and the page has the answer (the outline shows the new title): emptying the field earlier
    // would be undone by the answer arriving.
    await expect.poll(() => outline.locator('.outline-item', { hasText: '加强执法监督' }).count()).toBe(1);
    // An empty title is refused out loud; Esc brings the old one back.
    const title = page.locator('.section-title-input');
    await title.fill('');
    await title.press('Tab');
    await page.getByRole('alert').filter({ hasText: '标题不能为空' }).waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await title.press('Escape');
    expect(await title.inputValue()).toBe('加强执法监督');
    expect(await page.getByRole('alert').filter({ hasText: '标题不能为空' }).count()).toBe(0);
    await page.getByRole('button', { name: '删除', exact: true }).click();
    expect(await page.getByRole('dialog', { name: '删除章节' }).count()).toBe(0);
    await page.locator('.toast', { hasText: '已删除「加强执法监督」' }).getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => title.inputValue()).toBe('加强执法监督');
    expect(app.consoleErrors).toEqual([]);
  });
});
