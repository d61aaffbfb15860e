// Issue 14, backups in the UI: 「数据与备份」 lists the backups; 「恢复到此备份…」 asks, then puts the
// chosen backup in place (the data as it was kept as a backup first); the app shows the library of
// the restored file and a banner says what was restored, from when, and where the old data went.
// 「备份到U盘…」 writes one file to the folder chosen in the (stubbed) dialog.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../renderer/format';
import { seedReport } from '../helpers/seedReports';
import { storeReport } from '../helpers/storeReport';
import { appWithFolder } from './harness';

const { app, platform } = appWithFolder('年报 U盘');

describe('backups e2e', () => {
  it('restores a chosen backup through the dialog; the banner says what was restored', async () => {
    const { page } = app;
    const kept = storeReport(app.store, seedReport(0));
    const chosen = await app.call('backupNow', {});
    // Written after that backup: gone once it is restored.
    const later = storeReport(app.store, seedReport(2));
    await app.call('saveSectionText', { id: later.sections[1]!.id, body: '备份之后写的内容。' });
    await page.reload();
    await expect.poll(() => page.locator('.report-card').count()).toBe(2);

    await page.getByRole('button', { name: '数据与备份' }).click();
    const dialog = page.getByRole('dialog', { name: '数据与备份' });
    const row = dialog.locator(`tr[data-file="${path.basename(chosen.file)}"]`);
    await row.getByRole('button', { name: /恢复到 .* 的备份/ }).click();
    const confirm = row.getByRole('alertdialog', { name: '确认恢复备份' });
    expect(await confirm.textContent()).toContain('恢复前会先把当前数据另存为一份备份');
    await app.screenshot('backup-restore-confirm');
    await confirm.getByRole('button', { name: '确定恢复' }).click();

    const banner = page.locator('.restored-banner');
    await banner.waitFor();
    const said = (await banner.textContent()) ?? '';
    expect(said).toContain(`已恢复到 ${formatDateTime(chosen.createdAt, { seconds: true })} 的备份，其中有 1 份报告。`);
    expect(said).toContain(path.basename(chosen.file));
    const safety = (await app.call('listBackups', {})).find((b) => said.includes(path.basename(b.file)) && b.file !== chosen.file);
    expect(safety, said).toBeDefined();
    await expect.poll(() => dialog.count()).toBe(0);
    // The library is the restored file's, on screen and through the API.
    await expect.poll(() => page.locator('.report-card').count()).toBe(1);
    expect((await app.call('listReports', {})).map((r) => r.id)).toEqual([kept.id]);
    await app.screenshot('backup-restored');

    // 备份到U盘… into the folder the dialog answers with; 打开备份文件夹 asks the file manager.
    await banner.getByRole('button', { name: '数据与备份' }).click();
    await dialog.getByRole('button', { name: '备份到U盘…' }).click();
    await expect.poll(() => dialog.getByRole('status').first().textContent()).toContain('已把全部数据备份到');
    expect(readdirSync(platform.folder).filter((f) => /^年报助手备份-\d{8}-\d{6}\.db$/.test(f))).toHaveLength(1);
    await dialog.getByRole('button', { name: '打开备份文件夹' }).click();
    await expect.poll(() => platform.opened).toEqual([app.store.backups.dir]);
    expect(app.consoleErrors).toEqual([]);
  });
});
