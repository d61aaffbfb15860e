// 打印预览 of a 20,000-character report in headless Chromium: the built renderer, backed by the
// real handlers over SQLite, opens the preview (Ctrl+P) again and again; the app records, as the
// performance measure 「nianbao-preview-layout」, the time from the stored report and settings in
// hand to the pages painted — the shared layout (line breaking, pagination) and drawing every line.
// The first opening is reported apart (cold code). Needs `npm run build` and /usr/bin/chromium.
// Target: median ≤ 300 ms.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { layoutDocument } from '../../../shared/export/layout/layout';
import { buildExportModel } from '../../../shared/export/model';
import { DEFAULT_EXPORT_SETTINGS } from '../../../shared/export/exportDefaults';
import { launchApp, stopShared } from '../../e2e/browserApp';
import { storeReport } from '../../helpers/storeReport';
import { median, round } from '../stats';
import type { BenchCase } from '../types';
import { benchExportReport } from './export';

const TARGET_MS = 300;
const RUNS = Number(process.env['BENCH_PREVIEW_RUNS'] ?? 9);
const MEASURE = 'nianbao-preview-layout';

export const benchCase: BenchCase = {
  name: 'preview',
  description: `打印预览 of a 20,000-character report in headless Chromium (layout + drawing); target median ≤ ${TARGET_MS} ms`,
  async run(ctx) {
    if (!existsSync(join(ctx.repoRoot, 'out', 'renderer', 'index.html'))) throw new Error('out/renderer missing: run `npm run build` first');
    const app = await launchApp({ dataDir: ctx.tempDir('预览 基准') });
    try {
      const report = storeReport(app.store, benchExportReport());
      const pages = layoutDocument(buildExportModel(report, DEFAULT_EXPORT_SETTINGS), DEFAULT_EXPORT_SETTINGS).pages.length;
      await app.call('setLastOpened', { reportId: report.id, sectionId: null });
      await app.page.reload();
      await app.page.getByRole('navigation', { name: '报告提纲' }).waitFor();
      const times: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        await app.page.keyboard.press('Control+p');
        await app.page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MEASURE);
        const [ms, drawn] = await app.page.evaluate((name) => {
          const entry = performance.getEntriesByName(name)[0];
          performance.clearMeasures(name);
          return [entry?.duration ?? NaN, document.querySelectorAll('.pv-sheet').length];
        }, MEASURE);
        if (drawn !== pages) throw new Error(`the preview drew ${drawn} pages, the layout has ${pages}`);
        times.push(ms);
        await app.page.keyboard.press('Escape');
        await app.page.locator('.pv-overlay').waitFor({ state: 'detached' });
      }
      const [cold = NaN, ...warm] = times;
      const p50 = median(warm);
      ctx.log(`preview of ${pages} pages: first ${cold.toFixed(0)} ms, then median ${p50.toFixed(0)} ms (max ${Math.max(...warm).toFixed(0)} ms)`);
      return { case: 'preview', pages, n: warm.length, cold_ms: round(cold, 0), p50_ms: round(p50, 0), max_ms: round(Math.max(...warm), 0), target_p50_ms: TARGET_MS, ok: p50 <= TARGET_MS };
    } finally {
      await app.close();
      await stopShared();
    }
  },
};
