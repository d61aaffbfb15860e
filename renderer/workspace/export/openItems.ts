// What is still open in a report when it is exported: required parts missing, empty or short
// (the template's completeness), and the 审校 errors not ignored. Shown, never blocking.
import { openErrors, type Finding, type TermRule } from '../../../shared/checks';
import { numberOutline } from '../../../shared/outline/numbering';
import { completeness, type CompletenessItem } from '../../../shared/templates/completeness';
import type { Template } from '../../../shared/templates/schema';
import type { Report } from '../../../shared/types';

export interface OpenItems {
  /** Required parts missing, empty or too short; null when the report has no template. */
  sections: CompletenessItem[] | null;
  /** Key points of the template not ticked yet (only counted: they are reminders). */
  uncheckedPoints: number;
  errors: Finding[];
}

/**
 * The open items of `report`. The error rules do not use the term list (only warnings and hints
 * do), so the errors are complete even when the rules file could not be loaded (`terms` empty).
 */
export function openItems(report: Report, template: Template | null, terms: readonly TermRule[]): OpenItems {
  const ordered = numberOutline(report.sections).map((e) => e.node);
  const items = template ? completeness(template, ordered) : null;
  const sections = items ? items.filter((i) => i.kind !== 'point') : null;
  return {
    sections,
    uncheckedPoints: items ? items.filter((i) => i.kind === 'point').length : 0,
    errors: openErrors(report, { terms, template }).filter((f) => !saidByCompleteness(f, sections ?? [])),
  };
}

/** The checks also report empty and missing required parts; the completeness list says it once. */
function saidByCompleteness(finding: Finding, items: readonly CompletenessItem[]): boolean {
  if (finding.rule !== 'section-empty' && finding.rule !== 'part-missing') return false;
  if (finding.sectionId !== null) return items.some((i) => i.sectionId === finding.sectionId);
  return items.some((i) => i.kind === 'missing' && finding.message.includes(i.title));
}
