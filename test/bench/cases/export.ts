// Export of a 20,000-character report built from the five seeds, three ways in one run:
//  - in process: the exportReport call as the app makes it (report read from SQLite, .docx built,
//    written atomically with fsync, export snapshot kept), warm, median of RUNS; and the build and
//    write alone (file_p50_ms), which is the part pandoc also does;
//  - cold CLI: `node electron/cli/bin.js export <id> --out …` on a database holding that report
//    (needs `npx electron-vite build`; skipped with a note when out/main/cli.js is missing);
//  - pandoc converting the same content as Markdown to .docx (`pandoc -o x.docx x.md`), when
//    pandoc is installed.
// Runs alternate (call, file, pandoc every other run) so a busy machine slows all alike.
// Target: the exportReport call's median ≤ 0.25 × pandoc's median (ratio; file_ratio printed too).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createHandlers, handlerEnv } from '../../../electron/services/api/handlers';
import { dispatch } from '../../../electron/services/api/dispatch';
import { exportReportToFile } from '../../../electron/services/export/exportReport';
import { openStore } from '../../../electron/services/store';
import { stripHeadingNumber } from '../../../shared/gongwen/headingNumbers';
import { numberOutline } from '../../../shared/gongwen/sectionOrder';
import { countChars, reportChars } from '../../../shared/gongwen/zishu';
import { DEFAULT_EXPORT_SETTINGS } from '../../../shared/export/exportDefaults';
import type { Report, Section } from '../../../shared/types';
import { SEED_COUNT, seedMappedReport } from '../../helpers/seedReports';
import { median, round } from '../stats';
import type { BenchCase } from '../types';
import { storeReport } from '../../helpers/storeReport';

const run = promisify(execFile);

const TARGET_CHARS = 20_000;
const TARGET_RATIO = 0.25;
const RUNS = Number(process.env['BENCH_EXPORT_RUNS'] ?? 15);
const WARMUP = 3;
const CLI_RUNS = 3;


/** Seed 000 as the frame; the longer sections of the other seeds added under part one until 20,000 字. */
export function benchExportReport(target = TARGET_CHARS): Report {
  const report = seedMappedReport(0);
  const parent = report.sections.find((s) => s.level === 1)!;
  const extra: Section[] = [];
  for (let i = 1; i < SEED_COUNT; i++) extra.push(...seedMappedReport(i).sections.filter((s) => countChars(s.body) > 200));
  let nextId = 10_000;
  for (let k = 0; reportChars(report) < target; k++) {
    const s = extra[k % extra.length]!;
    const siblings = report.sections.filter((x) => x.parentId === parent.id);
    report.sections.push({ ...s, id: nextId++, reportId: report.id, parentId: parent.id, position: siblings.length, level: 2, templateKey: null, required: false });
  }
  return report;
}

/** The same content as Markdown: title, 主送机关, headings by level, paragraphs, 落款. */
export function reportMarkdown(report: Report): string {
  const out = [`# ${report.title}`, '', `${report.addressee}：`, '', ...report.opening.split('\n').flatMap((l) => [l, ''])];
  for (const { node, depth, prefix } of numberOutline(report.sections)) {
    out.push(`${'#'.repeat(Math.min(depth + 2, 6))} ${prefix}${stripHeadingNumber(node.title)}`, '');
    for (const line of node.body.split('\n')) if (line.trim()) out.push(line.trim(), '');
  }
  out.push(...report.closing.split('\n').flatMap((l) => [l, '']), report.signatureName, '', report.signatureDate, '');
  return out.join('\n');
}

function hasPandoc(): string | null {
  try {
    return execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? 'pandoc';
  } catch {
    return null;
  }
}

async function pandocOnce(md: string, out: string): Promise<number> {
  const t = performance.now();
  await run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', out, md]);
  return performance.now() - t;
}

export const benchCase: BenchCase = {
  name: 'export',
  description: `exportReport of a ${TARGET_CHARS.toLocaleString('en')}-character report (in process, cold CLI) vs pandoc markdown → docx; target ratio ≤ ${TARGET_RATIO}×`,
  async run(ctx) {
    const report = benchExportReport();
    const dataDir = ctx.tempDir('导出 基准');
    const outDir = ctx.tempDir('导出 文件');
    const pandocVersion = hasPandoc();
    if (!pandocVersion) ctx.log('pandoc not installed: no ratio (apt install pandoc)');
    const md = join(outDir, 'report.md');
    writeFileSync(md, reportMarkdown(report));

    const store = await openStore({ dataDir, awaitStartupBackup: true });
    let reportId = 0;
    const call: number[] = [];
    const file: number[] = [];
    const pandoc: number[] = [];
    let bytes = 0;
    try {
      reportId = storeReport(store, report).id;
      // The CLI's view of the call: no desktop, so any path is accepted.
      const handlers = createHandlers(store, handlerEnv('bench'));
      const stored = store.reports.open(reportId);
      const target = join(outDir, '基准报告.docx');
      // Alternating, so a busy machine slows all three alike.
      for (let i = 0; i < WARMUP + RUNS; i++) {
        let t = performance.now();
        const res = await dispatch(handlers, 'exportReport', { reportId, path: target });
        const callMs = performance.now() - t;
        if (!res.ok) throw new Error(res.error.message);
        bytes = (res.value as { bytes: number }).bytes;
        t = performance.now();
        await exportReportToFile(stored, DEFAULT_EXPORT_SETTINGS, join(outDir, '仅文件.docx'));
        const fileMs = performance.now() - t;
        const pandocMs = pandocVersion && i % 2 === 0 ? await pandocOnce(md, join(outDir, 'pandoc.docx')) : null;
        if (i < WARMUP) continue;
        call.push(callMs);
        file.push(fileMs);
        if (pandocMs !== null) pandoc.push(pandocMs);
      }
    } finally {
      await store.close();
    }

    const cliJs = join(ctx.repoRoot, 'out', 'main', 'cli.js');
    const cli: number[] = [];
    if (existsSync(cliJs)) {
      const bin = join(ctx.repoRoot, 'electron', 'cli', 'bin.js');
      for (let i = 0; i < CLI_RUNS; i++) {
        const out = join(outDir, `命令行 ${i}.docx`);
        const t = performance.now();
        await run(process.execPath, [bin, 'export', String(reportId), '--out', out, '--data-dir', dataDir]);
        cli.push(performance.now() - t);
        // Same content, same builder: the file must be there and about the in-process size.
        if (Math.abs(statSync(out).size - bytes) > bytes * 0.01) throw new Error(`CLI wrote ${statSync(out).size} bytes, in process ${bytes}`);
      }
    } else {
      ctx.log('out/main/cli.js missing: run `npx electron-vite build` for the cold CLI time');
    }

    const callMs = median(call);
    const fileMs = median(file);
    const pandocMs = pandoc.length ? median(pandoc) : null;
    const ratio = pandocMs === null ? null : callMs / pandocMs;
    ctx.log(
      `exportReport call median ${callMs.toFixed(1)} ms (build + atomic write ${fileMs.toFixed(1)} ms), ` +
        `cold CLI ${cli.length ? `${median(cli).toFixed(0)} ms` : 'n/a'}, pandoc ${pandocMs === null ? 'n/a' : `${pandocMs.toFixed(0)} ms`}, ` +
        `ratio ${ratio === null ? 'n/a' : ratio.toFixed(3)}`,
    );
    return {
      case: 'export',
      chars: reportChars(report),
      bytes,
      n: call.length,
      /** The whole exportReport call: read from SQLite, build, write with fsync, snapshot. */
      export_p50_ms: round(callMs, 1),
      export_max_ms: round(Math.max(...call), 1),
      /** Build and atomic write only: what pandoc does (read the content, write a .docx). */
      file_p50_ms: round(fileMs, 1),
      cli_cold_p50_ms: cli.length ? round(median(cli), 0) : null,
      pandoc_p50_ms: pandocMs === null ? null : round(pandocMs, 0),
      pandoc: pandocVersion,
      ratio: ratio === null ? null : round(ratio, 3),
      file_ratio: pandocMs === null ? null : round(fileMs / pandocMs, 3),
      target_ratio: TARGET_RATIO,
      ok: ratio === null || ratio <= TARGET_RATIO,
    };
  },
};
