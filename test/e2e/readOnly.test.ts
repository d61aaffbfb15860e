// A data folder on a write-protected USB stick (a real read-only bind mount; chmod does not stop
// root): the app opens it to read, the banner says so, and nothing can be edited — the editor,
// 新建/导入/删除, 报告信息, the export's format settings, 审校's 修正/忽略 and 待核对's 这处不用改/
// 核对完成 are all off, and the status line says 只读 instead of 已保存 — while the report can
// still be opened, searched and exported.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../electron/services/api/handlers';
import { dispatch } from '../../electron/services/api/dispatch';
import { openStore } from '../../electron/services/store';
import { paragraphs, unpackDocx } from '../electron/services/export/ooxml';
import { PlatformStub } from '../electron/services/export/platformStub';
import { canMakeImmutable, dataFiles, fillDisk, setImmutable } from '../helpers/media';
import { makeTempDir } from '../helpers/tempDir';
import { launchApp, openFromLibrary, stopShared, type E2EApp } from './harness';

const ROOT = process.getuid?.() === 0;
const BODY = '2024年，我乡组织行政执法人员培训3期，参训120人次。';

/** The data file and its write-ahead log as bytes on disk. */
function dataHash(dbPath: string): string {
  const hash = createHash('sha256');
  for (const file of [dbPath, `${dbPath}-wal`]) if (existsSync(file)) hash.update(readFileSync(file));
  return hash.digest('hex');
}

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

// The data's medium refuses a write under the running app: the data file's read-only attribute is
// set (see media.ts), or the disk fills to the last block. The save that fails turns the app
// read-only at once — the start-up banner, editing off — the typed text (a section's, or a report
// field's: 标题, 主送机关…) stays on screen and in the save queue, never shown as 「已保存」; once the
// medium can be written again the app notices by itself and the text reaches the database.
interface Medium {
  name: string;
  /** Root on ext4 (chattr) / root (mount); a reason for skipping otherwise. */
  available: boolean;
  notice: string;
  remedy: string;
  /** What makes the medium writable again, as the messages say it. */
  fix: string;
  status: string;
  /** A data folder on this medium (undefined: the harness's own). */
  dataDir(): string | undefined;
  refuse(app: E2EApp): void;
  allow(): void;
  cleanUp(): void;
}

function readOnlyFile(): Medium {
  let files: string[] = [];
  let locked = false;
  return {
    name: 'data file marked read-only (needs root on ext4: chattr +i)',
    available: canMakeImmutable(),
    notice: '数据所在位置只读：可以查看和导出，不能修改',
    remedy: '还没保存的修改留在编辑框中，不会丢失。取消 U 盘写保护或数据文件的「只读」属性后会自动保存，也可点「重试保存」。',
    fix: '取消 U 盘写保护或数据文件的「只读」属性',
    status: '只读：修改尚未保存',
    dataDir: () => undefined,
    refuse(app) {
      files = dataFiles(app.store.dbPath);
      setImmutable(files, true);
      locked = true;
    },
    allow() {
      setImmutable(files, false);
      locked = false;
    },
    cleanUp() {
      if (locked) this.allow();
    },
  };
}

function fullDisk(): Medium {
  let disk = '';
  let mounted = false;
  let filler = '';
  return {
    name: 'disk filling up (needs root: a 2 MB tmpfs)',
    available: ROOT,
    notice: '磁盘空间已满：可以查看和导出，不能修改',
    remedy: '还没保存的修改留在编辑框中，不会丢失。清理磁盘空间后会自动保存，也可点「重试保存」。',
    fix: '清理磁盘空间',
    status: '磁盘空间已满：修改尚未保存',
    dataDir() {
      disk = makeTempDir('小磁盘');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk]);
      mounted = true;
      return path.join(disk, 'data');
    },
    refuse(app) {
      // Everything committed moves into the data file and the -wal is cut to 0 bytes: the next
      // autosave has to grow it, on a disk with no block left.
      app.store.db.pragma('wal_checkpoint(TRUNCATE)');
      filler = fillDisk(disk);
    },
    allow() {
      rmSync(filler);
    },
    cleanUp() {
      if (mounted) execFileSync('umount', [disk]);
      if (disk) rmSync(disk, { recursive: true, force: true });
    },
  };
}

describe.each([readOnlyFile(), fullDisk()])('the data\'s medium refusing a write while the app runs e2e: $name', (medium) => {
  it.skipIf(!medium.available)('a failed save shows the banner and keeps the text; writable again, the text is saved', async () => {
    let app: E2EApp | null = null;
    try {
      const dataDir = medium.dataDir();
      const platform = new PlatformStub(makeTempDir('只读 导出到'));
      app = await launchApp({ ...(dataDir ? { dataDir } : {}), platform });
      const { page } = app;
      const report = await app.call('createReport', { unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year: 2025 });
      const section = report.sections.find((s) => s.templateKey?.startsWith('achievements.'))!;
      await app.call('saveSectionText', { id: section.id, body: BODY });
      await openFromLibrary(app, /盘龙彝族乡人民政府/);
      await page.getByRole('navigation', { name: '报告提纲' }).getByRole('button', { name: section.title }).click();
      const editor = page.getByRole('textbox', { name: '章节正文' });
      await expect.poll(() => editor.textContent()).toBe(BODY);
      // Opening the section is itself a write (the section to reopen at): landed before the medium refuses.
      await expect.poll(async () => (await app!.call('getLastOpened', {})).last?.sectionId).toBe(section.id);
      const store = app.store;
      const stored = () => store.sections.get(section.id).body;

      medium.refuse(app);
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText('全年办理行政复议案件5件。');
      const typed = `${BODY}全年办理行政复议案件5件。`;
      const banner = page.getByRole('status').filter({ hasText: medium.notice });
      await banner.waitFor();
      expect(await banner.textContent()).toContain(medium.remedy);
      expect(await banner.getByRole('button', { name: '重试保存' }).isVisible()).toBe(true);
      // Editing is off, the text typed stays, and the status line says it is not saved.
      await expect.poll(() => editor.getAttribute('contenteditable')).toBe('false');
      expect(await editor.textContent()).toBe(typed);
      const saveState = page.locator('.save-state');
      expect(await saveState.getAttribute('data-state')).toBe('unsaved');
      expect(await saveState.textContent()).toBe(medium.status);
      expect(await page.getByRole('button', { name: '保存版本' }).isDisabled()).toBe(true);
      expect(await page.getByRole('button', { name: '导出', exact: true }).isDisabled()).toBe(false);
      expect(stored()).toBe(BODY);
      // The unsaved text can be copied out of the read-only editor.
      await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+C');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(typed);
      await app.screenshot(`refused-while-running-${medium.status.split('：')[0]}`);
      // 导出 meanwhile builds the file from what the editor shows — the unsaved text in it — and
      // writes nothing to the data file.
      const dataBefore = dataHash(store.dbPath);
      await page.getByRole('button', { name: '导出', exact: true }).click();
      const exportDialog = page.getByRole('dialog', { name: '导出 Word 文档' });
      const unsaved = exportDialog.getByTestId('export-unsaved');
      await unsaved.waitFor();
      expect(await unsaved.textContent()).toBe(
        `编辑框中还有修改没有保存（${medium.notice.split('：')[0]}）。导出的文件按编辑框中的内容写出，包含这些还没保存的修改；${medium.fix}后会自动保存到数据文件。`,
      );
      await exportDialog.getByRole('button', { name: '选择位置并导出' }).click();
      const done = exportDialog.locator('.export-done');
      await expect.poll(() => done.textContent()).toContain('这份文件包含编辑框中还没保存的修改（数据文件里还没有）。');
      const exported = platform.dialogs[0]!.defaultPath;
      const texts = paragraphs((await unpackDocx(readFileSync(exported))).document).map((p) => p.text);
      expect(texts).toContain(typed);
      expect(stored()).toBe(BODY);
      expect(dataHash(store.dbPath)).toBe(dataBefore);
      await exportDialog.getByRole('button', { name: '完成' }).click();
      await expect.poll(() => exportDialog.count()).toBe(0);

      medium.allow();
      // The app looks again by itself: the banner goes, the queued text is saved, editing is back.
      await expect.poll(() => banner.count()).toBe(0);
      await expect.poll(stored).toBe(typed);
      await expect.poll(() => saveState.getAttribute('data-state')).toBe('saved');
      expect(await editor.getAttribute('contenteditable')).toBe('true');
      expect(await editor.textContent()).toBe(typed);

      // 报告信息 edited as the medium refuses: kept like section text, shown as not saved (also
      // when the form is shown again), saved once the medium can be written.
      const outline = page.getByRole('navigation', { name: '报告提纲' });
      const showHead = async () => {
        await outline.getByRole('button', { name: '标题与开头' }).click();
        await page.locator('.info-form h2', { hasText: '标题与开头' }).waitFor();
      };
      await showHead();
      // Showing the form is a write too (no section to reopen at): landed before the medium refuses.
      await expect.poll(async () => (await app!.call('getLastOpened', {})).last?.sectionId ?? null).toBe(null);
      medium.refuse(app);
      const title = page.getByRole('textbox', { name: '标题' });
      const TITLE = '盘龙彝族乡2025年法治政府建设情况报告';
      await title.fill(TITLE);
      await title.press('Enter');
      await banner.waitFor();
      await expect.poll(() => title.isEditable()).toBe(false);
      expect(await title.inputValue()).toBe(TITLE);
      await expect.poll(() => saveState.getAttribute('data-state')).toBe('unsaved');
      await outline.getByRole('button', { name: section.title }).click();
      await expect.poll(() => editor.textContent()).toBe(typed);
      await showHead();
      expect(await title.inputValue()).toBe(TITLE);
      expect(store.reports.open(report.id).title).not.toBe(TITLE);
      medium.allow();
      await expect.poll(() => banner.count()).toBe(0);
      await expect.poll(() => store.reports.open(report.id).title).toBe(TITLE);
      await expect.poll(() => saveState.getAttribute('data-state')).toBe('saved');
      expect(await title.isEditable()).toBe(true);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app?.close();
      medium.cleanUp();
    }
  });
});
