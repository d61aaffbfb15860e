// The structural facts behind three views: the 审校 structure findings, the completeness list and
// the export dialog's open parts. One list, so the views cannot disagree.
import { describe, expect, it } from 'vitest';
import { NO_RULES, runChecks } from '../../../shared/checks';
import { structureFacts, type FactSection } from '../../../shared/structure/facts';
import { completeness } from '../../../shared/templates/completeness';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { shippedTemplate } from '../../helpers/seedReports';

const section = (id: number, parentId: number | null, title: string, body = '', extra: Partial<FactSection> = {}): FactSection => ({
  id, parentId, templateKey: null, title, body, notApplicable: null, required: false, ...extra,
});

describe('structureFacts', () => {
  it('finds the parts of the 规定 by heading and the required parts left empty', () => {
    const facts = structureFacts([
      section(1, null, '工作开展情况', '', { required: true }),
      section(2, 1, '依法行政', '', { required: true }),
      section(3, 1, '普法宣传', '开展普法。', { required: true }),
      section(4, null, '存在的问题'),
      section(5, null, '2025年工作计划', '继续推进。'),
      section(6, null, '其他需要报告的情况', '', { required: true, notApplicable: '' }),
    ]);
    expect(facts.missingParts.map((p) => p.key)).toEqual(['duty']);
    // 「存在的问题」 is there, holds nothing and is not required: only this view flags it.
    expect(facts.emptyParts.map((e) => [e.part.key, e.section.id])).toEqual([['problems', 4]]);
    // 「一、」 has text under it, the empty 「（一）」 is guidance, and 无此项 (even without a reason) is complete.
    expect(facts.emptySections).toEqual([]);
    expect(facts.chars.get(1)).toBe(5);
  });

  it('lists a required part with nothing in it or under it, never its sub-sections or a heading of the unit’s own', () => {
    const facts = structureFacts([
      section(1, null, '主要举措和成效', '', { required: true }),
      section(2, 1, '依法行政', '', { required: true }),
      section(3, null, '本单位特色工作', '', { required: true }),
    ]);
    expect(facts.emptySections.map((e) => e.section.id)).toEqual([1]);
  });
});

describe('the views agree', () => {
  it('a part missing from a report made from the template is one fact in 审校 and in completeness', () => {
    const template = shippedTemplate('township');
    const draft = instantiateTemplate(template, { unit: { fullName: '某乡人民政府', shortName: '', kind: 'township', superior: '', signatureName: '' }, year: 2025 });
    const keys = draft.sections.map((s) => s.templateKey);
    const sections = draft.sections
      .map((s, i) => ({ id: i + 1, parentId: s.parentKey === null ? null : keys.indexOf(s.parentKey) + 1, templateKey: s.templateKey, title: s.title, level: s.level, body: '有内容。', notApplicable: null, checkedPoints: [], required: s.required }))
      .filter((s) => s.templateKey !== 'plans');
    // The writer's own heading stands for 「存在的不足和原因」 although it has no template key.
    const problems = sections.find((s) => s.templateKey === 'problems')!;
    Object.assign(problems, { templateKey: null, title: '工作中存在的短板' });

    const missing = completeness(template, sections).filter((i) => i.kind === 'missing').map((i) => i.templateKey);
    const findings = runChecks({ year: 2025, title: 't', signatureName: 's', signatureDate: '2025年12月20日', sections }, NO_RULES);
    const partMissing = findings.filter((f) => f.rule === 'part-missing').map((f) => f.part);
    expect(missing).toEqual(['plans']);
    expect(partMissing).toEqual(['plans']);
  });
});
