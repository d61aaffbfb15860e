// Issue 12, "a fixed frame at any window size": at 1366×768 and 1024×600 a long section scrolls
// inside the editor only — the top bar with 导出 and the section title stay on screen; at 1024×600
// the editor still sets 26 characters a line, no top-bar button wraps its text and the review bar
// takes at most two lines. App-wide zoom scales the whole UI (the editor's 字号 on top), is
// remembered, and the app reopens the report and section that were open.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedParsed } from '../helpers/seedReports';
import { launchApp, stopShared, type E2EApp } from './harness';
import { inViewport, textLines } from './layout';

afterAll(stopShared);

const UNIT = '盘龙彝族乡人民政府';

/** About 5,000 characters of real reports' text, one paragraph per line. */
function longBody(): string {
  const paragraphs = [0, 1, 2].flatMap((i) =>
    seedParsed(i).sections.flatMap(function all(s): string[] {
      return [...s.body.split('\n'), ...s.children.flatMap(all)];
    }),
  );
  const out: string[] = [];
  let n = 0;
  for (const p of paragraphs.filter((l) => l.trim().length > 20)) {
    if (n >= 5000) break;
    out.push(p);
    n += p.length;
  }
  expect(n).toBeGreaterThanOrEqual(5000);
  return out.join('\n');
}

/** The unit's 2024 report with one long section, and 2025 based on it (every section 待核对). */
async function setUp(app: E2EApp) {
  const r = await app.call('createReport', { unit: { fullName: UNIT, shortName: '盘龙乡', kind: 'township', superior: '石林彝族自治县人民政府' }, year: 2024 });
  const area = r.sections.find((s) => s.templateKey?.startsWith('achievements.'))!;
  await app.call('saveSectionText', { id: area.id, body: longBody() });
  const next = await app.call('createFromLastYear', { baseReportId: r.id, year: 2025 });
  return { report: next, long: next.sections.find((s) => s.templateKey === area.templateKey)! };
}

async function openLong(page: Page, title: string) {
  await page.reload();
  await page.getByRole('button', { name: /2025年度/ }).click();
  await page.locator('.outline-item', { hasText: title }).click();
  await page.locator('.cm-content').waitFor();
}

/** Characters on the second visual line of the first wrapped paragraph in the editor. */
function charsPerLine(page: Page): Promise<number> {
  return page.locator('.cm-line').first().evaluate((line) => {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const tops: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < (node.textContent ?? '').length; i++) {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        const rect = r.getBoundingClientRect();
        if (rect.width > 0) tops.push(Math.round(rect.top));
      }
    }
    const lineTops = [...new Set(tops)];
    return tops.filter((t) => t === lineTops[1]).length;
  });
}

describe('workspace frame e2e', () => {
  for (const [width, height] of [
    [1366, 768],
    [1024, 600],
  ] as const) {
    it(`at ${width}×${height} only the editor scrolls: 导出 and the section title stay in view`, async () => {
      const app = await launchApp({ viewport: { width, height } });
      try {
        const { page } = app;
        const { long } = await setUp(app);
        await openLong(page, long.title);
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+End');
        await page.mouse.wheel(0, 20000);
        await expect.poll(() => page.locator('.cm-scroller').evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
        // The page itself never scrolls; the frame stays where it is.
        expect(await page.evaluate(() => [document.scrollingElement?.scrollTop, document.body.scrollTop])).toEqual([0, 0]);
        expect(await inViewport(page, '.topbar button:has-text("导出")')).toBe(true);
        expect(await inViewport(page, '.section-title-input')).toBe(true);
        expect(await inViewport(page, '.outline-progress')).toBe(true);
        expect(await page.locator('.section-title-input').inputValue()).toBe(long.title);
        // The end of the text is on screen, inside the editor.
        expect(await inViewport(page, '.cm-line >> nth=-1')).toBe(true);

        // Every top-bar button and every review-bar button keeps its text on one line.
        const buttons = await textLines(page, '.topbar button, .review-bar button, .section-tools button');
        expect(buttons.length).toBeGreaterThan(8);
        expect(buttons.filter((b) => b.lines > 1)).toEqual([]);
        const bar = await textLines(page, '.review-bar');
        expect(bar[0]!.lines).toBeLessThanOrEqual(2);
        if (width === 1024) {
          expect(await page.locator('.workspace').getAttribute('data-layout')).toBe('narrow');
          expect(await charsPerLine(page)).toBeGreaterThanOrEqual(26);
          // The side panel is a drawer: closed, it takes no room; open, it lies over the editor.
          expect(await page.locator('aside.side').count()).toBe(0);
          await page.getByRole('button', { name: /指引与审校/ }).click();
          await page.getByRole('tab', { name: '写作指引' }).waitFor();
          expect(await inViewport(page, 'aside.side')).toBe(true);
          await app.screenshot('frame-1024x600-drawer');
          await page.getByRole('button', { name: '收起指引' }).click();
        } else {
          expect(await page.locator('.workspace').getAttribute('data-layout')).toBe('wide');
          // Every tab of the side panel is fully visible, 「历史版本」 included.
          for (const tab of ['写作指引', '完整性', '审校', '去年对照', '历史版本']) expect(await inViewport(page, `[role=tab]:has-text("${tab}")`), tab).toBe(true);
        }
        await app.screenshot(`frame-${width}x${height}`);
        expect(app.consoleErrors).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }

  it('zooms the whole UI with Ctrl +/-/0 and the control, keeps the editor’s 字号 on top, remembers both and reopens where the user was', async () => {
    const app = await launchApp({ viewport: { width: 1920, height: 1080 } });
    try {
      const { page } = app;
      const { long } = await setUp(app);
      await openLong(page, long.title);
      const sizes = () =>
        page.evaluate(() => ({
          root: parseFloat(getComputedStyle(document.documentElement).fontSize),
          button: parseFloat(getComputedStyle(document.querySelector('.topbar button')!).fontSize),
          editor: parseFloat(getComputedStyle(document.querySelector('.editor')!.shadowRoot!.querySelector('.cm-editor')!).fontSize),
        }));
      expect(await sizes()).toEqual({ root: 15, button: 15, editor: 19 });
      await app.screenshot('frame-1920x1080');
      await page.keyboard.press('Control+Equal');
      await page.keyboard.press('Control+Equal');
      await expect.poll(async () => (await sizes()).root).toBe(18.75);
      expect(await sizes()).toEqual({ root: 18.75, button: 18.75, editor: 23.75 });
      expect(await page.getByRole('button', { name: '界面缩放比例' }).textContent()).toBe('125%');
      // The editor's own 字号 multiplies on top of the zoom.
      await page.getByRole('button', { name: '正文字号增大' }).click();
      await expect.poll(async () => (await sizes()).editor).toBe(25);
      await page.getByRole('button', { name: '缩小界面' }).click();
      await expect.poll(async () => (await sizes()).root).toBe(16.5);
      await app.screenshot('zoom-110-1920x1080');

      // After a restart: same zoom, same 字号, same report and section.
      await app.restart();
      await expect.poll(() => page.locator('.section-title-input').inputValue()).toBe(long.title);
      await expect.poll(sizes).toEqual({ root: 16.5, button: 16.5, editor: 22 });
      await page.keyboard.press('Control+0');
      await expect.poll(async () => (await sizes()).root).toBe(15);
      // Back to the library: a restart then opens the library.
      await page.getByRole('button', { name: '← 报告列表' }).click();
      await page.getByRole('button', { name: /2025年度/ }).waitFor();
      await app.restart();
      await page.getByRole('button', { name: /2025年度/ }).waitFor();
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
