// What is still open in a report when it is exported: required parts missing, empty or short
// (the template's completeness), and the 审校 errors not ignored. Shown, never blocking.
import { openErrors, type Finding, type RuleData, type StoredReportChecks } from '../../../shared/checks';
import { numberOutline } from '../../../shared/gongwen/sectionOrder';
import { partOfKey } from '../../../shared/structure/parts';
import { completeness, type CompletenessItem } from '../../../shared/templates/completeness';
import type { Template } from '../../../shared/templates/schema';
import type { Report, Section } from '../../../shared/types';

export interface OpenItems {
  /** Required parts missing, empty or too short; null when the report has no template. */
  sections: CompletenessItem[] | null;
  /** Key points of the template not ticked yet (only counted: they are reminders). */
  uncheckedPoints: number;
  errors: Finding[];
}

/**
 * The open items of `report`. Without the rule data (a rules file could not be loaded) the
 * structural and arithmetic errors are still complete; only the lexicon's errors are missing.
 * `checked`, the checks already run over the report, saves running them again.
 */
export function openItems(report: Report, template: Template | null, rules: RuleData, checked: StoredReportChecks | null = null): OpenItems {
  const ordered = numberOutline(report.sections).map((e) => e.node);
  const items = template ? completeness(template, ordered) : null;
  const sections = items ? items.filter((i) => i.kind !== 'point') : null;
  return {
    sections,
    uncheckedPoints: items ? items.filter((i) => i.kind === 'point').length : 0,
    errors: (checked ? checked.open.filter((f) => f.severity === 'error') : openErrors(report, { ...rules, template })).filter((f) => !saidByCompleteness(f, sections ?? [], report.sections)),
  };
}

/**
 * The checks' part-missing and section-empty findings and the completeness list are views of the
 * same structural facts (shared/structure/facts); the list says each once. A missing part is the
 * same fact when it is the same part of the 规定; an empty section when the list names it or a
 * section under it (「一、」 whose empty required sub-sections are listed).
 */
function saidByCompleteness(finding: Finding, items: readonly CompletenessItem[], sections: readonly Section[]): boolean {
  if (finding.rule !== 'section-empty' && finding.rule !== 'part-missing') return false;
  if (finding.sectionId === null) return items.some((i) => i.kind === 'missing' && finding.part !== undefined && partOfKey(i.templateKey) === finding.part);
  const parentOf = new Map(sections.map((s) => [s.id, s.parentId]));
  const within = (id: number | null): boolean => {
    for (let at = id, hops = 0; at !== null && at !== undefined && hops < 50; at = parentOf.get(at) ?? null, hops++) {
      if (at === finding.sectionId) return true;
    }
    return false;
  };
  return items.some((i) => within(i.sectionId));
}
