// Issue 10's bar, computed over the real-report corpus (test/fixtures/import/real, truth.json):
// every file pasted into previewImport as a user would, confirmed with the proposed mapping, then
// checked; the rates come from the truth table, none is counted by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold, headingTitleOf, loadRealCorpus, type RealReport } from '../../../helpers/realCorpus';
import { openApp, type AppUnderTest } from '../../../tools/realCorpus/harness';
import type { ImportResult } from '../../../tools/realCorpus/importMeasures';
import { measureFile, type FileResult } from '../../../tools/realCorpus/measureFile';

const corpus: RealReport[] = loadRealCorpus();
let app: AppUnderTest;
const results: FileResult[] = [];
let imports: ImportResult[] = [];

beforeAll(async () => {
  app = await openApp();
  for (const r of corpus) results.push(await measureFile(app, r));
  imports = results.map((x) => x.import).filter((x): x is ImportResult => x !== null);
}, 300_000);
afterAll(async () => {
  await app.close();
});

/** Share of the judged files (those where the truth has something to judge) that are right. */
function rate(judge: (x: ImportResult) => boolean | null): number {
  const judged = imports.filter((x) => judge(x) !== null);
  return judged.filter((x) => judge(x) === true).length / judged.length;
}

const misses = (judge: (x: ImportResult) => boolean | null) => imports.filter((x) => judge(x) === false).map((x) => x.file);

describe('import on real published reports', () => {
  it('reads every file without an error', () => {
    expect(results.filter((x) => x.error !== null).map((x) => `${x.file}: ${x.error}`)).toEqual([]);
    expect(imports).toHaveLength(corpus.length);
  });

  it('year ≥ 97%, kind ≥ 95%', () => {
    expect(rate((x) => x.year), misses((x) => x.year).join(' ')).toBeGreaterThanOrEqual(0.97);
    expect(rate((x) => x.kind), misses((x) => x.kind).join(' ')).toBeGreaterThanOrEqual(0.95);
  });

  it('unit ≥ 92% right and never silently wrong: what is not certain is left for the user', () => {
    expect(imports.filter((x) => x.unit === 'wrong').map((x) => `${x.file} 「${x.unitGot}」`)).toEqual([]);
    expect(imports.filter((x) => x.unit === 'right').length / imports.length).toBeGreaterThanOrEqual(0.92);
  });

  it('title ≥ 92% and 主送 ≥ 90% where the source has one; openings free of debris ≥ 95%', () => {
    expect(rate((x) => x.title), misses((x) => x.title).join(' ')).toBeGreaterThanOrEqual(0.92);
    expect(rate((x) => x.addressee), misses((x) => x.addressee).join(' ')).toBeGreaterThanOrEqual(0.9);
    expect(rate((x) => x.openingClean), misses((x) => x.openingClean).join(' ')).toBeGreaterThanOrEqual(0.95);
  });

  it('part one found ≥ 97%, headings in the right place ≥ 92%', () => {
    expect(rate((x) => x.partOne), misses((x) => x.partOne).join(' ')).toBeGreaterThanOrEqual(0.97);
    const headings = imports.flatMap((x) => x.headings.map((h) => ({ ...h, file: x.file })));
    const wrong = headings.filter((h) => !h.right);
    expect(1 - wrong.length / headings.length, wrong.map((h) => `${h.file} 「${h.text}」→${h.got}`).join('\n')).toBeGreaterThanOrEqual(0.92);
  });

  it('invents no section: only the absent parts of the 规定 are added, empty', () => {
    expect(imports.flatMap((x) => x.invented.map((t) => `${x.file}: ${t}`))).toEqual([]);
  });

  it('审校 asks for no part the report actually has', () => {
    // 「必填部分…还没有内容」 never points at a section the import added (areas are never added, the
    // absent parts are not scored) nor at a heading with text; the one exception is the last
    // heading of an excerpt, whose text the ~700-character capture cut off.
    const cutOff = (r: RealReport, title: string) => {
      const last = r.headings[r.headings.length - 1];
      return last !== undefined && fold(headingTitleOf(last.text)).startsWith(fold(title));
    };
    const asked = results.flatMap((x, i) =>
      (x.checks?.findings ?? [])
        .filter((f) => f.rule === 'section-empty' && (f.onAddedSection || !cutOff(corpus[i]!, f.text)))
        .map((f) => `${x.file}: ${f.text}`),
    );
    expect(asked).toEqual([]);
  });
});
