// A version is the whole report at a moment: its head (title, 主送, opening), every section and
// the 落款. What a version holds, how it is taken from a report, and when two states are the same
// text (so 「保存版本」 on unchanged text adds nothing).
import { choices } from '../choices';
import { documentOrder } from '../gongwen/sectionOrder';
import type { Report, ReportMeta, Section } from '../types';

/**
 * A section as a version holds it: the section without its report and time stamp. Its `id` is the
 * section's id in its report, stable across versions, so a compare can tell a moved section from a
 * new one; negative for a section of an unpacked package that no longer exists.
 */
export type VersionSection = Omit<Section, 'reportId' | 'updatedAt'>;

/** The report's head and 落款: what a version keeps of the report besides its sections. */
export type ReportHead = Pick<ReportMeta, 'title' | 'addressee' | 'opening' | 'closing' | 'signatureName' | 'signatureDate' | 'headingStyle'>;

/** Only the head fields of `report` (a Report carries more), always in this order. */
export function reportHeadOf({ title, addressee, opening, closing, signatureName, signatureDate, headingStyle }: ReportHead): ReportHead {
  return { title, addressee, opening, closing, signatureName, signatureDate, headingStyle };
}

/** Numbers siblings in the order asked: 0, 1, 2… under each parent. */
function siblingCounter(): (parentId: number | null) => number {
  const siblings = new Map<number | null, number>();
  return (parentId) => {
    const position = siblings.get(parentId) ?? 0;
    siblings.set(parentId, position + 1);
    return position;
  };
}

/** The report's head and 落款 as the version holds them, with every section. */
export interface VersionContent extends ReportHead {
  /** In document order (parent before children). */
  sections: VersionSection[];
}

/** What made a version, and what the list says it is when it has no name of its own. */
export const { values: VERSION_KINDS, label: VERSION_KIND_LABEL } = choices({
  manual: '手动保存',
  fixall: '全部修正前',
  replaceall: '全部替换前',
  import: '导入',
  restore: '恢复前',
  base: '新建时',
  derive: '以此为基础新建前',
  export: '导出',
  package: '导入报告包前',
});
export type VersionKind = (typeof VERSION_KINDS)[number];

export interface VersionInfo {
  id: number;
  reportId: number;
  kind: VersionKind;
  /** The user's name (「送审稿」) or what made it (「导出：报告.docx」); may be empty. */
  label: string;
  createdAt: string;
  /** 字数 of the whole text (opening, sections, closing). */
  chars: number;
  /** 字数 change from the version before it; null for the first. */
  charDelta: number | null;
}

/** The report's content now. Positions are its order among siblings (0, 1, 2…): gaps left by a
 *  deletion say nothing about the text. */
export function versionContentOf(report: Pick<Report, keyof Omit<VersionContent, 'sections'> | 'sections'>): VersionContent {
  const positionOf = siblingCounter();
  return {
    ...reportHeadOf(report),
    sections: documentOrder(report.sections).map((s) => ({
      id: s.id,
      parentId: s.parentId,
      position: positionOf(s.parentId),
      level: s.level,
      templateKey: s.templateKey,
      title: s.title,
      body: s.body,
      status: s.status,
      notApplicable: s.notApplicable,
      checkedPoints: [...s.checkedPoints],
      required: s.required,
    })),
  };
}

/** The text and its structure, without workflow state (status, ticked points): two states with
 *  the same key read the same on paper. Positions are taken from document order. */
export function textKey(c: VersionContent): string {
  const order = documentOrder(c.sections);
  const positionOf = siblingCounter();
  return JSON.stringify([
    ...Object.values(reportHeadOf(c)),
    order.map((s) => [s.id, s.parentId, positionOf(s.parentId), s.level, s.title, s.body, s.notApplicable]),
  ]);
}
