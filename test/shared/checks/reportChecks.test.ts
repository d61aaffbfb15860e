// A report checked again and again (reportChecks, the 审校 worker) re-reads only the texts that
// changed: counted by the calls of the rules' own text readers (the half-width mark scan of the
// punctuation rules, the script folding of the lexicon / terms / titles rules, the 字数 count of the
// structure rules), wrapped here to count, not to change what they return.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reportChecks, runChecks, type CheckReport } from '../../../shared/checks';
import { countChars } from '../../../shared/gongwen/zishu';
import { findHalfWidthPunctuation } from '../../../shared/text/punctuation';
import { foldScript } from '../../../shared/text/script';
import { cleanReport, shippedRules } from './build';

vi.mock('../../../shared/text/punctuation', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../shared/text/punctuation')>();
  return { ...actual, findHalfWidthPunctuation: vi.fn(actual.findHalfWidthPunctuation) };
});
vi.mock('../../../shared/text/script', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../shared/text/script')>();
  return { ...actual, foldScript: vi.fn(actual.foldScript) };
});
vi.mock('../../../shared/gongwen/zishu', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../shared/gongwen/zishu')>();
  return { ...actual, countChars: vi.fn(actual.countChars) };
});

const readers = [vi.mocked(findHalfWidthPunctuation), vi.mocked(foldScript), vi.mocked(countChars)];
/** The texts each reader was called on since the last reset. */
const readTexts = () => readers.map((r) => r.mock.calls.map((c) => c[0]));

const A = 2;
const B = 4;

function report(year = 2025): CheckReport {
  const r = cleanReport(year, { opening: `${year}年，我镇坚持依法行政,现将有关情况报告如下：` });
  r.sections[1] = { ...r.sections[1]!, body: '全年调解纠纷150起,调解成功128起，成功率86%。确实履行职责。' };
  return r;
}

const withBody = (r: CheckReport, id: number, body: string): CheckReport => ({ ...r, sections: r.sections.map((s) => (s.id === id ? { ...s, body } : s)) });

describe('reportChecks', () => {
  const rules = shippedRules();
  beforeEach(() => readers.forEach((r) => r.mockClear()));

  it('after an edit in section B reads B alone: no rule of one text runs again on section A', () => {
    const check = reportChecks();
    const first = report();
    check(first, rules);
    const texts = 1 + first.sections.length; // the opening and each body
    expect(vi.mocked(findHalfWidthPunctuation)).toHaveBeenCalledTimes(texts);
    readers.forEach((r) => r.mockClear());

    const bodyB = `${first.sections[3]!.body}三是加强培训, 提升能力。`;
    const edited = withBody(first, B, bodyB);
    const kept = check(edited, rules);
    const [marks, folded, counted] = readTexts();
    expect(kept).toEqual(runChecks(edited, rules));
    expect(marks).toEqual([bodyB]);
    expect(counted).toEqual([bodyB]);
    // Lexicon, stale terms, 「党的」, cited titles and the terms expected in 2025: each folds B once.
    expect(folded!.length).toBeGreaterThanOrEqual(4);
    expect(new Set(folded)).toEqual(new Set([bodyB]));
    expect([...marks!, ...folded!, ...counted!]).not.toContain(first.sections[1]!.body);
  });

  it('reads nothing again when nothing changed, and only the title when a title changed', () => {
    const check = reportChecks();
    const r = report();
    check(r, rules);
    readers.forEach((x) => x.mockClear());
    check({ ...r, sections: r.sections.map((s) => ({ ...s })) }, rules);
    expect(readTexts()).toEqual([[], [], []]);

    const retitled = { ...r, sections: r.sections.map((s) => (s.id === A ? { ...s, title: '推进政府依法高效履职,严格执法' } : s)) };
    const kept = check(retitled, rules);
    const [marks, folded, counted] = readTexts();
    expect(kept).toEqual(runChecks(retitled, rules));
    expect(marks).toEqual([]);
    expect(counted).toEqual([]);
    expect(new Set(folded)).toEqual(new Set(['推进政府依法高效履职,严格执法']));
  });

  it('reads every text again for another year, and a section moved into the plan part again', () => {
    const check = reportChecks();
    const r = report();
    check(r, rules);
    readers.forEach((x) => x.mockClear());
    const next = { ...r, year: 2026 };
    const kept = check(next, rules);
    expect(vi.mocked(findHalfWidthPunctuation)).toHaveBeenCalledTimes(1 + r.sections.length);
    expect(kept).toEqual(runChecks(next, rules));

    readers.forEach((x) => x.mockClear());
    // Section 2 as a child of the plan part (id 5): its years read differently there.
    const rest = next.sections.filter((s) => s.id !== A);
    const plan = rest.findIndex((s) => s.id === 5);
    const moved = { ...next, sections: [...rest.slice(0, plan + 1), { ...next.sections[1]!, level: 2 }, ...rest.slice(plan + 1)] };
    const again = check(moved, rules);
    expect(vi.mocked(findHalfWidthPunctuation).mock.calls.map((c) => c[0])).toEqual([r.sections[1]!.body]);
    expect(again).toEqual(runChecks(moved, rules));
  });
});
