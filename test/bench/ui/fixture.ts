// The data the UI benchmarks open: a library of 200 reports (20 units × 10 years, from the seed
// reports) in which one report holds 20,000 characters over the twelve sections of a real one, one
// holds a single section of 50,000 characters, and a 30,000-character .docx to import.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReportDocx } from '../../../electron/services/export/docxBuilder';
import type { NewReport } from '../../../electron/services/reports/reportRepo';
import { openStore } from '../../../electron/services/store';
import { DEFAULT_EXPORT_SETTINGS } from '../../../shared/export/exportDefaults';
import { documentOrder } from '../../../shared/gongwen/sectionOrder';
import { reportChars } from '../../../shared/gongwen/zishu';
import type { Report } from '../../../shared/types';
import { SEED_COUNT, seedMappedReport } from '../../helpers/seedReports';
import { benchImportReport } from '../cases/import';

export const LIBRARY_REPORTS = 200;
const UNITS = 20;
const FIRST_YEAR = 2016;
export const BIG_REPORT_CHARS = 20_000;
export const BIG_SECTION_CHARS = 50_000;
export const IMPORT_CHARS = 30_000;

export interface UiFixture {
  dataDir: string;
  docxPath: string;
  /** The 20,000-character report: its unit (to find its card) and sections in document order. */
  big: { unit: string; chars: number; sections: Array<{ id: number; title: string; body: string }> };
  /** The report with one 50,000-character section. */
  long: { unit: string; chars: number; sectionTitle: string };
}

function toNewReport(r: Report, unit: string, year: number): NewReport {
  const ordered = documentOrder(r.sections);
  const index = new Map(ordered.map((s, i) => [s.id, i]));
  return {
    year,
    templateId: r.templateId,
    templateVersion: r.templateVersion,
    title: r.title.replace(/20\d\d/u, String(year)),
    addressee: r.addressee,
    opening: r.opening,
    closing: r.closing,
    signatureName: unit,
    signatureDate: `${year + 1}年1月10日`,
    headingStyle: r.headingStyle,
    unit: { fullName: unit, kind: r.unit.kind, superior: r.unit.superior },
    sections: ordered.map((s) => ({
      parentIndex: s.parentId === null ? null : index.get(s.parentId)!,
      level: s.level,
      templateKey: s.templateKey,
      title: s.title,
      body: s.body,
      required: s.required,
    })),
  };
}

/** The 20,000-character report's text, with its longest body lengthened to 50,000 characters. */
export function longSectionReport(): Report {
  const report = benchImportReport(BIG_REPORT_CHARS);
  const paragraphs = report.sections.flatMap((s) => s.body.split('\n')).filter((p) => p.length > 40);
  const target = report.sections.reduce((a, b) => (b.body.length > a.body.length ? b : a));
  const parts = [target.body];
  let length = target.body.length;
  for (let k = 0; length < BIG_SECTION_CHARS; k++) {
    const p = paragraphs[k % paragraphs.length]!;
    parts.push(p);
    length += p.length + 1;
  }
  target.body = parts.join('\n');
  report.sections = report.sections.filter((s) => s === target || s.id === target.parentId).map((s) => (s === target ? s : { ...s, body: '' }));
  return report;
}

export async function buildUiFixture(dataDir: string, docxDir: string): Promise<UiFixture> {
  const store = await openStore({ dataDir, awaitStartupBackup: true });
  try {
    const seeds = Array.from({ length: SEED_COUNT }, (_, i) => seedMappedReport(i));
    // Oldest first, so the big reports (made last) are at the top of their groups.
    for (let y = 0; y < LIBRARY_REPORTS / UNITS; y++) {
      for (let u = 0; u < UNITS; u++) {
        const seed = seeds[u % SEED_COUNT]!;
        const unit = seed.unit.kind === 'township' ? `第${u + 1}乡人民政府` : `县第${u + 1}局`;
        if (y === LIBRARY_REPORTS / UNITS - 1 && u < 2) continue; // the two big reports take these places
        store.reports.create(toNewReport(seed, unit, FIRST_YEAR + y));
      }
    }
    const year = FIRST_YEAR + LIBRARY_REPORTS / UNITS - 1;
    const bigSource = benchImportReport(BIG_REPORT_CHARS);
    const bigUnit = '基准乡人民政府';
    const big = store.reports.create(toNewReport(bigSource, bigUnit, year));
    const longUnit = '基准长节乡人民政府';
    const longSource = longSectionReport();
    const long = store.reports.create(toNewReport(longSource, longUnit, year));
    const longest = long.sections.reduce((a, b) => (b.body.length > a.body.length ? b : a));
    const docxPath = join(docxDir, '2024年法治政府建设情况报告.docx');
    writeFileSync(docxPath, await buildReportDocx(benchImportReport(IMPORT_CHARS), DEFAULT_EXPORT_SETTINGS));
    return {
      dataDir,
      docxPath,
      big: {
        unit: bigUnit,
        chars: reportChars(big),
        sections: documentOrder(big.sections).map((s) => ({ id: s.id, title: s.title, body: s.body })),
      },
      long: { unit: longUnit, chars: longest.body.length, sectionTitle: longest.title },
    };
  } finally {
    await store.close();
  }
}
