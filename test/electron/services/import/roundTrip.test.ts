// Export → import: a report written to .docx by our exporter and imported back has the same
// sections and the same text. Allowed differences: punctuation the exporter normalises, and the
// numbers of level-3/4 headings in bodies, which it rewrites to the standard 「1.」「（1）」 form.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportReportToFile } from '../../../../electron/services/export/exportReport';
import { DEFAULT_EXPORT_SETTINGS } from '../../../../shared/export/exportDefaults';
import { normalizePunctuation } from '../../../../shared/text/punctuation';
import type { Report } from '../../../../shared/types';
import { SEED_COUNT, seedText } from '../../../helpers/seedReports';
import { apiHarness, type ApiHarness } from './importHarness';

const outDir = mkdtempSync(path.join(tmpdir(), '往返 '));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function normal(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      normalizePunctuation(line.trim())
        .replace(/^(\d+)\s*[、.．]\s*/, '$1.')
        .replace(/^[（(](\d+)[）)]\s*/, '（$1）'),
    )
    .filter((line) => line !== '')
    .join('\n');
}

function shape(report: Report) {
  return {
    title: normal(report.title),
    addressee: normal(report.addressee),
    opening: normal(report.opening),
    closing: normal(report.closing),
    signatureName: report.signatureName,
    signatureDate: report.signatureDate,
    headingStyle: report.headingStyle,
    sections: report.sections.map((s) => ({ level: s.level, key: s.templateKey, title: normal(s.title), body: normal(s.body) })),
  };
}

async function importAndConfirm(api: ApiHarness, input: { fileName: string; data?: Uint8Array; text?: string }, year: number): Promise<Report> {
  const preview = await api.call('previewImport', input);
  return api.call('confirmImport', {
    previewId: preview.previewId,
    unit: { fullName: preview.unitName, kind: preview.unitKind ?? 'township', superior: preview.addressee || undefined },
    year,
    templateId: preview.template.id,
    mapping: [],
  });
}

describe('export → import round trip', () => {
  it.each(Array.from({ length: SEED_COUNT }, (_, i) => i))('seed %i comes back with the same sections and text', async (i) => {
    const api = await apiHarness();
    const first = await importAndConfirm(api, { fileName: `seed${i}.txt`, text: seedText(i) }, [2023, 2020, 2024, 2020, 2023][i]!);
    expect(first.sections.filter((s) => s.body.length > 100).length).toBeGreaterThan(2);
    const file = await exportReportToFile(first, DEFAULT_EXPORT_SETTINGS, path.join(outDir, `seed${i}`));
    const second = await importAndConfirm(api, { fileName: path.basename(file.path), data: readFileSync(file.path) }, first.year);
    expect(shape(second)).toEqual(shape(first));
    // Exported without a title the report gets the standard one; it must come back as a title.
    expect(second.title).not.toBe('');
  });
});
