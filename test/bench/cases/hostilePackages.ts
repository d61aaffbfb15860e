// Refusing an untrusted report package: every committed hostile .nianbao (and one over the size
// limit) through the API as the app reads it; the slowest refusal must stay within a few seconds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers, handlerEnv } from '../../../electron/services/api/handlers';
import { dispatch } from '../../../electron/services/api/dispatch';
import { openStore } from '../../../electron/services/store';
import { MAX_PACKAGE_BYTES } from '../../../shared/package';
import { refusalResult } from '../stats';
import type { BenchCase } from '../types';

const TARGET_MAX_MS = 3000;

export const benchCase: BenchCase = {
  name: 'hostile-packages',
  description: `slowest refusal of a hostile report package (committed corpus + one over 64 MB); target ≤ ${TARGET_MAX_MS} ms`,
  async run(ctx) {
    const dir = join(ctx.repoRoot, 'test', 'fixtures', 'package', 'hostile');
    const store = await openStore({ dataDir: ctx.tempDir('年报 报告包') });
    try {
      const handlers = createHandlers(store, handlerEnv('bench'));
      const inputs: Array<[string, Uint8Array]> = readdirSync(dir)
        .filter((f) => f.endsWith('.nianbao'))
        .map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]);
      inputs.push(['over-limit.nianbao', new Uint8Array(MAX_PACKAGE_BYTES + 1)]);
      const attempts = inputs.map(([file, data]) => [file, async () => (await dispatch(handlers, 'openPackage', { fileName: file, data })).ok] as const);
      return await refusalResult('hostile-packages', attempts, TARGET_MAX_MS);
    } finally {
      await store.close();
    }
  },
};
