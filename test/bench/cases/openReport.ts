// Opening a report (what the editor loads) and listing the library, on the big database.
import { openStore } from '../../../electron/services/store';
import { bigDataDir } from '../fixture';
import { latencySummary, timed } from '../stats';
import type { BenchCase, BenchContext } from '../types';

const OPEN_TARGET_P99_MS = 20;
const LIST_TARGET_P99_MS = 100;

async function withBigStore<T>(ctx: BenchContext, fn: (store: Awaited<ReturnType<typeof openStore>>) => T): Promise<T> {
  const { dataDir } = await bigDataDir(ctx);
  const store = await openStore({ dataDir, clock: { now: () => new Date(2026, 0, 6, 9, 0, 0) }, awaitStartupBackup: true });
  try {
    return fn(store);
  } finally {
    await store.close();
  }
}

export const benchCases: BenchCase[] = [
  {
    name: 'open_report',
    description: `reports.open of random reports (20 sections each) on the big database; target p99 ≤ ${OPEN_TARGET_P99_MS} ms`,
    run: (ctx) =>
      withBigStore(ctx, (store) => {
        const ids = store.reports.list().map((r) => r.id);
        let seed = 11;
        const pick = () => ids[(seed = (seed * 48271) % 2147483647) % ids.length]!;
        for (let i = 0; i < 20; i++) store.reports.open(pick());
        const samples: number[] = [];
        let sections = 0;
        for (let i = 0; i < 500; i++) {
          samples.push(timed(() => {
            sections += store.reports.open(pick()).sections.length;
          }));
        }
        const summary = latencySummary(samples);
        return { case: 'open_report', ...summary, sections_per_report: sections / 500, target_p99_ms: OPEN_TARGET_P99_MS, ok: summary.p99_ms <= OPEN_TARGET_P99_MS };
      }),
  },
  {
    name: 'library_list',
    description: `reports.list (the library: 200 reports with counts) on the big database; target p99 ≤ ${LIST_TARGET_P99_MS} ms`,
    run: (ctx) =>
      withBigStore(ctx, (store) => {
        store.reports.list();
        const samples: number[] = [];
        let reports = 0;
        for (let i = 0; i < 100; i++) {
          samples.push(timed(() => {
            reports = store.reports.list().length;
          }));
        }
        const summary = latencySummary(samples);
        return { case: 'library_list', ...summary, reports, target_p99_ms: LIST_TARGET_P99_MS, ok: summary.p99_ms <= LIST_TARGET_P99_MS };
      }),
  },
];
