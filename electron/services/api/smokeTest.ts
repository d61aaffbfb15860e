// The release check of a built package (`nianbao --smoke-test`, README): on the target OS, with no
// window, the packaged app opens a store in a temp folder, writes a report, exports it as .docx,
// imports that .docx through the import reader process, exports the imported report and reads that
// file back. Every part a user needs on day one is touched — the native SQLite addon, the
// templates and rules beside app.asar, the docx exporter, the unpacked reader — through the same
// handler table the window uses. Electron-free: the shell passes its reader starter.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../../shared/api';
import { createHandlers, handlerEnv } from './handlers';
import { dispatch } from './dispatch';
import type { SpawnReader } from '../import/readerProcess';
import type { PlatformHooks } from '../export/platform';
import { openStore } from '../store';

export interface SmokeOptions {
  version: string;
  templatesDir?: string;
  rulesDir?: string;
  spawnReader?: SpawnReader;
  /** One line per step (stdout of the smoke run). */
  say: (line: string) => void;
}

const UNIT = { fullName: '冒烟测试镇人民政府', kind: 'township' as const };
const TEXT = '全年办理行政复议案件12件，均已办结。';

/** Exit code: 0 when every step passed. */
export async function runSmokeTest(options: SmokeOptions): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-smoke-'));
  const { say } = options;
  let store;
  try {
    store = await openStore({ dataDir: join(dir, 'data'), awaitStartupBackup: true });
    say(`数据文件：${store.dbPath}`);
    // Exports go where they are asked to, with no dialog.
    const platform: PlatformHooks = {
      chooseSavePath: ({ defaultPath }) => Promise.resolve(defaultPath),
      showInFolder: () => undefined,
      openFile: () => Promise.resolve(),
      defaultFolder: () => dir,
      openFolder: () => undefined,
      chooseFolder: () => Promise.resolve(dir),
      chooseOpenFile: () => Promise.resolve(null),
    };
    const base = handlerEnv(options.version, options.templatesDir, options.rulesDir);
    const env = { ...base, platform, ...(options.spawnReader ? { spawnReader: options.spawnReader } : {}) };
    if (env.templates.templates.length === 0) throw new Error(`没有可用的报告模板：${env.templates.problems.map((p) => p.message).join('；')}`);
    const handlers = createHandlers(store, env);
    const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
      const res = await dispatch(handlers, name, input);
      if (!res.ok) throw new Error(`${name}：${res.error.message}`);
      return res.value as CallOutput<K>;
    };
    const exportOf = async (reportId: number) => {
      const chosen = await call('chooseExportPath', { reportId });
      if ('cancelled' in chosen) throw new Error('导出位置未选定');
      return call('exportReport', { reportId, path: chosen.path });
    };

    const report = await call('createReport', { unit: UNIT, year: 2025 });
    const first = report.sections.find((s) => s.level === 1)!;
    await call('saveSectionText', { id: first.id, body: TEXT });
    const exported = await exportOf(report.id);
    say(`已导出：${exported.path}（${exported.bytes} 字节）`);

    const preview = await call('previewImport', { fileName: 'smoke.docx', data: new Uint8Array(readFileSync(exported.path)) });
    const imported = await call('confirmImport', { previewId: preview.previewId, unit: UNIT, year: 2025, templateId: report.templateId, mapping: [] });
    if (!imported.sections.some((s) => s.body.includes(TEXT))) throw new Error('导入的报告中没有找到导出时的正文');
    say(`已导入：${imported.title}（${imported.sections.length} 个章节）`);

    const again = await exportOf(imported.id);
    const check = await call('previewImport', { fileName: 'check.docx', data: new Uint8Array(readFileSync(again.path)) });
    if (check.title !== report.title) throw new Error(`再次导出的文件标题不符：${check.title}`);
    say(`已核对：${again.path}`);
    say('冒烟测试通过。/ Smoke test passed.');
    return 0;
  } catch (err) {
    say(`冒烟测试失败：${(err as Error).message} / Smoke test failed.`);
    return 1;
  } finally {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
