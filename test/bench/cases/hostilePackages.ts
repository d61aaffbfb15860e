// Refusing an untrusted report package: every committed hostile .nianbao (and one over the size
// limit) through the API as the app reads it; the slowest refusal must stay within a few seconds.
import { MAX_PACKAGE_BYTES } from '../../../shared/package';
import { slowestRefusal } from '../hostileRefusals';
import type { BenchCase } from '../types';

const TARGET_MAX_MS = 3000;

export const benchCase: BenchCase = {
  name: 'hostile-packages',
  description: `slowest refusal of a hostile report package (committed corpus + one over 64 MB); target ≤ ${TARGET_MAX_MS} ms`,
  run: (ctx) =>
    slowestRefusal(ctx, {
      name: 'hostile-packages',
      corpus: 'package/hostile',
      isCase: (f) => f.endsWith('.nianbao'),
      overLimit: ['over-limit.nianbao', new Uint8Array(MAX_PACKAGE_BYTES + 1)],
      call: 'openPackage',
      targetMaxMs: TARGET_MAX_MS,
    }),
};
