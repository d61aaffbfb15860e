// Refusing a hostile import: every committed hostile file (zip bombs, crafted OLE chains, DTDs,
// mislabelled binaries…) and one over the size limit, through the API and the reader process as
// the app reads them; the slowest refusal must stay within a few seconds. The unit test
// (test/electron/services/import/hostile.test.ts) proves each is refused; this measures how fast.
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/limits';
import { slowestRefusal } from '../hostileRefusals';
import type { BenchCase } from '../types';

const TARGET_MAX_MS = 5000;

export const benchCase: BenchCase = {
  name: 'hostile-imports',
  description: `slowest refusal of a hostile import file (committed corpus + one over 50 MB); target ≤ ${TARGET_MAX_MS} ms`,
  run: (ctx) =>
    slowestRefusal(ctx, {
      name: 'hostile-imports',
      corpus: 'import/hostile',
      isCase: (f) => f !== 'manifest.json',
      overLimit: ['大文件.docx', new Uint8Array(MAX_IMPORT_FILE_BYTES + 1).fill(0x41)],
      call: 'previewImport',
      targetMaxMs: TARGET_MAX_MS,
    }),
};
