// Layout facts measured in the real page, for the "nothing clipped, wrapped or overlapping at any
// window size" checks: where an element is against the viewport, how many lines a text takes, and
// whether the controls of one bar or dialog lie over each other or cut their own text off.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { E2EApp } from './harness';

/** Whether the first element matching `selector` lies wholly inside the viewport. */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const vp = page.viewportSize()!;
  expect(box, selector).not.toBeNull();
  return box!.y >= 0 && box!.x >= 0 && box!.y + box!.height <= vp.height && box!.x + box!.width <= vp.width;
}

/** How many visual lines the text of each element takes: its text boxes, merged where they share
 *  vertical space (a badge or a button beside the text is on the same line). */
export function textLines(page: Page, selector: string): Promise<Array<{ text: string; lines: number }>> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = Array.from(range.getClientRects())
        .filter((r) => r.width > 0 && r.height > 0)
        .sort((a, b) => a.top - b.top);
      let lines = 0;
      let bottom = -Infinity;
      for (const r of rects) {
        if (r.top >= bottom - 2) {
          lines++;
          bottom = r.bottom;
        } else bottom = Math.max(bottom, r.bottom);
      }
      return { text: el.textContent ?? '', lines };
    }),
  );
}

interface Untidy {
  /** Controls whose text wraps onto a second line. */
  wrapped: string[];
  /** Controls that reach outside the viewport. */
  outside: string[];
  /** Controls whose text is cut off by their own box (overflow hidden, no ellipsis meant). */
  clipped: string[];
  /** Pairs of controls that lie over each other. */
  overlapping: string[];
}

/**
 * The visible buttons, inputs and selects inside `container` that wrap, leave the viewport, cut
 * their text off or overlap another: all four lists are empty for a tidy bar or dialog.
 */
export async function untidyControls(page: Page, container: string): Promise<Untidy> {
  const vp = page.viewportSize()!;
  const boxes = await page.locator(container).first().evaluate((root, viewport) => {
    const controls = Array.from(root.querySelectorAll<HTMLElement>('button, input:not([type=radio]):not([type=checkbox]), select, [role=radio]'));
    return controls
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const r = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim() || el.tagName;
        return {
          name,
          box: { x: r.x, y: r.y, w: r.width, h: r.height },
          outside: r.x < 0 || r.y < 0 || r.right > viewport.width + 0.5 || r.bottom > viewport.height + 0.5,
          clipped: el.tagName === 'BUTTON' && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).textOverflow !== 'ellipsis',
        };
      });
  }, vp);
  const overlapping: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const dx = Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x);
      const dy = Math.min(a.box.y + a.box.h, b.box.y + b.box.h) - Math.max(a.box.y, b.box.y);
      if (dx > 1 && dy > 1) overlapping.push(`${a.name} × ${b.name}`);
    }),
  );
  expect(boxes.length, `controls in ${container}`).toBeGreaterThan(0);
  const buttons = await textLines(page, `${container} button`);
  return {
    wrapped: buttons.filter((b) => b.lines > 1).map((b) => b.text),
    outside: boxes.filter((b) => b.outside).map((b) => b.name),
    clipped: boxes.filter((b) => b.clipped).map((b) => b.name),
    overlapping,
  };
}

export const TIDY: Untidy = { wrapped: [], outside: [], clipped: [], overlapping: [] };

/** The window sizes every new screen is looked at: a common laptop, and an old 4:3 screen. */
export const SIZES = [
  [1366, 768],
  [1024, 768],
] as const;

/**
 * At 1366×768 and then 1024×768, the controls of each container are tidy and a screenshot
 * `<name>-<w>x<h>` is taken; the window is left at 1366×768.
 */
export async function tidyAtBothSizes(app: E2EApp, name: string, containers: readonly string[]): Promise<void> {
  for (const [width, height] of SIZES) {
    await app.page.setViewportSize({ width, height });
    for (const c of containers) await expect.poll(() => untidyControls(app.page, c), { message: c }).toEqual(TIDY);
    await app.screenshot(`${name}-${width}x${height}`);
  }
  await app.page.setViewportSize({ width: SIZES[0][0], height: SIZES[0][1] });
}
