// What a report still lacks against its template: required sections that are missing, empty or
// shorter than the seeds' typical length, and key points not yet ticked. Missing and empty come
// from the structural facts the 审校 findings are made of (shared/structure/facts).
import { childrenByParent } from '../gongwen/sectionOrder';
import { partOfKey } from '../structure/parts';
import { structureFacts } from '../structure/facts';
import type { Section } from '../types';
import { findTemplateSection } from './instantiate';
import type { Template, TemplateSection } from './schema';

export type CompletenessSection = Pick<
  Section,
  'id' | 'parentId' | 'templateKey' | 'title' | 'body' | 'notApplicable' | 'checkedPoints'
>;

export type CompletenessItem =
  /** A required section of the template that the report does not have at all. */
  | { kind: 'missing'; sectionId: null; templateKey: string; title: string; message: string }
  | { kind: 'empty'; sectionId: number; templateKey: string; title: string; message: string }
  | {
      kind: 'short';
      sectionId: number;
      templateKey: string;
      title: string;
      chars: number;
      min: number;
      message: string;
    }
  | {
      kind: 'point';
      sectionId: number;
      templateKey: string;
      title: string;
      pointId: string;
      text: string;
      message: string;
    };

/**
 * Items in the order of `sections` (pass them in document order). A section marked 「无此项」 is
 * complete whatever its text. A section with sub-sections is judged by its whole subtree, and
 * is not listed itself when sub-sections of it are listed (they say what to fill).
 */
export function completeness(template: Template, sections: CompletenessSection[]): CompletenessItem[] {
  const items: CompletenessItem[] = [];
  const childrenOf = childrenByParent(sections);
  const templateOf = (s: CompletenessSection): TemplateSection | null => (s.templateKey ? findTemplateSection(template, s.templateKey) : null);
  const facts = structureFacts(sections.map((s) => ({ ...s, required: templateOf(s)?.required === true })));
  const charsOf = facts.chars;
  const missingParts = new Set(facts.missingParts.map((p) => p.key));
  const empty = new Map(facts.emptySections.map((e) => [e.section.id, e]));

  const present = new Set(sections.map((s) => s.templateKey).filter((k): k is string => k !== null));
  for (const t of template.sections) {
    // A part of the 规定 is there when a section stands for it, by its key or by its heading.
    const part = partOfKey(t.key);
    if (t.required && (part === null ? !present.has(t.key) : missingParts.has(part))) {
      items.push({
        kind: 'missing',
        sectionId: null,
        templateKey: t.key,
        title: t.title,
        message: `缺少必填部分「${t.title}」`,
      });
    }
  }

  for (const s of sections) {
    if (s.notApplicable !== null || !s.templateKey) continue;
    const t = findTemplateSection(template, s.templateKey);
    if (!t) continue;
    const base = { sectionId: s.id, templateKey: s.templateKey, title: s.title };
    const children = childrenOf.get(s.id) ?? [];
    const fact = empty.get(s.id);
    if (t.required && s.parentId === null) {
      const chars = charsOf.get(s.id) ?? 0;
      if (fact) {
        const hint = t.mayBeNone ? '；如确无此类情况，可写明「无」或标记「无此项」' : '';
        items.push({ kind: 'empty', ...base, message: `「${s.title}」尚未填写${hint}` });
      } else if (!t.mayBeNone && children.length === 0 && chars < t.typicalChars.min) {
        const min = t.typicalChars.min;
        items.push({
          kind: 'short',
          ...base,
          chars,
          min,
          message: `「${s.title}」只有 ${chars} 字，同类报告一般不少于 ${min} 字`,
        });
      }
    }
    const ticked = new Set(s.checkedPoints);
    for (const p of t.keyPoints) {
      if (ticked.has(p.id)) continue;
      items.push({ kind: 'point', ...base, pointId: p.id, text: p.text, message: `「${s.title}」未勾选要点：${p.text}` });
    }
  }
  return items;
}
