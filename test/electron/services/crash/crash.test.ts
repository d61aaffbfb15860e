// SIGKILL at random moments while autosaving (issue: at least 200 kills here, CRASH_KILLS to change,
// CRASH_SEED to repeat a run). A process kill is what a crash of the app is; a power cut also drops
// what the OS had not yet written, which only synchronous=FULL (checked in migrations.test.ts)
// guards against and which no test on a running machine can reproduce.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../helpers/tempDir';
import { runCrashKills } from './harness';

const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const SEED = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : undefined;

describe('crash: SIGKILL during autosave', () => {
  it(
    `after each of ${KILLS} kills the file is intact and holds every committed save`,
    async () => {
      const dataDir = tempDataDir('年报 崩溃 测试');
      const result = await runCrashKills({ kills: KILLS, dataDir, ...(SEED === undefined ? {} : { seed: SEED }) });
      console.info(
        `[crash] ${result.kills} kills, ${result.commits} committed saves, ${result.earlyKills} kills before the first save, ` +
          `seed ${result.seed}, ${(result.elapsedMs / 1000).toFixed(1)} s`,
      );
      expect(result.failures).toEqual([]);
      expect(result.kills).toBe(KILLS);
      // The kills must land while saving, not only before it, or the test proves nothing.
      expect(result.commits).toBeGreaterThan(KILLS / 2);
      expect(result.earlyKills).toBeLessThan(KILLS / 2);
      // Start-up never had to restore a backup, and interrupted start-up backups left no debris
      // that counts as a backup.
      expect(existsSync(join(dataDir, 'corrupt'))).toBe(false);
      const backups = readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.db'));
      expect(backups.length).toBeGreaterThanOrEqual(1);
    },
    KILLS * 3_000 + 60_000,
  );
});
