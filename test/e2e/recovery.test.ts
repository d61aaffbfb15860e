// Start-up on a damaged data file, as the user sees it: with a good backup the app restores it
// and the banner says what was restored and from when; without one it refuses with a message
// naming the file (the Electron shell shows that in an error box) and touches nothing.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { CallInput, CallName, CallOutput } from '../../shared/api';
import { createHandlers, handlerEnv } from '../../electron/services/api/handlers';
import { dispatch } from '../../electron/services/api/dispatch';
import { DB_FILE, openStore } from '../../electron/services/store';
import { formatDateTime } from '../../renderer/format';
import { makeTempDir } from '../helpers/tempDir';
import { launchPerTest } from './harness';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
// Registered after the folder clean-up, so (after-hooks run last-registered first) each app is
// closed before its folder goes.
const launch = launchPerTest();

const BODY = '2024年，我乡组织行政执法人员培训3期，参训120人次。';

/** A data folder made by the real services: one report with text, then (optionally) a backup. */
async function dataFolder(withBackup: boolean): Promise<{ dataDir: string; dbPath: string; backupFile: string | null }> {
  const dataDir = makeTempDir('年报 恢复');
  dirs.push(dataDir);
  const store = await openStore({ dataDir, awaitStartupBackup: true });
  const handlers = createHandlers(store, handlerEnv('e2e'));
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
    const res = await dispatch(handlers, name, input);
    if (!res.ok) throw new Error(res.error.message);
    return res.value as CallOutput<K>;
  };
  const report = await call('createReport', { unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year: 2024 });
  await call('saveSectionText', { id: report.sections[0]!.id, body: BODY });
  const backup = withBackup ? await call('backupNow', {}) : null;
  await store.close();
  if (!withBackup) rmSync(join(dataDir, 'backups'), { recursive: true, force: true });
  const dbPath = join(dataDir, DB_FILE);
  // Overwrite the first page (the header and the schema's root): SQLite cannot open it any more.
  const bytes = readFileSync(dbPath);
  bytes.fill(0xa5, 0, 4096);
  writeFileSync(dbPath, bytes);
  return { dataDir, dbPath, backupFile: backup?.file ?? null };
}

describe('recovery e2e', () => {
  it('restores the newest good backup and the banner says what was restored and from when', async () => {
    const { dataDir, backupFile } = await dataFolder(true);
    const app = await launch({ dataDir });
    const { page } = app;
    const recovery = app.store.recovery;
    expect(recovery?.restoredFrom).toBe(backupFile);

    const banner = page.getByRole('alert').filter({ hasText: '数据文件已损坏，已自动从备份恢复' });
    await banner.waitFor();
    await expect.poll(() => banner.textContent()).toContain('其中有 1 份报告');
    const said = (await banner.textContent()) ?? '';
    expect(said).toContain(`恢复的是 ${formatDateTime(recovery!.backupCreatedAt)} 的备份`);
    expect(said).toContain(basename(backupFile!));
    expect(said).toContain('数据文件已损坏');
    expect(said).toContain(recovery!.corruptMovedTo!);
    // The damaged file was moved aside, not deleted.
    expect(readdirSync(recovery!.corruptMovedTo!)).toContain(DB_FILE);

    // The report from the backup is in the library, with its text.
    await page.getByRole('button', { name: /2024年度/ }).waitFor();
    await app.screenshot('recovery');
    await banner.getByRole('button', { name: '数据与备份' }).click();
    const dialog = page.getByRole('dialog', { name: '数据与备份' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await page.getByRole('button', { name: /2024年度/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: '章节正文' }).textContent()).toContain(BODY);
    await page.getByRole('button', { name: '← 报告列表' }).click();
    await banner.getByRole('button', { name: '知道了' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });

  it('refuses to start on a damaged file with no backup, naming the file and leaving it untouched', async () => {
    const { dataDir, dbPath } = await dataFolder(false);
    const before = readFileSync(dbPath);
    const err: unknown = await launch({ dataDir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DB_CORRUPT_NO_BACKUP');
    expect((err as AppError).message).toContain('数据文件已损坏，且没有可用的备份');
    expect((err as AppError).message).toContain(dbPath);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
    expect(existsSync(join(dataDir, 'corrupt'))).toBe(false);
  });
});
