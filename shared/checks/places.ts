// Where a finding sends the writer (the section editor, or the 「标题与开头」/「结尾与落款」 forms)
// and how the 审校 panel and the CLI group and name places, in document order.
import type { Finding, FindingField } from './types';

export type FindingTarget =
  | { kind: 'section'; sectionId: number; field: 'body' | 'title' }
  | { kind: 'head'; field: 'reportTitle' | 'opening' }
  | { kind: 'tail'; field: 'signatureName' | 'signatureDate' }
  /** About the report as a whole (a missing part): no one place to open. */
  | { kind: 'report' };

export const FIELD_LABEL: Record<FindingField, string> = {
  body: '正文',
  title: '小标题',
  reportTitle: '标题',
  opening: '开头段落',
  signatureName: '署名',
  signatureDate: '成文日期',
  report: '全文',
};

export function findingTarget(f: Pick<Finding, 'sectionId' | 'field'>): FindingTarget {
  switch (f.field) {
    case 'reportTitle':
    case 'opening':
      return { kind: 'head', field: f.field };
    case 'signatureName':
    case 'signatureDate':
      return { kind: 'tail', field: f.field };
    case 'body':
    case 'title':
      return f.sectionId === null ? { kind: 'report' } : { kind: 'section', sectionId: f.sectionId, field: f.field };
    case 'report':
      // A part that exists but is empty points at its section; a missing part at nothing.
      return f.sectionId === null ? { kind: 'report' } : { kind: 'section', sectionId: f.sectionId, field: 'title' };
  }
}

export interface FindingGroup {
  /** 'report', 'head', 'tail', or 's<section id>'. */
  key: string;
  target: FindingTarget;
  findings: Finding[];
}

/**
 * Findings grouped by place in document order: the report as a whole, 标题与开头, each section
 * in `sectionOrder`, 结尾与落款. Within a group the input order is kept.
 */
export function groupFindings(findings: readonly Finding[], sectionOrder: readonly number[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const target = findingTarget(f);
    const key = target.kind === 'section' ? `s${target.sectionId}` : target.kind;
    let group = groups.get(key);
    if (!group) {
      group = { key, target: target.kind === 'section' ? { kind: 'section', sectionId: target.sectionId, field: 'body' } : target, findings: [] };
      groups.set(key, group);
    }
    group.findings.push(f);
  }
  const rank = new Map<string, number>([['report', -2], ['head', -1], ['tail', sectionOrder.length]]);
  sectionOrder.forEach((id, i) => rank.set(`s${id}`, i));
  // A section missing from the order (deleted meanwhile) goes just before 结尾与落款.
  const at = (key: string) => rank.get(key) ?? sectionOrder.length - 0.5;
  return [...groups.values()].sort((a, b) => at(a.key) - at(b.key));
}

/** 「（一）加强组织领导 第2段」, 「成文日期」: where a finding is, for the CLI and the panel. */
export function placeLabel(f: Finding, sectionLabel: (sectionId: number) => string): string {
  const target = findingTarget(f);
  if (target.kind === 'report') return FIELD_LABEL.report;
  if (target.kind !== 'section') return FIELD_LABEL[target.field];
  const section = sectionLabel(target.sectionId);
  if (f.field === 'body' && f.paragraph !== null) return `${section} 第${f.paragraph + 1}段`;
  return f.field === 'title' ? `${section}（${FIELD_LABEL.title}）` : section;
}
