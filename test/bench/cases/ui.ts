// The UI under 4× CPU throttling (a six-year-old township PC): the built app in browser mode, in
// headless Chromium, on a library of 200 reports. One JSON line per measurement with its budget:
// first screen, import preview of a 30,000-character .docx, open report, switch section, open 审校,
// open the export dialog, keystroke → next paint with 审校 closed and open, and an IME commit of a
// phrase, in a 20,000-character report and in a 50,000-character section.
//
// Interactions that happen once are judged by their median over a few repeats, typing by its p95
// (one sample per key, a key every 100 ms). Each line also carries throttle_measured, the slowdown
// the throttling really gave right after the measurement (ui/throttle.ts): far from 4, the machine
// was too busy for the line to compare. `npm run build` first: this measures out/renderer.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { percentile, round } from '../stats';
import type { BenchCase, BenchContext, BenchResult } from '../types';
import { buildUiFixture, LIBRARY_REPORTS, type UiFixture } from '../ui/fixture';
import { latencySamples, openUiSession, pause, rendererDir, resetLatency, timeUntil, type UiSession } from '../ui/page';
import { CPU_THROTTLE, throttleWarning } from '../ui/throttle';

/** Budgets under 4× throttling, in ms (issue 16). The export dialog's is ours: like opening a report. */
export const UI_BUDGETS = {
  first_screen: 1500,
  import_preview: 2000,
  open_report: 300,
  switch_section: 150,
  open_checks: 200,
  open_export: 300,
  keystroke: 50,
  ime_commit: 50,
} as const;

const KEYS = 80;
const KEY_GAP_MS = 100;
const IMES = 20;

function result(name: string, budget: keyof typeof UI_BUDGETS, samples: number[], judge: 'p50' | 'p95', extra: Record<string, unknown> = {}): BenchResult {
  const p50 = round(percentile(samples, 50), 1);
  const p95 = round(percentile(samples, 95), 1);
  const measured = judge === 'p50' ? p50 : p95;
  return { case: name, n: samples.length, p50_ms: p50, p95_ms: p95, max_ms: round(Math.max(...samples), 1), budget_ms: UI_BUDGETS[budget], judged: judge, cpu_throttle: CPU_THROTTLE, ...extra, ok: measured <= UI_BUDGETS[budget] };
}

async function repeat(times: number, fn: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) out.push(await fn());
  return out;
}

// In-page conditions (run in the browser, so they name nothing from here).
const editorStartsWith = (prefix: string) => {
  const line = document.querySelector('.editor')?.shadowRoot?.querySelector('.cm-line');
  return !!line && (line.textContent ?? '').startsWith(prefix);
};
const workspaceShown = () => !!document.querySelector('.editor')?.shadowRoot?.querySelector('.cm-content') && !!document.querySelector('nav.outline .outline-item');

const outlineItem = (page: Page, title: string) => page.locator('nav.outline button', { hasText: title }).first();

async function toLibrary(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← 报告列表' }).click();
  await page.locator('.report-card').first().waitFor();
}

async function openReport(page: Page, unit: string): Promise<number> {
  return timeUntil(page, () => page.locator(`section.unit-group[aria-label="${unit}"] .report-card`).first().click(), workspaceShown, null);
}

/** Puts the cursor at the end of the open section's text. */
async function cursorAtEnd(page: Page): Promise<void> {
  await page.locator('.editor .cm-content').click();
  await page.keyboard.press('Control+End');
  await pause(500);
}

async function typeKeys(page: Page): Promise<number[]> {
  await resetLatency(page);
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(String(i % 10));
    await pause(KEY_GAP_MS);
  }
  return latencySamples(page, KEYS);
}

/** An IME-style commit: a composition of pinyin, then the phrase committed in one input. */
async function imeCommits(s: UiSession): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < IMES; i++) {
    await s.cdp.send('Input.imeSetComposition', { text: 'yifaxingzheng', selectionStart: 13, selectionEnd: 13 });
    await pause(150);
    await resetLatency(s.page);
    await s.cdp.send('Input.insertText', { text: '依法行政' });
    out.push(...(await latencySamples(s.page, 1)));
    await pause(150);
  }
  return out;
}

async function openChecksTab(page: Page): Promise<number> {
  const t = await timeUntil(page, () => page.getByRole('tab', { name: /^审校/ }).click(), () => !!document.querySelector('.side .checks .finding'), null);
  return t;
}

async function measure(ctx: BenchContext, fx: UiFixture, s: UiSession): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  let step = 'the start';
  // Each measurement with the throttling measured right after it (the machine's load changes).
  const push = async ({ ok, ...r }: BenchResult) => {
    const measured = await s.throttle();
    const line = { ...r, throttle_measured: measured, ok } as BenchResult;
    results.push(line);
    step = r.case;
    ctx.log(JSON.stringify(line));
    const warning = throttleWarning(measured);
    if (warning) ctx.log(`${r.case}: ${warning}`);
  };
  try {
    await steps(ctx, fx, s, push);
  } catch (err) {
    const shot = join(ctx.repoRoot, 'test-results', 'bench-ui-failure.png');
    await s.page.screenshot({ path: shot }).catch(() => undefined);
    results.push({ case: 'ui', ok: false, error: `after ${step} (screenshot: ${shot}): ${err instanceof Error ? err.message : String(err)}` });
  }
  return results;
}

async function steps(ctx: BenchContext, fx: UiFixture, s: UiSession, push: (r: BenchResult) => Promise<void>): Promise<void> {
  const { page } = s;

  // First screen: a load of the library (200 cards) from navigation start.
  const loads = await repeat(3, async () => {
    await page.reload();
    const handle = await page.waitForFunction(
      (n) => (document.querySelectorAll('.report-card').length >= n ? performance.now() : false),
      LIBRARY_REPORTS,
      { polling: 'raf', timeout: 60_000 },
    );
    return (await handle.jsonValue()) as number;
  });
  await push(result('ui_first_screen', 'first_screen', loads, 'p50', { reports: LIBRARY_REPORTS }));
  ctx.log(`first screen ${loads.map((x) => x.toFixed(0)).join(', ')} ms`);

  const previews = await repeat(3, async () => {
    // As the 「导入」 button does: the same file chosen again is a change only from an empty input.
    await page.evaluate(() => void ((document.querySelector('[data-testid=import-file]') as HTMLInputElement).value = ''));
    const t = await timeUntil(page, () => page.setInputFiles('[data-testid=import-file]', fx.docxPath), () => !!document.querySelector('table.import-mapping'), null);
    await page.keyboard.press('Escape');
    await page.locator('table.import-mapping').waitFor({ state: 'detached' });
    return t;
  });
  await push(result('ui_import_preview', 'import_preview', previews, 'p50', { chars: 30_000 }));

  const opens = await repeat(3, async () => {
    const t = await openReport(page, fx.big.unit);
    await toLibrary(page);
    return t;
  });
  await push(result('ui_open_report', 'open_report', opens, 'p50', { chars: fx.big.chars }));

  await openReport(page, fx.big.unit);
  await pause(1000);
  ctx.log(`workers in the page: ${page.workers().map((w) => w.url()).join(', ') || 'none'}`);
  const withText = fx.big.sections.filter((x) => x.body.length > 200);
  const switches: number[] = [];
  for (let i = 0; i < 12; i++) {
    const target = withText[i % withText.length]!;
    const prefix = target.body.split('\n')[0]!.slice(0, 12);
    switches.push(await timeUntil(page, () => outlineItem(page, target.title).click(), editorStartsWith, prefix));
  }
  await push(result('ui_switch_section', 'switch_section', switches, 'p50', { chars: fx.big.chars }));

  // Typing in a section of ordinary length, in the big report.
  const typing = [...withText].sort((a, b) => a.body.length - b.body.length)[Math.floor(withText.length / 2)]!;
  await outlineItem(page, typing.title).click();
  await cursorAtEnd(page);
  await push(result('ui_keystroke', 'keystroke', await typeKeys(page), 'p95', { chars: fx.big.chars, section_chars: typing.body.length, checks_tab: false }));

  const checksOpens: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.getByRole('tab', { name: '写作指引' }).click();
    await pause(300);
    checksOpens.push(await openChecksTab(page));
  }
  await push(result('ui_open_checks', 'open_checks', checksOpens, 'p50', { chars: fx.big.chars }));

  await cursorAtEnd(page);
  await push(result('ui_keystroke_checks_open', 'keystroke', await typeKeys(page), 'p95', { chars: fx.big.chars, section_chars: typing.body.length, checks_tab: true }));
  await push(result('ui_ime_commit', 'ime_commit', await imeCommits(s), 'p95', { chars: fx.big.chars, checks_tab: true }));

  const exports = await repeat(3, async () => {
    const t = await timeUntil(
      page,
      () => page.getByRole('button', { name: '导出', exact: true }).click(),
      () => !!document.querySelector('.export-actions button.primary:not([disabled])') && !document.querySelector('.export-dialog .muted')?.textContent?.includes('正在准备'),
      null,
    );
    await page.keyboard.press('Escape');
    await page.locator('.export-dialog').waitFor({ state: 'detached' });
    return t;
  });
  await push(result('ui_open_export', 'open_export', exports, 'p50', { chars: fx.big.chars }));

  // One section of 50,000 characters, 审校 open.
  await toLibrary(page);
  await openReport(page, fx.long.unit);
  await outlineItem(page, fx.long.sectionTitle).click();
  await page.getByRole('tab', { name: /^审校/ }).click();
  await cursorAtEnd(page);
  await push(result('ui_keystroke_50k_section', 'keystroke', await typeKeys(page), 'p95', { section_chars: fx.long.chars, checks_tab: true }));
  await push(result('ui_ime_commit_50k_section', 'ime_commit', await imeCommits(s), 'p95', { section_chars: fx.long.chars, checks_tab: true }));
}

export async function withUiSession<T>(ctx: BenchContext, fn: (fx: UiFixture, s: UiSession) => Promise<T>): Promise<T> {
  if (!existsSync(join(rendererDir(ctx.repoRoot), 'index.html'))) throw new Error(`${rendererDir(ctx.repoRoot)} is missing: run \`npm run build\` first`);
  const fx = await buildUiFixture(ctx.tempDir('界面 基准'), ctx.tempDir('文档 基准'));
  const s = await openUiSession(fx.dataDir, ctx.tempDir('导出 基准'), ctx.repoRoot);
  try {
    return await fn(fx, s);
  } finally {
    await s.close();
  }
}

export const benchCase: BenchCase = {
  name: 'ui',
  description: `the built app in Chromium at ${CPU_THROTTLE}× CPU throttling: first screen, import preview, open report, switch section, 审校, export dialog, keystroke and IME latency; budgets ${JSON.stringify(UI_BUDGETS)}`,
  run: (ctx) => withUiSession(ctx, (fx, s) => measure(ctx, fx, s)),
};
