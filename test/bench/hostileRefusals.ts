// The hostile-file benchmarks' common run: every committed hostile file of a corpus, plus one
// over the size limit, offered through the API as the app offers it; the slowest refusal is timed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers, handlerEnv } from '../../electron/services/api/handlers';
import { dispatch } from '../../electron/services/api/dispatch';
import { openStore } from '../../electron/services/store';
import { refusalResult } from './stats';
import type { BenchContext, BenchResult } from './types';

interface HostileRun {
  name: string;
  /** The corpus folder under test/fixtures. */
  corpus: string;
  isCase: (file: string) => boolean;
  overLimit: [file: string, data: Uint8Array];
  /** The call that opens such a file: `{ fileName, data }` in, refused or not out. */
  call: 'previewImport' | 'openPackage';
  targetMaxMs: number;
}

export async function slowestRefusal(ctx: BenchContext, run: HostileRun): Promise<BenchResult> {
  const dir = join(ctx.repoRoot, 'test', 'fixtures', ...run.corpus.split('/'));
  const store = await openStore({ dataDir: ctx.tempDir('年报 恶意文件') });
  try {
    const handlers = createHandlers(store, handlerEnv('bench'));
    const inputs: Array<[string, Uint8Array]> = readdirSync(dir)
      .filter(run.isCase)
      .map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]);
    inputs.push(run.overLimit);
    const attempts = inputs.map(([file, data]) => [file, async () => (await dispatch(handlers, run.call, { fileName: file, data })).ok] as const);
    return await refusalResult(run.name, attempts, run.targetMaxMs);
  } finally {
    await store.close();
  }
}
