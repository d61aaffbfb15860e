import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { FIX_KINDS, RULES, applyFixes, fixAllOfKind, runChecks, type CheckReport, type Finding, type FixKind } from '../../../shared/checks';
import { check, cleanReport, ofRule, rawSeedReport, reportWithBody, shippedRules } from './build';

// The punctuation kinds are judged character by character below; the rest by where they edit.
const MARK_RULES = ['half-width', 'straight-quotes', 'nested-title-marks', 'internet-plus'];
const SAFE_RULES = RULES.filter((r) => r.fixKind !== undefined).map((r) => r.id);

// What a safe fix may turn a character into; blanks may only vanish next to a converted mark.
const ALLOWED: Record<string, string[]> = {
  ',': ['，'], ':': ['：'], ';': ['；'], '?': ['？'], '!': ['！'], '(': ['（'], ')': ['）'],
  '"': ['“', '”'], "'": ['‘', '’'], '<': ['〈'], '>': ['〉'], '＜': ['〈'], '＞': ['〉'], '《': ['〈'], '》': ['〉'], '十': ['+'],
};

function applyAllSafe(report: CheckReport, findings: Finding[], rules: readonly string[] = SAFE_RULES): CheckReport {
  const bodies = new Map<number, string>();
  for (const s of report.sections) {
    const own = findings.filter((f) => f.sectionId === s.id && f.field === 'body' && f.fix?.kind !== undefined && rules.includes(f.rule));
    bodies.set(s.id, applyFixes(s.body, own));
  }
  return { ...report, sections: report.sections.map((s) => ({ ...s, body: bodies.get(s.id)! })) };
}

/**
 * What is left after aligning the texts character by character, where a character matches itself
 * or a safe replacement of itself: only blanks (swallowed beside a converted mark) may remain.
 */
function unsafeChanges(before: string, after: string): string[] {
  const same = (a: string, b: string) => a === b || (ALLOWED[a] ?? []).includes(b);
  const problems: string[] = [];
  for (const part of diffArrays([...before], [...after], { comparator: same })) {
    const text = part.value.join('');
    if (part.added) problems.push(`inserted 「${text}」`);
    else if (part.removed && /[^ \t\u00A0]/.test(text)) problems.push(`removed 「${text}」`);
  }
  return problems;
}

describe('the diff used to judge fixes', () => {
  it('accepts only safe replacements and swallowed blanks', () => {
    expect(unsafeChanges('脏乱差, 累计<清理>', '脏乱差，累计〈清理〉')).toEqual([]);
    expect(unsafeChanges('中,文', '中，字')).toEqual(['removed 「文」', 'inserted 「字」']);
    expect(unsafeChanges('中,文', '中,,文')).toEqual(['inserted 「,」']);
  });
});

describe('applying every safe fix', () => {
  const years = [2023, 2020, 2024, 2020, 2023];
  it.each([0, 1, 2, 3, 4])('leaves raw seed %i with none of the punctuation kinds and nothing else changed', (i) => {
    const rules = shippedRules();
    const report = rawSeedReport(i, years[i]!, 12);
    const before = runChecks(report, rules);
    expect(before.filter((f) => MARK_RULES.includes(f.rule)).length).toBeGreaterThan(0);
    const fixed = applyAllSafe(report, before, MARK_RULES);
    const after = runChecks(fixed, rules);
    expect(after.filter((f) => MARK_RULES.includes(f.rule))).toEqual([]);
    for (const [k, s] of report.sections.entries()) {
      expect(unsafeChanges(s.body, fixed.sections[k]!.body)).toEqual([]);
    }
    // The other findings are the same ones (offsets may move with swallowed blanks, and a
    // message quoting a heading shows its new brackets).
    const others = (fs: Finding[]) => fs.filter((f) => !MARK_RULES.includes(f.rule)).map((f) => `${f.rule}:${f.sectionId}:${f.paragraph}`);
    expect(others(after)).toEqual(others(before));
  });

  it.each([0, 1, 2, 3, 4])('on raw seed %i every safe fix edits only its own place, and none is left after', (i) => {
    const rules = shippedRules();
    const report = rawSeedReport(i, years[i]!, 12);
    const before = runChecks(report, rules);
    for (const f of before.filter((x) => x.fix?.kind !== undefined)) {
      const body = report.sections.find((s) => s.id === f.sectionId)!.body;
      // Its own span or marks; a web-page line goes with its line break.
      const lineStart = body.lastIndexOf('\n', f.start - 1);
      const places = [...(f.marks ?? []), { start: f.start, end: f.end }, { start: Math.max(0, lineStart), end: body.indexOf('\n', f.end) + 1 || body.length }];
      for (const e of f.fix!.edits) expect(places.some((p) => p.start <= e.start && e.end <= p.end), `${f.rule} ${JSON.stringify(e)}`).toBe(true);
    }
    const fixed = applyAllSafe(report, before);
    const after = runChecks(fixed, rules);
    expect(after.filter((f) => SAFE_RULES.includes(f.rule)).map((f) => `${f.rule} ${f.excerpt}`)).toEqual([]);
    // Fixing again changes nothing: the fixes are idempotent.
    expect(applyAllSafe(fixed, after)).toEqual(fixed);
    const others = (fs: Finding[]) => fs.filter((f) => !SAFE_RULES.includes(f.rule)).map((f) => `${f.rule}:${f.sectionId}`).sort();
    expect(others(after)).toEqual(others(before));
  });

  it('fixes one kind at a time with 「全部修正此类」', () => {
    const body = '深化“互联网十政务服务”改革,印发《关于印发<预案>的通知》,坚持"谁执法谁普法"。';
    const report = reportWithBody(2023, body);
    report.sections[2] = { ...report.sections[2]!, body: '推进“互联网十监管”。' };
    const findings = check(report);
    // The new text of each section body the kind changes.
    const fixAll = (kind: FixKind) => new Map(fixAllOfKind(report, findings, kind).filter((p) => p.field === 'body').map((p) => [p.sectionId, p.fixed]));
    const plus = fixAll('plus-sign');
    expect([...plus.entries()]).toEqual([
      [2, '深化“互联网+政务服务”改革,印发《关于印发<预案>的通知》,坚持"谁执法谁普法"。'],
      [3, '推进“互联网+监管”。'],
    ]);
    // Only the section bodies carry fixes of a kind here: the report's title and 落款 are clean.
    expect(fixAllOfKind(report, findings, 'plus-sign').every((p) => p.field === 'body')).toBe(true);
    expect(fixAll('nested-marks').get(2)).toBe('深化“互联网十政务服务”改革,印发《关于印发〈预案〉的通知》,坚持"谁执法谁普法"。');
    expect(fixAll('quote-pairing').get(2)).toBe('深化“互联网十政务服务”改革,印发《关于印发<预案>的通知》,坚持“谁执法谁普法”。');
    expect(fixAll('punctuation-width').get(2)).toBe('深化“互联网十政务服务”改革，印发《关于印发<预案>的通知》，坚持"谁执法谁普法"。');
    for (const kind of FIX_KINDS) expect(fixAll(kind).has(1)).toBe(false);
  });
});

describe('safe fixes on generated text', () => {
  it('leave none of the safe kinds behind in 3,000 random mixes of the tricky characters', () => {
    const pieces = ['中', '文', '法', '年', '月', '日', '是', '一', '二', ',', ':', ';', '?', '!', '(', ')', '"', "'", '（', '）',
      '“', '”', '《', '》', '<', '>', ' ', '\n', '1', '2', '0', '.', '%', 'a', 'B', '十', '互联网', '、', '。', 'http://x.cn/a(1)', 'a@b.cn'];
    let state = 1;
    // A fixed linear congruential sequence: the same 3,000 texts on every run.
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const rules = shippedRules();
    const failures: string[] = [];
    for (let n = 0; n < 3000; n++) {
      let body = '';
      for (let k = 1 + Math.floor(next() * 40); k > 0; k--) body += pieces[Math.floor(next() * pieces.length)];
      const findings = runChecks(reportWithBody(2023, body), rules).filter((f) => f.sectionId === 2);
      const fixed = applyFixes(body, findings.filter((f) => MARK_RULES.includes(f.rule)));
      const left = runChecks(reportWithBody(2023, fixed), rules).filter((f) => f.sectionId === 2 && MARK_RULES.includes(f.rule));
      if (left.length > 0 || unsafeChanges(body, fixed).length > 0) failures.push(JSON.stringify(body));
    }
    expect(failures).toEqual([]);
  });
});

describe('finding ids and 忽略', () => {
  it('keeps a finding\'s id when other text changes, and drops ignored findings', () => {
    const rules = shippedRules();
    const body = '深化“互联网十政务服务”改革。\n共排查矛盾纠纷150起，调解成功128起，调解成功率86%。';
    const report = reportWithBody(2023, body);
    const first = runChecks(report, rules);
    expect(first.map((f) => f.rule)).toEqual(['internet-plus', 'rate-mismatch']);
    const edited = reportWithBody(2023, `新增一段文字。\n${body}`);
    const second = runChecks(edited, rules);
    expect(second.map((f) => f.id)).toEqual(first.map((f) => f.id));
    expect(second.map((f) => f.paragraph)).toEqual([1, 2]);
    const ignored = runChecks(edited, { ...rules, ignored: [first[1]!.id] });
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
