// The hostile stdin corpus (stdinCorpus.ts, ≥100 cases) through the real CLI as a child process:
// `nianbao import -` reads each case from standard input. Every case ends in a clean Chinese
// refusal with its code's kind of message and the library unchanged, or in an import whose export
// validates — never a crash, a stack trace, English, or a hang (a child still running after a
// minute is killed and counted as hung: a limit for hangs, not a speed test).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../../shared/api';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createHandlers, handlerEnv } from '../../../electron/services/api/handlers';
import { openStore } from '../../../electron/services/store';
import { docxProblemsAll } from '../../helpers/docxValidity';
import { tempDataDir } from '../../helpers/tempDir';
import { API_PREFIX, COMMIT_MAX_BYTES, STDIN_CASES, STDIN_CORPUS_DIR, type StdinCase } from './stdinCorpus';
import { runBinWithInput } from './runCapture';

const HANG_MS = 60_000;

const nianbao = (args: string[], input?: Buffer) => runBinWithInput(args, input ?? Buffer.alloc(0), HANG_MS);

/** What each refusal's message must say (the CLI prints the message, not the code). */
const SAYS: Record<string, RegExp> = {
  IMPORT_TOO_LARGE: /超过|远多于/,
  IMPORT_UNSAFE: /拒绝导入/,
  IMPORT_UNREADABLE: /无法|不是|损坏|不完整|编码|格式/,
  IMPORT_EMPTY: /没有|空的/,
  IMPORT_ENCRYPTED: /加密/,
  refuse: /./,
};

/** The handler table on a data folder, in this process. */
async function storeApi(dataDir: string) {
  const store = await openStore({ dataDir });
  const handlers = createHandlers(store, handlerEnv('test'));
  return {
    async call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
      const result = await dispatch(handlers, name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value as CallOutput<K>;
    },
    close: () => store.close(),
  };
}

const manifest = JSON.parse(readFileSync(path.join(STDIN_CORPUS_DIR, 'manifest.json'), 'utf8')) as Record<string, { expect: string; what: string; committed: boolean }>;

/** Chinese sentences only: no stack frame, no English error words, no raw control characters. */
function cleanMessage(text: string): string[] {
  const problems: string[] = [];
  if (!/^错误：.*[\u4e00-\u9fff]{4}/s.test(text)) problems.push('not a Chinese 「错误：」 message');
  if (/\bat\s+\S+\s*\(|Error:|TypeError|RangeError|ENOENT|undefined|null\b/.test(text)) problems.push('English or a stack trace');
  // eslint-disable-next-line no-control-regex -- the point is to find raw control characters
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text)) problems.push('raw control characters');
  return problems;
}

describe('hostile input on standard input, through the real CLI', () => {
  it('the manifest lists every case and the committed files are what the generator builds', () => {
    expect(Object.keys(manifest).sort()).toEqual(STDIN_CASES.map((c) => c.file).sort());
    expect(STDIN_CASES.length).toBeGreaterThanOrEqual(100);
    for (const c of STDIN_CASES) {
      const bytes = c.build();
      const committed = !c.file.startsWith(API_PREFIX) && bytes.length <= COMMIT_MAX_BYTES;
      expect(manifest[c.file], c.file).toEqual({ expect: c.expect, what: c.what, committed });
      if (committed) expect(readFileSync(path.join(STDIN_CORPUS_DIR, c.file)).equals(bytes), c.file).toBe(true);
    }
  });

  it('answers every case with a clean refusal (library unchanged) or an import whose export validates', async () => {
    const failures: string[] = [];
    const imported: Array<{ c: StdinCase; dataDir: string; id: number }> = [];
    // Two lanes, each on its own data folder (one writer per folder): the children mostly wait.
    const lane = async (cases: readonly StdinCase[]) => {
      const dataDir = tempDataDir();
      for (const c of cases) {
        const bytes = manifest[c.file]!.committed ? readFileSync(path.join(STDIN_CORPUS_DIR, c.file)) : c.build();
        const run = await nianbao(['import', '-', '--unit', '测试镇人民政府', '--year', '2024', '--json', '--data-dir', dataDir], bytes);
        const label = `${c.file} (${c.what})`;
        if (run.signal) failures.push(`${label}: ended by ${run.signal}${run.signal === 'SIGKILL' ? ' (hung)' : ''}`);
        else if (c.expect === 'import') {
          if (run.code === 0) imported.push({ c, dataDir, id: (JSON.parse(run.out) as { reportId: number }).reportId });
          else failures.push(`${label}: expected an import, got exit ${run.code}: ${run.err.trim()}`);
        } else {
          if (run.code !== 1) failures.push(`${label}: expected refusal ${c.expect}, got exit ${run.code} ${run.out.slice(0, 80)} ${run.err.trim()}`);
          for (const p of cleanMessage(run.err)) failures.push(`${label}: ${p}: ${run.err.trim().slice(0, 200)}`);
          if (!(SAYS[c.expect] ?? /^$/).test(run.err)) failures.push(`${label}: not a ${c.expect} message: ${run.err.trim().slice(0, 200)}`);
          if (run.out !== '') failures.push(`${label}: printed on stdout while refusing`);
        }
      }
      return dataDir;
    };
    const dirs = await Promise.all([lane(STDIN_CASES.filter((_, i) => i % 2 === 0)), lane(STDIN_CASES.filter((_, i) => i % 2 === 1))]);
    expect(failures).toEqual([]);

    // Refusals left each library as it was: it holds exactly the imports. Every import exports to a
    // .docx that Word would open (in-process: the import, not the export, is on trial here).
    const files: Uint8Array[] = [];
    for (const dataDir of dirs) {
      const api = await storeApi(dataDir);
      const ids = imported.filter((i) => i.dataDir === dataDir).map((i) => i.id);
      expect((await api.call('listReports', {})).map((r) => r.id).sort((a, b) => a - b)).toEqual(ids.sort((a, b) => a - b));
      for (const id of ids) {
        const out = path.join(dataDir, `${id}.docx`);
        await api.call('exportReport', { reportId: id, path: out });
        files.push(readFileSync(out));
      }
      await api.close();
    }
    const labels = dirs.flatMap((d) => imported.filter((i) => i.dataDir === d).map((i) => i.c.file));
    expect(await docxProblemsAll(files, (i) => labels[i]!)).toEqual([]);
  }, 1_800_000);
});
