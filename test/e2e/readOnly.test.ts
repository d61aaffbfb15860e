// A data folder on a write-protected USB stick (a real read-only bind mount; chmod does not stop
// root): the app opens it to read, the banner says so, and nothing can be edited — the editor,
// 新建/导入/删除, 报告信息, the export's format settings, 审校's 修正/忽略 and 待核对's 这处不用改/
// 核对完成 are all off, and the status line says 只读 instead of 已保存 — while the report can
// still be opened, searched and exported.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../electron/services/api/handlers';
import { dispatch } from '../../electron/services/api/dispatch';
import { openStore } from '../../electron/services/store';
import { PlatformStub } from '../electron/services/export/platformStub';
import { makeTempDir } from '../helpers/tempDir';
import { launchApp, stopShared } from './harness';

const ROOT = process.getuid?.() === 0;
const BODY = '2024年，我乡组织行政执法人员培训3期，参训120人次。';

afterAll(stopShared);

describe.skipIf(!ROOT)('read-only data folder e2e', () => {
  it('shows the banner, opens and searches the report, and nothing can be edited', async () => {
    const dataDir = makeTempDir('年报 只读');
    const store = await openStore({ dataDir });
    const handlers = createHandlers(store, handlerEnv('e2e'));
    const made = await dispatch(handlers, 'createReport', { unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year: 2024 });
    if (!made.ok) throw new Error(made.error.message);
    const { id: baseReportId, sections } = made.value as { id: number; sections: Array<{ id: number }> };
    expect((await dispatch(handlers, 'saveSectionText', { id: sections[0]!.id, body: BODY })).ok).toBe(true);
    // 2025 from 2024: every section 待核对, with its stale year and figures highlighted.
    expect((await dispatch(handlers, 'createFromLastYear', { baseReportId, year: 2025 })).ok).toBe(true);
    await store.close();
    const outDir = makeTempDir('只读 导出');

    const ro = makeTempDir('只读 U盘');
    execFileSync('mount', ['--bind', dataDir, ro]);
    try {
      execFileSync('mount', ['-o', 'remount,ro,bind', ro]);
      const platform = new PlatformStub(outDir);
      const app = await launchApp({ dataDir: ro, platform });
      try {
        const { page } = app;
        await page.getByRole('status').filter({ hasText: '数据所在位置只读：可以查看和导出，不能修改' }).waitFor();
        await expect.poll(() => page.getByRole('button', { name: '新建报告', exact: true }).first().isDisabled()).toBe(true);
        expect(await page.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);
        expect(await page.getByRole('button', { name: /删除 盘龙彝族乡人民政府 2024/ }).isDisabled()).toBe(true);

        // Search still answers.
        await page.getByRole('searchbox').fill('执法人员培训');
        await page.getByText('参训120人次', { exact: false }).first().waitFor();
        await page.getByRole('searchbox').fill('');

        await page.locator('.report-card').filter({ hasText: '2025年度' }).click();
        const editor = page.locator('.cm-content');
        await editor.getByText('参训120人次').waitFor();
        expect(await editor.getAttribute('contenteditable')).toBe('false');
        await editor.click();
        await page.keyboard.type('改动');
        expect(await editor.textContent()).toBe(BODY);
        expect(await page.getByRole('button', { name: '+ 同级标题' }).isDisabled()).toBe(true);
        expect(await page.getByRole('button', { name: '保存版本' }).isDisabled()).toBe(true);
        // The status line promises no saving.
        const saveState = page.locator('.save-state');
        expect(await saveState.getAttribute('data-state')).toBe('read-only');
        expect(await saveState.textContent()).toBe('只读：不能修改');

        // 待核对: 上一处/下一处 still walk the highlights; 这处不用改 and 核对完成 are off.
        const review = page.getByRole('status', { name: '待核对' });
        await review.getByRole('button', { name: '下一处' }).click();
        const dismiss = review.getByRole('button', { name: '这处不用改' });
        await expect.poll(() => dismiss.getAttribute('title')).toBe('这一处确实不用改：去掉它的高亮');
        expect(await dismiss.isDisabled()).toBe(true);
        expect(await review.getByRole('button', { name: '核对完成' }).isDisabled()).toBe(true);

        // 审校 lists its findings; 修正 and 忽略 are off.
        await page.getByRole('tab', { name: /审校/ }).click();
        const panel = page.getByRole('tabpanel', { name: '审校' });
        await panel.locator('li.finding').first().waitFor();
        const actions = panel.locator('.finding-actions button, .checks-bulk button');
        expect(await actions.count()).toBeGreaterThan(0);
        for (const button of await actions.all()) expect(await button.isDisabled(), (await button.textContent()) ?? '').toBe(true);

        // 报告信息: shown, readable, not editable.
        for (const part of ['标题与开头', '结尾与落款']) {
          await page.getByRole('navigation', { name: '报告提纲' }).getByRole('button', { name: part }).click();
          await page.locator('.info-form h2', { hasText: part }).waitFor();
          const fields = page.locator('.info-form input, .info-form textarea');
          expect(await fields.count(), part).toBeGreaterThan(0);
          for (const field of await fields.all()) expect(await field.isEditable(), part).toBe(false);
        }

        // 导出 stays on — the file goes to the export folder, not the data folder — but the unit's
        // format settings, kept in the data folder, cannot be changed.
        await page.getByRole('button', { name: '导出', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: '导出 Word 文档' });
        await dialog.getByText('格式设置（本单位通用）').click();
        const settings = dialog.locator('.export-options-body').getByRole('checkbox').or(dialog.locator('.export-options-body').getByRole('textbox'));
        await settings.first().waitFor();
        for (const control of await settings.all()) expect(await control.isDisabled()).toBe(true);
        await app.screenshot('read-only-export');
        await dialog.getByRole('button', { name: '选择位置并导出' }).click();
        await expect.poll(() => dialog.locator('.export-done').textContent()).toContain('已导出');
        // No version is kept of a read-only library, and the dialog does not claim one.
        expect(await dialog.locator('.export-done').textContent()).not.toContain('已留作一个版本');
        const file = platform.dialogs[0]!.defaultPath;
        expect(path.dirname(file)).toBe(outDir);
        expect(existsSync(file) && readFileSync(file).subarray(0, 2).toString()).toBe('PK');
        expect(app.consoleErrors).toEqual([]);
      } finally {
        await app.close();
      }
    } finally {
      execFileSync('umount', [ro]);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
