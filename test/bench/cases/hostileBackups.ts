// Refusing an untrusted backup file (「恢复到此备份」 / restore-backup): every committed hostile
// backup through the session as the app restores it; the slowest refusal must stay within a few
// seconds, and none may be accepted.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../../electron/services/api/dispatch';
import { handlerEnv } from '../../../electron/services/api/handlers';
import { openSession } from '../../../electron/services/api/session';
import type { BenchCase } from '../types';

const TARGET_MAX_MS = 3000;

export const benchCase: BenchCase = {
  name: 'hostile-backups',
  description: `slowest refusal of a hostile backup file (committed corpus); target ≤ ${TARGET_MAX_MS} ms`,
  async run(ctx) {
    const dir = join(ctx.repoRoot, 'test', 'fixtures', 'backup', 'hostile');
    const session = await openSession({ dataDir: ctx.tempDir('年报 备份') }, handlerEnv('bench'));
    try {
      const files = readdirSync(dir).filter((f) => f.endsWith('.db'));
      let slowest = { file: '', ms: 0 };
      let accepted = 0;
      for (const file of files) {
        const start = performance.now();
        const res = await dispatch(session.handlers, 'restoreBackup', { file: join(dir, file) });
        const ms = performance.now() - start;
        if (res.ok) accepted++;
        if (ms > slowest.ms) slowest = { file, ms };
      }
      return {
        case: 'hostile-backups',
        files: files.length,
        accepted,
        slowest_file: slowest.file,
        slowest_ms: Math.round(slowest.ms),
        target_max_ms: TARGET_MAX_MS,
        ok: accepted === 0 && slowest.ms <= TARGET_MAX_MS,
      };
    } finally {
      await session.close();
    }
  },
};
