// Autosave latency on a decade-old database: one saveText per simulated second of typing, in
// bursts on one section as a writer works, so revisions coalesce and roll over as in the app.
import { openStore } from '../../../electron/services/store';
import { bigDataDir, chineseText, flushFiles, fsyncLatency } from '../fixture';
import { latencySummary, timed } from '../stats';
import type { BenchCase } from '../types';

const TARGET_P99_MS = 5;

export const benchCase: BenchCase = {
  name: 'autosave',
  description: `store.sections.saveText on the 10 years × 20 reports × 200 revisions database; target p99 ≤ ${TARGET_P99_MS} ms`,
  async run(ctx) {
    const { dataDir, fixture } = await bigDataDir(ctx);
    // After the fixture's newest dates, so autosaves open revisions of their own.
    let now = new Date(2026, 1, 2, 9, 0, 0).getTime();
    const store = await openStore({ dataDir, clock: { now: () => new Date(now) }, awaitStartupBackup: true });
    try {
      flushFiles(dataDir);
      const floor = fsyncLatency(dataDir);
      const newest = store.reports.list().sort((a, b) => b.year - a.year || a.id - b.id)[0]!;
      const sections = store.reports.open(newest.id).sections;
      const texts = new Map(sections.map((s) => [s.id, s.body]));
      let seed = 7;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      const warmup = 100;
      const saves = Number(process.env.BENCH_AUTOSAVES ?? 3000);
      const samples: number[] = [];
      // CPU time of this process per save: the app's own work, apart from waiting for the disk
      // and for a core on a shared machine.
      const cpu: number[] = [];
      for (let i = 0; i < warmup + saves; i++) {
        const section = sections[Math.floor(i / 40) % sections.length]!;
        // A few characters typed since the last save (every ~40th save a sentence is rewritten).
        const previous = texts.get(section.id)!;
        const body = i % 40 === 39 ? previous.slice(0, Math.max(0, previous.length - 50)) + chineseText(random, 60) : previous + chineseText(random, 3).slice(0, 3);
        texts.set(section.id, body);
        const c0 = process.cpuUsage();
        const ms = timed(() => store.sections.saveText(section.id, body));
        const c = process.cpuUsage(c0);
        now += 1000;
        if (i >= warmup) {
          samples.push(ms);
          cpu.push((c.user + c.system) / 1000);
        }
      }
      const summary = latencySummary(samples);
      const revisions = store.history.revisions(sections[0]!.id).length;
      return {
        case: 'autosave',
        ...summary,
        target_p99_ms: TARGET_P99_MS,
        ok: summary.p99_ms <= TARGET_P99_MS,
        cpu_p50_ms: latencySummary(cpu).p50_ms,
        cpu_p99_ms: latencySummary(cpu).p99_ms,
        db_mb: fixture.megabytes,
        reports: fixture.reports,
        revisions_in_db: fixture.revisions,
        revisions_of_first_section: revisions,
        ...floor,
      };
    } finally {
      await store.close();
    }
  },
};
