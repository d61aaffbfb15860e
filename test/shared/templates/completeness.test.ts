import { describe, expect, it } from 'vitest';
import { completeness, type CompletenessSection } from '../../../shared/templates/completeness';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { parseTemplate } from '../../../shared/templates/parse';
import type { Template } from '../../../shared/templates/schema';
import { minimalTemplate } from './minimalTemplate';

function mini(): Template {
  const r = parseTemplate(minimalTemplate(), 'mini.json');
  if (!r.ok) throw new Error(r.message);
  return r.template;
}

const unit = { fullName: '某乡人民政府', shortName: '某乡', kind: 'township' as const, superior: '某县人民政府', signatureName: '' };

/** The sections a new report from the template would have, with ids 1… and empty bodies. */
function reportSections(t: Template, options: { areaSet?: 'custom'; customAreas?: string[] } = {}): CompletenessSection[] {
  const draft = instantiateTemplate(t, { unit, year: 2025, ...options });
  const idOf = new Map<string, number>();
  return draft.sections.map((s, i) => {
    idOf.set(s.templateKey, i + 1);
    return {
      id: i + 1,
      parentId: s.parentKey === null ? null : idOf.get(s.parentKey)!,
      templateKey: s.templateKey,
      title: s.title,
      body: '',
      notApplicable: null,
      checkedPoints: [],
    };
  });
}

const find = (list: CompletenessSection[], key: string) => list.find((s) => s.templateKey === key)!;
const LONG = '本年度开展各类普法活动十二场，发放资料三千余份，受教育群众两千余人次，效果良好。'.repeat(2);

describe('completeness', () => {
  it('lists every empty required section and every unticked key point of a new report', () => {
    const t = mini();
    const items = completeness(t, reportSections(t));
    const empty = items.filter((i) => i.kind === 'empty').map((i) => i.templateKey);
    // Part one speaks for itself: its areas are guidance, never listed as empty; nor is the
    // optional 附记.
    expect(empty).toEqual(['achievements', 'duty', 'plans', 'other']);
    const points = items.filter((i) => i.kind === 'point').map((i) => i.kind === 'point' && `${i.templateKey}:${i.pointId}`);
    expect(points).toEqual(['achievements.functions:numbers', 'achievements.rules:numbers', 'duty:study', 'duty:report']);
    const other = items.find((i) => i.templateKey === 'other')!;
    expect(other.message).toContain('无此项');
    expect(items.find((i) => i.templateKey === 'duty' && i.kind === 'empty')!.sectionId).toBe(
      find(reportSections(t), 'duty').id,
    );
  });

  it('drops sections as they are written, ticked or marked 无此项', () => {
    const t = mini();
    const sections = reportSections(t);
    find(sections, 'achievements.functions').body = LONG;
    find(sections, 'achievements.functions').checkedPoints = ['numbers'];
    find(sections, 'duty').body = '书记带头学法。';
    find(sections, 'duty').checkedPoints = ['study'];
    find(sections, 'plans').notApplicable = '已在第一部分说明';
    find(sections, 'other').body = '无。';
    const items = completeness(t, sections);
    const summary = items.map((i) => `${i.kind}:${i.templateKey}`);
    // Part one has text (in one area); the other area is not asked for, only its key points remind.
    expect(summary).toEqual([
      'point:achievements.rules',
      'short:duty',
      'point:duty',
    ]);
    const short = items.find((i) => i.kind === 'short')!;
    expect(short.kind === 'short' && [short.chars, short.min]).toEqual([7, 30]);
    expect(short.message).toBe('「第一责任人职责」只有 7 字，同类报告一般不少于 30 字');
  });

  it('judges part one by its subtree when the unit uses optional custom headings', () => {
    const t = mini();
    const sections = reportSections(t, { areaSet: 'custom', customAreas: ['加强组织领导'] });
    const empty = () => completeness(t, sections).filter((i) => i.kind === 'empty').map((i) => i.templateKey);
    expect(empty()).toContain('achievements');
    expect(empty()).not.toContain('achievements.custom#1');
    find(sections, 'achievements.custom#1').body = LONG;
    expect(empty()).not.toContain('achievements');
    // The custom heading still carries the generic key points.
    expect(completeness(t, sections).some((i) => i.kind === 'point' && i.templateKey === 'achievements.custom#1')).toBe(true);
  });

  it('reports required parts missing from the report, and ignores user-added sections', () => {
    const t = mini();
    const sections = reportSections(t).filter((s) => s.templateKey !== 'duty');
    sections.push({ id: 99, parentId: null, templateKey: null, title: '自加部分', body: '', notApplicable: null, checkedPoints: [] });
    const items = completeness(t, sections);
    expect(items[0]).toEqual({
      kind: 'missing',
      sectionId: null,
      templateKey: 'duty',
      title: '第一责任人职责',
      message: '缺少必填部分「第一责任人职责」',
    });
    expect(items.some((i) => i.sectionId === 99)).toBe(false);
  });
});
