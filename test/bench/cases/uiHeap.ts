// The renderer's JS heap over a long stretch of typing (issue 16: 10 minutes, no growth beyond a
// bound), at 4× CPU throttling, 审校 open: a phrase typed and deleted again and again in the
// 20,000-character report, so the text stays the same size and what grows is what leaks. The heap is
// read after a full garbage collection, once warmed up and at the end.
// BENCH_HEAP_MINUTES=2 shortens it for a quick look.
import type { Page } from 'playwright-core';
import type { BenchCase } from '../types';
import { heapAfterGc, pause } from '../ui/page';
import { CPU_THROTTLE, throttleWarning } from '../ui/throttle';
import { withUiSession } from './ui';

const MINUTES = Number(process.env['BENCH_HEAP_MINUTES'] ?? 10);
/** MB the heap may grow over the run: the undo history and caches settle well below this. */
const GROWTH_BUDGET_MB = 8;
const WARMUP_MS = 30_000;

async function typeFor(page: Page, ms: number): Promise<number> {
  const end = Date.now() + ms;
  let cycles = 0;
  while (Date.now() < end) {
    await page.keyboard.insertText('依法行政');
    await pause(250);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Backspace');
      await pause(100);
    }
    cycles++;
  }
  return cycles;
}

export const benchCase: BenchCase = {
  name: 'typing_heap',
  description: `JS heap after ${MINUTES} min of typing at ${CPU_THROTTLE}× throttling, 审校 open; growth ≤ ${GROWTH_BUDGET_MB} MB`,
  run: (ctx) =>
    withUiSession(ctx, async (fx, s) => {
      const { page } = s;
      await page.locator(`section.unit-group[aria-label="${fx.big.unit}"] .report-card`).first().click();
      const typing = fx.big.sections.filter((x) => x.body.length > 200)[3]!;
      await page.locator('nav.outline button', { hasText: typing.title }).first().click();
      await page.getByRole('tab', { name: /^审校/ }).click();
      await page.locator('.editor .cm-content').click();
      await page.keyboard.press('Control+End');
      await typeFor(page, WARMUP_MS);
      const start = await heapAfterGc(s.cdp);
      ctx.log(`heap after warm-up ${start} MB; typing for ${MINUTES} min`);
      const cycles = await typeFor(page, MINUTES * 60_000);
      await pause(2000);
      const end = await heapAfterGc(s.cdp);
      const growth = Number((end - start).toFixed(2));
      const measured = await s.throttle();
      const warning = throttleWarning(measured);
      if (warning) ctx.log(`typing_heap: ${warning}`);
      return { case: 'typing_heap', minutes: MINUTES, cycles, heap_start_mb: start, heap_end_mb: end, growth_mb: growth, budget_growth_mb: GROWTH_BUDGET_MB, cpu_throttle: CPU_THROTTLE, throttle_measured: measured, ok: growth <= GROWTH_BUDGET_MB };
    }),
};
