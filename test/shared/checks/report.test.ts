import { describe, expect, it } from 'vitest';
import { runChecks, templateFacts, toCheckReport } from '../../../shared/checks';
import { seedMappedReport, seedTemplate } from '../../helpers/seedReports';
import { ofRule, shippedRules } from './build';

describe('toCheckReport', () => {
  it('puts stored sections in document order whatever order they come in', () => {
    const stored = seedMappedReport(2);
    const shuffled = { ...stored, sections: [...stored.sections].reverse() };
    const report = toCheckReport(shuffled);
    expect(report.sections.map((s) => s.id)).toEqual(stored.sections.map((s) => s.id));
    expect(report.opening).toBe(stored.opening);
    expect(report.sections[0]!.level).toBe(1);
  });

  it('takes required flags and a 「过短」 threshold from the template', () => {
    const stored = seedMappedReport(2);
    const facts = templateFacts(seedTemplate(2));
    const report = toCheckReport(stored, facts);
    const problems = report.sections.find((s) => s.templateKey === 'problems')!;
    expect(problems.required).toBe(true);
    expect(problems.minChars).toBeGreaterThan(0);
    // The seed as it is: nothing too short or empty.
    const rules = shippedRules();
    const findings = runChecks(report, rules);
    expect(findings.filter((f) => f.rule.startsWith('section-'))).toEqual([]);
    // Cut the 存在不足和原因 part down to a few words: now it is 「明显偏短」.
    const cut = stored.sections.find((s) => s.templateKey === 'problems')!;
    cut.body = '宣传形式老套单一。';
    const short = ofRule(runChecks(toCheckReport(stored, facts), rules), 'section-short');
    expect(short.map((f) => f.sectionId)).toEqual([cut.id]);
    cut.body = '';
    const empty = ofRule(runChecks(toCheckReport(stored, facts), rules), 'section-empty');
    expect(empty.map((f) => f.sectionId)).toEqual([cut.id]);
  });
});
