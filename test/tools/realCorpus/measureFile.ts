// One corpus file through the app as a user would take it: pasted into previewImport, confirmed
// with the proposed template and mapping, checked with checkReport; then judged against the truth.
import type { RealReport } from '../../helpers/realCorpus';
import { measureChecks, type CheckResult } from './checkMeasures';
import type { AppUnderTest } from './harness';
import { measureImport, type ImportResult } from './importMeasures';

export interface FileResult {
  file: string;
  import: ImportResult | null;
  checks: CheckResult | null;
  error: string | null;
}

export async function measureFile(app: AppUnderTest, r: RealReport): Promise<FileResult> {
  try {
    const preview = await app.call('previewImport', { text: r.text });
    let report = null;
    let checks = null;
    let error = null;
    try {
      report = await app.call('confirmImport', {
        previewId: preview.previewId,
        unit: { fullName: preview.unitName || r.unit || '未识别单位', kind: preview.unitKind ?? r.kind },
        year: preview.year ?? r.year,
        templateId: preview.template.id,
        mapping: [],
      });
      const found = await app.call('checkReport', { id: report.id });
      checks = measureChecks({ ...r, lastHeading: r.headings.at(-1)?.text ?? null }, report, found.open);
    } catch (e) {
      error = `confirm/check: ${(e as Error).message}`;
    }
    return { file: r.file, import: measureImport(r, preview, report), checks, error };
  } catch (e) {
    return { file: r.file, import: null, checks: null, error: `preview: ${(e as Error).message}` };
  }
}

