// 「导出报告包」 from a report card to a folder chosen in the (stubbed) save dialog, then 「导入报告包」
// of that file on the same PC: the dialog shows what it holds and that this PC has that report,
// 「作为副本」 adds a second one and opens it. A hostile file chosen next is refused in
// the dialog with its Chinese message.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_PACKAGE_DIR } from '../electron/services/package/hostilePackages';
import { seedReport } from '../helpers/seedReports';
import { storeReport } from '../helpers/storeReport';
import { appWithFolder } from './harness';

const { app, platform } = appWithFolder('年报 U盘');

describe('report package e2e', () => {
  it('exports a report as a package and imports it again as a copy; a hostile file is refused', async () => {
    const { page } = app;
    const report = storeReport(app.store, seedReport(0));
    await app.call('saveVersion', { reportId: report.id, label: '送审稿' });
    await page.reload();

    await page.getByRole('button', { name: `导出 ${report.unit.fullName} ${report.year} 年的报告包` }).click();
    const exporting = page.getByRole('dialog', { name: '导出报告包' });
    await expect.poll(() => exporting.getByText('同时带上保存过的版本（1 个）').isVisible()).toBe(true);
    await exporting.getByRole('button', { name: '选择位置并导出…' }).click();
    await expect.poll(() => exporting.getByRole('status').textContent()).toContain('已导出报告包');
    const file = path.join(platform.folder, `${report.unit.shortName}${report.year}年度报告.nianbao`);
    expect(platform.dialogs.at(-1)).toMatchObject({ defaultPath: file, kind: 'package' });
    await exporting.getByRole('button', { name: '完成' }).click();

    await page.getByLabel('选择报告包文件').setInputFiles(file);
    const importing = page.getByRole('dialog', { name: '导入报告包' });
    await expect.poll(() => importing.locator('.package-facts').textContent()).toContain(`${report.year}年度`);
    expect(await importing.getByRole('alert').textContent()).toContain('本机已有这个单位');
    await app.screenshot('package-import-conflict');
    await importing.getByRole('button', { name: '作为副本' }).click();
    await page.getByRole('navigation', { name: '报告提纲' }).waitFor();
    await expect.poll(() => page.getByText('已把报告包导入为一份副本').isVisible()).toBe(true);
    expect((await app.call('listReports', {})).map((r) => r.title)).toEqual([report.title, report.title]);

    await page.getByRole('button', { name: '← 报告列表' }).click();
    const hostile = readFileSync(path.join(HOSTILE_PACKAGE_DIR, 'trigger.nianbao'));
    await page.getByLabel('选择报告包文件').setInputFiles({ name: '带触发器.nianbao', mimeType: 'application/octet-stream', buffer: hostile });
    await expect.poll(() => importing.getByRole('alert').textContent()).toContain('多出了触发器');
    await importing.getByRole('button', { name: '关闭' }).click();
    expect(await app.call('listReports', {})).toHaveLength(2);
    expect(app.consoleErrors).toEqual([]);
  });
});
