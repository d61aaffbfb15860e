import { diffChars } from 'diff';
import { describe, expect, it } from 'vitest';
import { FIX_KINDS, applyFixes, fixAllOfKind, runChecks, type CheckReport, type Finding } from '../../../shared/checks';
import { check, cleanReport, ofRule, rawSeedReport, reportWithBody, shippedTerms } from './build';

const SAFE_RULES = ['half-width', 'straight-quotes', 'nested-title-marks', 'internet-plus'];

// What a safe fix may turn a character into; blanks may only vanish next to a converted mark.
const ALLOWED: Record<string, string[]> = {
  ',': ['，'], ':': ['：'], ';': ['；'], '?': ['？'], '!': ['！'], '(': ['（'], ')': ['）'],
  '"': ['“', '”'], "'": ['‘', '’'], '<': ['〈'], '>': ['〉'], '＜': ['〈'], '＞': ['〉'], '《': ['〈'], '》': ['〉'], '十': ['+'],
};

function applyAllSafe(report: CheckReport, findings: Finding[]): CheckReport {
  const bodies = new Map<number, string>();
  for (const s of report.sections) {
    const own = findings.filter((f) => f.sectionId === s.id && f.field === 'body' && f.fix?.kind !== undefined);
    bodies.set(s.id, applyFixes(s.body, own));
  }
  return { ...report, sections: report.sections.map((s) => ({ ...s, body: bodies.get(s.id)! })) };
}

/** Every difference between the texts is a safe replacement (plus blanks swallowed beside it). */
function unsafeChanges(before: string, after: string): string[] {
  const problems: string[] = [];
  const parts = diffChars(before, after);
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (!part.removed) {
      if (part.added) problems.push(`inserted 「${part.value}」`);
      continue;
    }
    const next = parts[k + 1];
    const added = next?.added ? next.value : '';
    if (next?.added) k++;
    const removed = part.value.replace(/[ \t\u00A0]/g, '');
    if (removed.length !== added.length) {
      problems.push(`「${part.value}」→「${added}」`);
      continue;
    }
    [...removed].forEach((ch, n) => {
      if (!(ALLOWED[ch] ?? []).includes(added[n]!)) problems.push(`「${ch}」→「${added[n]}」`);
    });
  }
  return problems;
}

describe('applying every safe fix', () => {
  const years = [2023, 2020, 2024, 2020, 2023];
  it.each([0, 1, 2, 3, 4])('leaves raw seed %i with none of the safe kinds and nothing else changed', (i) => {
    const terms = shippedTerms();
    const report = rawSeedReport(i, years[i]!, 12);
    const before = runChecks(report, { terms });
    const safe = before.filter((f) => SAFE_RULES.includes(f.rule));
    expect(safe.length).toBeGreaterThan(0);
    const fixed = applyAllSafe(report, before);
    const after = runChecks(fixed, { terms });
    expect(after.filter((f) => SAFE_RULES.includes(f.rule))).toEqual([]);
    for (const [k, s] of report.sections.entries()) {
      expect(unsafeChanges(s.body, fixed.sections[k]!.body)).toEqual([]);
    }
    // The other findings are the same ones (offsets may move with swallowed blanks, and a
    // message quoting a heading shows its new brackets).
    const others = (fs: Finding[]) => fs.filter((f) => !SAFE_RULES.includes(f.rule)).map((f) => `${f.rule}:${f.sectionId}:${f.paragraph}`);
    expect(others(after)).toEqual(others(before));
  });

  it('fixes one kind at a time with 「全部修正此类」', () => {
    const body = '深化“互联网十政务服务”改革,印发《关于印发<预案>的通知》,坚持"谁执法谁普法"。';
    const report = reportWithBody(2023, body);
    report.sections[2] = { ...report.sections[2]!, body: '推进“互联网十监管”。' };
    const findings = check(report);
    const plus = fixAllOfKind(report, findings, 'plus-sign');
    expect([...plus.entries()]).toEqual([
      [2, '深化“互联网+政务服务”改革,印发《关于印发<预案>的通知》,坚持"谁执法谁普法"。'],
      [3, '推进“互联网+监管”。'],
    ]);
    expect(fixAllOfKind(report, findings, 'nested-marks').get(2)).toBe('深化“互联网十政务服务”改革,印发《关于印发〈预案〉的通知》,坚持"谁执法谁普法"。');
    expect(fixAllOfKind(report, findings, 'quote-pairing').get(2)).toBe('深化“互联网十政务服务”改革,印发《关于印发<预案>的通知》,坚持“谁执法谁普法”。');
    expect(fixAllOfKind(report, findings, 'punctuation-width').get(2)).toBe('深化“互联网十政务服务”改革，印发《关于印发<预案>的通知》，坚持"谁执法谁普法"。');
    for (const kind of FIX_KINDS) expect(fixAllOfKind(report, findings, kind).has(1)).toBe(false);
  });
});

describe('finding ids and 忽略', () => {
  it('keeps a finding\'s id when other text changes, and drops ignored findings', () => {
    const terms = shippedTerms();
    const body = '深化“互联网十政务服务”改革。\n共排查矛盾纠纷150起，调解成功128起，调解成功率86%。';
    const report = reportWithBody(2023, body);
    const first = runChecks(report, { terms });
    expect(first.map((f) => f.rule)).toEqual(['internet-plus', 'rate-mismatch']);
    const edited = reportWithBody(2023, `新增一段文字。\n${body}`);
    const second = runChecks(edited, { terms });
    expect(second.map((f) => f.id)).toEqual(first.map((f) => f.id));
    expect(second.map((f) => f.paragraph)).toEqual([1, 2]);
    const ignored = runChecks(edited, { terms, ignored: [first[1]!.id] });
    expect(ignored.map((f) => f.rule)).toEqual(['internet-plus']);
  });

  it('numbers identical findings in one section so each can be ignored alone', () => {
    const report = reportWithBody(2024, '今年开展学法。今年开展普法。');
    const ids = ofRule(check(report), 'year-relative').map((f) => f.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]!.endsWith(':0')).toBe(true);
    expect(ids[1]!.endsWith(':1')).toBe(true);
  });

  it('orders findings: report level first, then by section and offset', () => {
    const report = cleanReport(2023, { signatureDate: '' });
    report.sections[3] = { ...report.sections[3]!, body: '今年,一是人才短缺。' };
    report.sections[1] = { ...report.sections[1]!, body: '今年,开展学法。' };
    const order = check(report).map((f) => `${f.sectionId ?? '-'}:${f.rule}`);
    expect(order).toEqual(['-:date-missing', '2:year-relative', '2:half-width', '4:year-relative', '4:half-width']);
  });
});
