// The import reader's limits, timed: a read over the time limit is killed and answered soon after
// the limit; the main thread keeps running while a large file is read in the reader process; a
// .doc whose sector chain loops is refused at once. The unit tests
// (test/electron/services/import/reader.test.ts, extract.test.ts) prove what is answered; these
// measure how soon.
import { ImportReader } from '../../../electron/services/import/reader';
import { extractText } from '../../../electron/services/import/extract';
import { loopingWordCfb } from '../../electron/services/import/cfbWriter';
import { bigDocx } from '../../electron/services/import/zipWriter';
import { refusalResult, round } from '../stats';
import type { BenchCase } from '../types';

const TIME_LIMIT_MS = 300;
const KILLED_TARGET_MS = 10_000;
const LOOP_TARGET_MS = 2000;

/** For refusalResult: false when refused with `code`, true for an answer or any other refusal. */
const notRefusedWith = (code: string, p: Promise<unknown>) =>
  p.then(
    () => true,
    (err: unknown) => (err as { code?: string }).code !== code,
  );

export const benchCases: BenchCase[] = [
  {
    name: 'reader-timeout',
    description: `a read over the reader's ${TIME_LIMIT_MS} ms limit (15,000 paragraphs) is killed and answered; target ≤ ${KILLED_TARGET_MS} ms`,
    async run() {
      const reader = new ImportReader({ timeLimitMs: TIME_LIMIT_MS });
      try {
        await reader.read({ fileName: 'warm', text: '预热' });
        const bytes = bigDocx(15000);
        return await refusalResult('reader-timeout', [['big.docx', () => notRefusedWith('IMPORT_TIMEOUT', reader.read({ fileName: 'big.docx', bytes }))]], KILLED_TARGET_MS);
      } finally {
        await reader.close();
      }
    },
  },
  {
    name: 'reader-main-thread',
    description: 'the longest pause of the main thread while the reader process reads a 9,000-paragraph .docx; target < a third of the read',
    async run() {
      const reader = new ImportReader();
      try {
        await reader.read({ fileName: 'warm', text: '预热' });
        const bytes = bigDocx(9000);
        let last = performance.now();
        let worstGap = 0;
        const tick = setInterval(() => {
          const now = performance.now();
          worstGap = Math.max(worstGap, now - last);
          last = now;
        }, 5);
        const started = performance.now();
        const result = await reader.read({ fileName: 'big.docx', bytes });
        const took = performance.now() - started;
        clearInterval(tick);
        // The read must last well past the timer's period for the ratio to mean anything.
        const ok = result.parsed.opening.length > 500_000 && took > 200 && worstGap < took / 3;
        return { case: 'reader-main-thread', read_ms: round(took), worst_gap_ms: round(worstGap), target_gap_max_ms: round(took / 3), ok };
      } finally {
        await reader.close();
      }
    },
  },
  {
    name: 'ole-loop-refusal',
    description: `a .doc whose sector chain loops (A→B→A) is refused; target ≤ ${LOOP_TARGET_MS} ms`,
    run: () => refusalResult('ole-loop-refusal', [['循环.doc', () => notRefusedWith('IMPORT_UNREADABLE', extractText('循环.doc', loopingWordCfb()))]], LOOP_TARGET_MS),
  },
];
