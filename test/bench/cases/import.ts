// Import of a 30,000-character .docx (written by our exporter from the seed reports) against
// mammoth's raw conversion of the same file, in one run, alternating. "Import" is the whole
// previewImport path: bytes in, the reader process's checks, conversion and structure
// recognition, and the template mapping out. The reader process is warm (started once, as the app
// keeps it); the cold first import is printed too.
//
// Two targets, from the measured breakdown (each stage timed on its own, in this process, beside
// a mammoth run; medians):
// - reading — the zip guard (central directory, sizes, inflating the parts mammoth reads, the DTD
//   scan) and the conversion through mammoth's document model over that checked package — does
//   what mammoth.extractRawText does (bytes → text) and must cost no more: ≤ 1.0× (it is about
//   0.65×: the package is inflated once with zlib instead of by JSZip, and no HTML is made);
// - the whole preview adds what the raw conversion does not do: the recognition of the report's
//   structure (headings, parts, header, 署名; about 0.2×) and the template mapping (about 0.1×),
//   and the hop to the reader process and back (a separate OS process, so that a hostile file
//   that exhausts memory ends that process and never the app: its bytes go over, the recognised
//   report comes back — under 0.1 ms of serialising, the rest is waking two processes, which a
//   loaded machine makes longer). Target ≤ 1.2× (the median of import ÷ mammoth over pairs).
import mammoth from 'mammoth';
import { buildReportDocx } from '../../../electron/services/export/docxBuilder';
import { docxToText } from '../../../electron/services/import/docxText';
import { ImportService } from '../../../electron/services/import/importService';
import { checkDocxPackage } from '../../../electron/services/import/zipGuard';
import { openStore } from '../../../electron/services/store';
import { loadTemplates, templatesDir } from '../../../electron/services/templates/loader';
import { DEFAULT_EXPORT_SETTINGS } from '../../../shared/export/settings';
import { structureRefusal } from '../../../shared/import/limits';
import { parseReportText } from '../../../shared/import/parseText';
import { stripXmlIllegal } from '../../../shared/text/xmlSafe';
import type { Report, Section } from '../../../shared/types';
import { SEED_COUNT, seedMappedReport } from '../../helpers/seedReports';
import { reportChars } from '../../../shared/gongwen/zishu';
import { median, round } from '../stats';
import type { BenchCase } from '../types';

const TARGET_CHARS = 30_000;
const TARGET_RATIO = 1.2;
const TARGET_READING_RATIO = 1.0;
const RUNS = 41;
const WARMUP = 3;

/**
 * Seed 002 as the frame (its twelve sections, as a real report has), each body lengthened with
 * paragraphs from the other seeds in turn until the report holds 30,000 characters.
 */
export function benchImportReport(target = TARGET_CHARS): Report {
  const report = seedMappedReport(2);
  const paragraphs: string[] = [];
  for (let i = 0; i < SEED_COUNT; i++) {
    for (const s of seedMappedReport(i).sections) paragraphs.push(...s.body.split('\n').filter((p) => p.length > 60));
  }
  const bodies: Section[] = report.sections.filter((s) => s.body !== '');
  let k = 0;
  while (reportChars(report) < target) {
    const s = bodies[k % bodies.length]!;
    s.body = `${s.body}\n${paragraphs[k % paragraphs.length]!}`;
    k++;
  }
  return report;
}

export const benchCase: BenchCase = {
  name: 'import_docx',
  description: `previewImport of a ${TARGET_CHARS.toLocaleString('en')}-character .docx vs mammoth.extractRawText of it; targets: reading (zip guard + conversion) ≤ ${TARGET_READING_RATIO}×, whole preview ≤ ${TARGET_RATIO}×`,
  async run(ctx) {
    const report = benchImportReport();
    const docx = await buildReportDocx(report, DEFAULT_EXPORT_SETTINGS);
    const data = docx;
    const store = await openStore({ dataDir: ctx.tempDir('导入 基准'), awaitStartupBackup: true });
    const service = new ImportService(store, loadTemplates(templatesDir()).templates);
    try {
      let t = performance.now();
      const first = await service.preview({ fileName: 'bench.docx', data });
      const coldMs = performance.now() - t;
      const raw = await mammoth.extractRawText({ buffer: docx });
      // Both sides warmed up alike (the reader's JIT and the main thread's).
      for (let i = 0; i < WARMUP; i++) {
        await mammoth.extractRawText({ buffer: docx });
        await service.preview({ fileName: 'bench.docx', data });
      }
      const importMs: number[] = [];
      const mammothMs: number[] = [];
      const stage = { guard: [] as number[], convert: [] as number[], recognise: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        t = performance.now();
        await mammoth.extractRawText({ buffer: docx });
        mammothMs.push(performance.now() - t);
        t = performance.now();
        await service.preview({ fileName: 'bench.docx', data });
        importMs.push(performance.now() - t);
        // The reader's stages one by one, here.
        t = performance.now();
        const pkg = checkDocxPackage(docx);
        stage.guard.push(performance.now() - t);
        t = performance.now();
        const text = await docxToText(pkg);
        stage.convert.push(performance.now() - t);
        t = performance.now();
        structureRefusal(parseReportText(stripXmlIllegal(text)).sections);
        stage.recognise.push(performance.now() - t);
      }
      // Each import is timed right after a mammoth run, so both see the same machine load; the
      // median of the pairwise ratios is steadier than the ratio of medians on a busy machine.
      const ratio = median(importMs.map((ms, i) => ms / mammothMs[i]!));
      const readingRatio = median(stage.guard.map((ms, i) => (ms + stage.convert[i]!) / mammothMs[i]!));
      const stages = Object.fromEntries(Object.entries(stage).map(([k, list]) => [k, median(list)]));
      const rest = median(importMs) - stages['guard']! - stages['convert']! - stages['recognise']!;
      ctx.log(`import median ${median(importMs).toFixed(1)} ms, mammoth median ${median(mammothMs).toFixed(1)} ms, cold import ${coldMs.toFixed(0)} ms`);
      return {
        case: 'import_docx',
        chars: reportChars(report),
        docx_bytes: docx.length,
        raw_chars: raw.value.length,
        sections_found: first.entries.length,
        runs: RUNS,
        import_median_ms: round(median(importMs), 1),
        mammoth_median_ms: round(median(mammothMs), 1),
        cold_import_ms: round(coldMs, 0),
        zip_guard_ms: round(stages['guard']!, 1),
        conversion_ms: round(stages['convert']!, 1),
        recognition_ms: round(stages['recognise']!, 1),
        mapping_and_reader_hop_ms: round(rest, 1),
        reading_ratio: round(readingRatio, 2),
        target_reading_ratio: TARGET_READING_RATIO,
        ratio: round(ratio, 2),
        ratio_of_medians: round(median(importMs) / median(mammothMs), 2),
        target_ratio: TARGET_RATIO,
        ok: readingRatio <= TARGET_READING_RATIO && ratio <= TARGET_RATIO,
      };
    } finally {
      await service.close();
      await store.close();
    }
  },
};
