// A data folder on a write-protected USB stick (a real read-only bind mount; chmod does not stop
// root): the app opens it to read, the banner says so, and nothing can be edited — the editor is
// not editable and 新建/导入/删除 are off — while the report can still be opened and searched.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../electron/services/api/handlers';
import { dispatch } from '../../electron/services/api/dispatch';
import { openStore } from '../../electron/services/store';
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
    const sectionId = (made.value as { sections: Array<{ id: number }> }).sections[0]!.id;
    expect((await dispatch(handlers, 'saveSectionText', { id: sectionId, body: BODY })).ok).toBe(true);
    await store.close();

    const ro = makeTempDir('只读 U盘');
    execFileSync('mount', ['--bind', dataDir, ro]);
    try {
      execFileSync('mount', ['-o', 'remount,ro,bind', ro]);
      const app = await launchApp({ dataDir: ro });
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

        await page.locator('.report-card').first().click();
        const editor = page.locator('.cm-content');
        await editor.getByText('参训120人次').waitFor();
        expect(await editor.getAttribute('contenteditable')).toBe('false');
        await editor.click();
        await page.keyboard.type('改动');
        expect(await editor.textContent()).toBe(BODY);
        expect(await page.getByRole('button', { name: '+ 同级标题' }).isDisabled()).toBe(true);
        expect(await page.getByRole('button', { name: '保存版本' }).isDisabled()).toBe(true);
        // 导出 stays on: the file goes to the export folder, not the data folder.
        expect(await page.getByRole('button', { name: '导出', exact: true }).isDisabled()).toBe(false);
        await app.screenshot('read-only-workspace');
        expect(app.consoleErrors).toEqual([]);
      } finally {
        await app.close();
      }
    } finally {
      execFileSync('umount', [ro]);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
