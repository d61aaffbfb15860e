// Refusing an untrusted backup file (「恢复到此备份」 / restore-backup): every committed hostile
// backup through the session as the app restores it; the slowest refusal must stay within a few
// seconds, and none may be accepted.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../../electron/services/api/dispatch';
import { handlerEnv } from '../../../electron/services/api/handlers';
import { openSession } from '../../../electron/services/api/session';
import { refusalResult } from '../stats';
import type { BenchCase } from '../types';

const TARGET_MAX_MS = 3000;

export const benchCase: BenchCase = {
  name: 'hostile-backups',
  description: `slowest refusal of a hostile backup file (committed corpus); target ≤ ${TARGET_MAX_MS} ms`,
  async run(ctx) {
    const dir = join(ctx.repoRoot, 'test', 'fixtures', 'backup', 'hostile');
    const session = await openSession({ dataDir: ctx.tempDir('年报 备份') }, handlerEnv('bench'));
    try {
      const attempts = readdirSync(dir)
        .filter((f) => f.endsWith('.db'))
        .map((file) => [file, async () => (await dispatch(session.handlers, 'restoreBackup', { file: join(dir, file) })).ok] as const);
      return await refusalResult('hostile-backups', attempts, TARGET_MAX_MS);
    } finally {
      await session.close();
    }
  },
};
