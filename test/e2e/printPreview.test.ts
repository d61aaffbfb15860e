// 打印预览, 打印 and 导出 PDF in the built app: the pages as the shared layout sets them, a click
// that opens the section, the printer and the PDF — Chromium's own PDF engine (Playwright's
// page.pdf is the printToPDF Electron calls), checked from the PDF's text boxes: page count, A4,
// 「— N —」 on the outer side of odd and even pages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { layoutDocument } from '../../shared/export/layout/layout';
import { buildExportModel } from '../../shared/export/model';
import { ARTIFACT_DIR, BANXIN, pdfPages } from '../helpers/render';
import { storeReport } from '../helpers/storeReport';
import { typicalReport } from '../electron/services/export/sampleReports';
import { appWithFolder, openFromLibrary } from './harness';

const { app, platform } = appWithFolder('打印 e2e');
beforeEach(() => {
  platform.pdf = () => app.page.pdf({ preferCSSPageSize: true, printBackground: true });
});

const { left: LEFT, right: RIGHT, bottom: BOTTOM } = BANXIN;
/** Chromium makes the PDF of every page: seconds on a busy machine. */
const SLOW = { timeout: 60_000 };

async function openStored() {
  const stored = storeReport(app.store, typicalReport());
  await openFromLibrary(app, /2024年度/);
  return stored;
}

describe('打印预览', () => {
  it('shows the pages of the file, prints them, writes them as an A4 PDF with the page numbers outside, and opens a section on click', async () => {
    const { page } = app;
    const stored = await openStored();
    await page.keyboard.press('Control+p');
    const preview = page.getByRole('dialog', { name: '打印预览' });
    await preview.waitFor();
    const settings = (await app.call('exportPreview', { reportId: stored.id })).settings;
    const layout = layoutDocument(buildExportModel(app.store.reports.open(stored.id), settings), settings);
    await expect.poll(() => page.locator('.pv-sheet').count(), SLOW).toBe(layout.pages.length);
    expect(await preview.getByTestId('preview-pages').textContent()).toContain(`共 ${layout.pages.length} 页`);
    await app.screenshot('print-preview');

    await preview.getByRole('button', { name: '打印', exact: true }).click();
    await expect.poll(() => platform.prints, SLOW).toBe(1);

    await preview.getByRole('button', { name: '导出 PDF' }).click();
    const pdfPath = path.join(platform.folder, '砚山县盘龙彝族乡人民政府关于2024年度法治政府建设情况的报告.pdf');
    await expect.poll(() => preview.locator('.pv-done').textContent(), SLOW).toContain(`已导出：${pdfPath}`);
    expect(platform.dialogs.at(-1)).toEqual({ defaultPath: pdfPath, kind: 'pdf' });
    mkdirSync(ARTIFACT_DIR, { recursive: true });
    writeFileSync(path.join(ARTIFACT_DIR, 'print-preview.pdf'), readFileSync(pdfPath));
    const pages = await pdfPages(pdfPath);
    expect(pages).toHaveLength(layout.pages.length);
    for (const [i, p] of pages.entries()) {
      expect(Math.abs(p.width - 595.3)).toBeLessThan(1);
      expect(Math.abs(p.height - 841.9)).toBeLessThan(1);
      const number = p.lines.filter((l) => (l.yMin + l.yMax) / 2 > BOTTOM);
      expect(number.map((l) => l.text)).toEqual([`— ${i + 1} —`]);
      const n = number[0]!;
      if ((i + 1) % 2 === 1) expect(Math.abs(n.xMax - (RIGHT - 14))).toBeLessThanOrEqual(3);
      else expect(Math.abs(n.xMin - (LEFT + 14))).toBeLessThanOrEqual(3);
    }
    await preview.getByRole('button', { name: '打开文件' }).click();
    await expect.poll(() => platform.openedFiles, SLOW).toEqual([pdfPath]);
    expect(existsSync(pdfPath)).toBe(true);

    // A line on page 2 opens its section in the editor.
    const line = page.locator('.pv-sheet[data-page="2"] .pv-line-box').nth(3);
    const block = layout.blocks[Number(await line.getAttribute('data-block'))]!;
    await line.click();
    await expect.poll(() => preview.count(), SLOW).toBe(0);
    const section = app.store.reports.open(stored.id).sections.find((s) => s.id === block.sectionId);
    expect(await page.getByLabel('章节标题').inputValue()).toBe(section?.title);
    expect(app.consoleErrors).toEqual([]);
  });

  it('follows the unit\'s page-number style in the preview and the PDF, and keeps empty parts on request', async () => {
    const { page } = app;
    const stored = await openStored();
    await app.call('saveExportSettings', { unitId: stored.unitId, settings: { pageNumbers: 'centreHyphen' } });
    await page.getByRole('button', { name: '打印预览' }).click();
    const preview = page.getByRole('dialog', { name: '打印预览' });
    await expect.poll(() => page.locator('.pv-sheet[data-page="2"] .pv-number').textContent(), SLOW).toBe('-2-');
    const lines = () => page.locator('.pv-line-box').allTextContents();
    expect((await lines()).join('|')).not.toContain('其他需要报告的情况');
    await preview.getByTestId('empty-parts').getByLabel('仍然导出空白标题').check();
    await expect.poll(async () => (await lines()).join('|'), SLOW).toContain('四、其他需要报告的情况');
    // Ctrl+P inside the preview prints.
    await page.keyboard.press('Control+p');
    await expect.poll(() => platform.prints, SLOW).toBe(1);

    await preview.getByRole('button', { name: '导出 PDF' }).click();
    await expect.poll(() => preview.locator('.pv-done').count(), SLOW).toBe(1);
    const pdfPath = platform.dialogs.at(-1)!.defaultPath;
    const pages = await pdfPages(pdfPath);
    expect(pages).toHaveLength(await page.locator('.pv-sheet').count());
    for (const [i, p] of pages.entries()) {
      const [number] = p.lines.filter((l) => (l.yMin + l.yMax) / 2 > BOTTOM);
      expect(number?.text).toBe(`-${i + 1}-`);
      expect(Math.abs((number!.xMin + number!.xMax) / 2 - (LEFT + RIGHT) / 2)).toBeLessThanOrEqual(3);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => preview.count(), SLOW).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });
});
