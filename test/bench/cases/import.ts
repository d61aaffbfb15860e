// Import of a 30,000-character .docx (written by our exporter from the seed reports) against
// mammoth's raw conversion of the same file, in one run, alternating. "Import" is the whole
// previewImport path: bytes in, the reader process's checks, conversion and structure
// recognition, and the template mapping out. The reader process is warm (started once, as the app
// keeps it: prepareImport starts it when the import dialog opens); the cold first import is
// printed too.
//
// Each stage is timed where it runs (medians): reading and recognition inside the reader process
// (it sends its own times back with the answer, and its CPU time); the process hop is the round
// trip less that work; the main side (mapping, the same-unit query, assembling the preview) is the
// rest. CPU time is printed beside wall time: the reader's own and the main process's during the
// preview (which also carries the garbage collection left by the mammoth run just before it, so
// the CPU ratio overstates the import somewhat).
// - reading — the zip guard (central directory, sizes, inflating and DTD-scanning the parts) and
//   the conversion through mammoth's document model over that checked package — does what
//   mammoth.extractRawText does (bytes → text) and must cost no more: ≤ 1.0×. It costs less: the
//   package is inflated once with zlib instead of by JSZip, no HTML is made, and mammoth is not
//   handed the notes, comments and content types, whose content the text never uses (in-process
//   CPU: about 0.7× of mammoth's). The rest is mammoth's own XML parsing, the bulk of both sides;
// - the whole preview adds what the raw conversion does not do: recognising the report's
//   structure (headings, parts, header, 署名, web debris: about 0.3 ms of CPU), the hop to the
//   reader process and back (a separate OS process, so that a hostile file that exhausts memory
//   ends that process and never the app: one message each way, the file's bytes over and the
//   recognised report back; a bare round trip between two Node processes is 0.15–0.25 ms here,
//   the rest is serialising and waking both processes) and the main side (about 0.25 ms of CPU
//   when hot, twice that here with caches cold after the wait). Target ≤ 1.2× (the median of
//   import ÷ mammoth over pairs); measured figures and their conditions: ARCHITECTURE.md, Import.
import mammoth from 'mammoth';
import { buildReportDocx } from '../../../electron/services/export/docxBuilder';
import { ImportService } from '../../../electron/services/import/importService';
import { openStore } from '../../../electron/services/store';
import { loadTemplates, templatesDir } from '../../../electron/services/templates/loader';
import { DEFAULT_EXPORT_SETTINGS } from '../../../shared/export/exportDefaults';
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
      // CPU time besides: the preview's is both processes' (the main side's and the reader's own
      // count), so a ratio of CPU times shows the work each side does whatever the machine's
      // load; the wall-clock ratio above it is what the user waits for.
      const importCpu: number[] = [];
      const readerCpu: number[] = [];
      const mammothCpu: number[] = [];
      const cpuMs = (since: NodeJS.CpuUsage) => {
        const used = process.cpuUsage(since);
        return (used.user + used.system) / 1000;
      };
      // Each stage where it runs: reading and recognition timed inside the reader process (its
      // own clock, sent back with the answer), the hop = the round trip less that work, the main
      // side = the whole preview less the round trip.
      const stage = { reading: [] as number[], recognition: [] as number[], hop: [] as number[], main: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        let cpu = process.cpuUsage();
        t = performance.now();
        await mammoth.extractRawText({ buffer: docx });
        mammothMs.push(performance.now() - t);
        mammothCpu.push(cpuMs(cpu));
        cpu = process.cpuUsage();
        t = performance.now();
        await service.preview({ fileName: 'bench.docx', data });
        const ms = performance.now() - t;
        importMs.push(ms);
        const times = service.reader.lastTimes!;
        importCpu.push(cpuMs(cpu) + times.cpuMs);
        readerCpu.push(times.cpuMs);
        stage.reading.push(times.readMs);
        stage.recognition.push(times.recogniseMs);
        stage.hop.push(times.roundTripMs - times.readMs - times.recogniseMs);
        stage.main.push(ms - times.roundTripMs);
      }
      // Each import is timed right after a mammoth run, so both see the same machine load; the
      // median of the pairwise ratios is steadier than the ratio of medians on a busy machine.
      const ratio = median(importMs.map((ms, i) => ms / mammothMs[i]!));
      const readingRatio = median(stage.reading.map((ms, i) => ms / mammothMs[i]!));
      const cpuRatio = median(importCpu.map((ms, i) => ms / mammothCpu[i]!));
      const [reading, recognition, hop, main] = [stage.reading, stage.recognition, stage.hop, stage.main].map((list) => round(median(list), 2));
      ctx.log(`import median ${median(importMs).toFixed(1)} ms, mammoth median ${median(mammothMs).toFixed(1)} ms, cold import ${coldMs.toFixed(0)} ms`);
      ctx.log(`CPU time (medians): import ${median(importCpu).toFixed(1)} ms (reader process ${median(readerCpu).toFixed(1)} ms, the rest main), mammoth ${median(mammothCpu).toFixed(1)} ms`);
      ctx.log(`import stages (medians): reading ${reading} ms + recognition ${recognition} ms (in the reader process), process hop ${hop} ms, mapping and preview ${main} ms (main)`);
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
        reading_ms: reading,
        recognition_ms: recognition,
        process_hop_ms: hop,
        mapping_ms: main,
        reading_ratio: round(readingRatio, 2),
        target_reading_ratio: TARGET_READING_RATIO,
        ratio: round(ratio, 2),
        ratio_of_medians: round(median(importMs) / median(mammothMs), 2),
        import_cpu_ms: round(median(importCpu), 1),
        reader_cpu_ms: round(median(readerCpu), 1),
        mammoth_cpu_ms: round(median(mammothCpu), 1),
        cpu_ratio: round(cpuRatio, 2),
        target_ratio: TARGET_RATIO,
        ok: readingRatio <= TARGET_READING_RATIO && ratio <= TARGET_RATIO,
      };
    } finally {
      await service.close();
      await store.close();
    }
  },
};
