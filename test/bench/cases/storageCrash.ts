// 1,000 SIGKILLs at random moments of autosaving (the crash test's harness; the unit test runs
// 200): every kill must leave an intact file holding every save reported as committed.
import { runCrashKills } from '../../electron/services/crash/harness';
import type { BenchCase } from '../types';

export const benchCase: BenchCase = {
  name: 'crash_kills',
  description: 'SIGKILL during autosave, integrity and committed saves checked after each; target 0 failures',
  async run(ctx) {
    const kills = Number(process.env.BENCH_CRASH_KILLS ?? 1000);
    const dataDir = ctx.tempDir('年报 崩溃 基准');
    const result = await runCrashKills({
      kills,
      dataDir,
      onRound: (i, r) => {
        if ((i + 1) % 100 === 0) ctx.log(`crash_kills: ${i + 1}/${kills} kills, ${r.commits} commits, ${r.failures.length} failures`);
      },
    });
    return {
      case: 'crash_kills',
      kills: result.kills,
      failures: result.failures.length,
      commits: result.commits,
      early_kills: result.earlyKills,
      seconds: Math.round(result.elapsedMs / 1000),
      seed: result.seed,
      ok: result.failures.length === 0 && result.kills === kills,
      ...(result.failures.length ? { first_failures: result.failures.slice(0, 3) } : {}),
    };
  },
};
