// Cold start of the services: a fresh process opens the big database and loads the library and a
// report. Median of 5 starts after one warm-up start (which takes the day's backup, so the
// measured starts are the common case: no backup due). The OS file cache stays warm: dropping it
// needs root and would disturb everything else on the machine.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bigDataDir } from '../fixture';
import { median, round } from '../stats';
import type { BenchCase } from '../types';

const CHILD = fileURLToPath(new URL('../coldStartChild.ts', import.meta.url));
const TARGET_OPEN_STORE_MS = 1500;
const RUNS = 5;

interface ChildTimes {
  before_import_ms: number;
  import_ms: number;
  open_store_ms: number;
  first_screen_ms: number;
  total_ms: number;
}

function start(repoRoot: string, dataDir: string): Promise<ChildTimes & { process_ms: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`cold-start child exited ${code}: ${err.slice(-1000)}`));
      resolve({ ...(JSON.parse(out.trim()) as ChildTimes), process_ms: performance.now() - t });
    });
  });
}

export const benchCase: BenchCase = {
  name: 'cold_start',
  description: `openStore on the big database in a fresh process, median of ${RUNS}; target ≤ ${TARGET_OPEN_STORE_MS} ms`,
  async run(ctx) {
    const { dataDir, fixture } = await bigDataDir(ctx);
    await start(ctx.repoRoot, dataDir);
    const runs: Array<ChildTimes & { process_ms: number }> = [];
    for (let i = 0; i < RUNS; i++) runs.push(await start(ctx.repoRoot, dataDir));
    const m = (k: keyof ChildTimes | 'process_ms') => round(median(runs.map((r) => r[k])), 1);
    const openStoreMs = m('open_store_ms');
    return {
      case: 'cold_start',
      runs: RUNS,
      open_store_ms: openStoreMs,
      import_ms: m('import_ms'),
      first_screen_ms: m('first_screen_ms'),
      process_ms: m('process_ms'),
      db_mb: fixture.megabytes,
      target_open_store_ms: TARGET_OPEN_STORE_MS,
      ok: openStoreMs <= TARGET_OPEN_STORE_MS,
    };
  },
};
