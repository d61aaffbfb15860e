// Refusing a hostile import: every committed hostile file (zip bombs, crafted OLE chains, DTDs,
// mislabelled binaries…) and one over the size limit, through the API and the reader process as
// the app reads them; the slowest refusal must stay within a few seconds. The unit test
// (test/electron/services/import/hostile.test.ts) proves each is refused; this measures how fast.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers, handlerEnv } from '../../../electron/services/api/handlers';
import { dispatch } from '../../../electron/services/api/dispatch';
import { openStore } from '../../../electron/services/store';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/limits';
import { refusalResult } from '../stats';
import type { BenchCase } from '../types';

const TARGET_MAX_MS = 5000;

export const benchCase: BenchCase = {
  name: 'hostile-imports',
  description: `slowest refusal of a hostile import file (committed corpus + one over 50 MB); target ≤ ${TARGET_MAX_MS} ms`,
  async run(ctx) {
    const dir = join(ctx.repoRoot, 'test', 'fixtures', 'import', 'hostile');
    const store = await openStore({ dataDir: ctx.tempDir('年报 导入') });
    try {
      const handlers = createHandlers(store, handlerEnv('bench'));
      const inputs: Array<[string, Uint8Array]> = readdirSync(dir)
        .filter((f) => f !== 'manifest.json')
        .map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]);
      inputs.push(['大文件.docx', new Uint8Array(MAX_IMPORT_FILE_BYTES + 1).fill(0x41)]);
      const attempts = inputs.map(([file, data]) => [file, async () => (await dispatch(handlers, 'previewImport', { fileName: file, data })).ok] as const);
      return await refusalResult('hostile-imports', attempts, TARGET_MAX_MS);
    } finally {
      await store.close();
    }
  },
};
