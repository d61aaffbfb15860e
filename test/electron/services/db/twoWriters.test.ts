// Two writers on one data folder: the app autosaving (here, this process through the real handler
// table) while the command line imports reports into the same folder (the real CLI, as child
// processes). Every write transaction starts IMMEDIATE, so each side waits for the other under
// busy_timeout: not one autosave and not one import may fail.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../../../electron/services/api/handlers';
import { dispatch } from '../../../../electron/services/api/dispatch';
import { tempStore } from '../../../helpers/tempDir';
import { VALID_DIR } from '../import/hostileCorpus';
import { seedReport } from './dbFiles';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../../../electron/cli/bin.js');
const IMPORTS = 4;

describe('two writers on one data folder', () => {
  it('an autosave loop and CLI imports running at once: every write succeeds', async () => {
    const store = await tempStore();
    const handlers = createHandlers(store, handlerEnv('test'));
    const { sectionId } = seedReport(store, '起始正文');

    let done = false;
    const failures: string[] = [];
    let saves = 0;
    const autosave = (async () => {
      while (!done) {
        const r = await dispatch(handlers, 'saveSectionText', { id: sectionId, body: `第${saves}次自动保存的正文。` });
        if (!r.ok) failures.push(`${r.error.code} ${r.error.message}`);
        saves++;
        // The renderer's autosave sends at most every few ms while typing.
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();

    const imports: Array<{ code: number; stderr: string }> = [];
    try {
      // Two CLIs at a time, as a user scripting imports might, each several times.
      await Promise.all(
        [0, 1].map(async (lane) => {
          for (let k = lane; k < IMPORTS; k += 2) {
            const file = path.join(VALID_DIR, k % 2 ? 'sample.doc' : 'sample.docx');
            const result = await run(process.execPath, [BIN, 'import', file, '--data-dir', store.dataDir], { timeout: 60_000 }).then(
              (r) => ({ code: 0, stderr: r.stderr }),
              (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
            );
            imports.push(result);
          }
        }),
      );
    } finally {
      done = true;
      await autosave;
    }

    expect(imports.filter((r) => r.code !== 0)).toEqual([]);
    expect(failures).toEqual([]);
    expect(saves).toBeGreaterThan(50);
    expect(store.reports.list()).toHaveLength(1 + IMPORTS);
    expect(store.sections.get(sectionId).body).toBe(`第${saves - 1}次自动保存的正文。`);
  }, 120_000);
});
