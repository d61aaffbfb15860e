// The measuring script keeps working while the import and 审校 change underneath: a few corpus files
// (a township with a two-line title, a department with header debris, a pasted variant) go through
// the API and every truth item is judged. No thresholds on the app's quality: those are the issues'.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRealCorpus, type RealReport } from '../../helpers/realCorpus';
import { openApp, type AppUnderTest } from './harness';
import { measureFile } from './measureFile';

const corpus = loadRealCorpus();
const pick = (prefix: string): RealReport => corpus.find((r) => r.file.startsWith(prefix))!;
let app: AppUnderTest;

beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app.close();
});

describe('measureFile', () => {
  it.each(['001', '016', '052'])('judges every heading, defect and debris line of file %s', async (prefix) => {
    const r = pick(prefix);
    const result = await measureFile(app, r);
    expect(result.error).toBeNull();
    const i = result.import!;
    expect(i.headings.map((h) => h.text)).toEqual(r.headings.map((h) => h.text));
    expect(typeof i.year).toBe('boolean');
    expect(['right', 'asked', 'wrong']).toContain(i.unit);
    expect(i.openingClean === null).toBe(!r.openingDebris);
    expect(result.checks!.defects.map((d) => d.defect.span)).toEqual(r.defects.map((d) => d.span));
    // Every finding scored is an 错误 or 警告 about this report.
    for (const f of result.checks!.findings) expect(['error', 'warning']).toContain(f.severity);
  });

  it('finds where each labelled span sits in the imported report', async () => {
    const r = pick('018');
    const result = await measureFile(app, r);
    const doubled = result.checks!.defects.find((d) => d.defect.kind === 'doubled-char')!;
    expect(doubled.place).not.toBeNull();
  });
});
