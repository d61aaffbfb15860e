// Two states of one report side by side, section by section: which sections were added, removed,
// moved (another place among the others, or another parent) or changed (heading or text). A
// section keeps its id across versions, so a rewritten heading is still the same section. The
// character-level marks inside a changed text are the renderer's (the 去年对照 diff).
import { numberOutline } from '../gongwen/sectionOrder';
import type { VersionContent, VersionSection } from './content';

export const HEAD_FIELDS = [
  ['title', '标题'],
  ['addressee', '主送机关'],
  ['opening', '开头段落'],
  ['closing', '结尾段落'],
  ['signatureName', '署名'],
  ['signatureDate', '成文日期'],
] as const;

export type HeadField = (typeof HEAD_FIELDS)[number][0];

export interface HeadChange {
  field: HeadField;
  label: string;
  before: string;
  after: string;
}

export interface SectionChange {
  id: number;
  before: VersionSection | null;
  after: VersionSection | null;
  /** The heading number (「（二）」) in each state; '' where the section is absent. */
  prefixBefore: string;
  prefixAfter: string;
  added: boolean;
  removed: boolean;
  moved: boolean;
  retitled: boolean;
  textChanged: boolean;
}

export interface VersionDiff {
  head: HeadChange[];
  /** Every section of either state: the later state's order, removed ones where they were. */
  sections: SectionChange[];
  counts: { added: number; removed: number; moved: number; changed: number };
}

export const isChanged = (c: SectionChange): boolean => c.added || c.removed || c.moved || c.retitled || c.textChanged;

/** The ids of a longest common subsequence of two id lists: the ones that kept their order. */
function stayedInOrder(a: readonly number[], b: readonly number[]): Set<number> {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      kept.add(b[j]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

export function compareVersions(before: VersionContent, after: VersionContent): VersionDiff {
  const head = HEAD_FIELDS.filter(([field]) => before[field] !== after[field]).map(([field, label]) => ({
    field,
    label,
    before: before[field],
    after: after[field],
  }));
  const numberedBefore = numberOutline(before.sections);
  const numberedAfter = numberOutline(after.sections);
  const prefixBefore = new Map(numberedBefore.map((e) => [e.node.id, e.prefix]));
  const prefixAfter = new Map(numberedAfter.map((e) => [e.node.id, e.prefix]));
  const oldById = new Map(before.sections.map((s) => [s.id, s]));
  const newById = new Map(after.sections.map((s) => [s.id, s]));
  const orderBefore = numberedBefore.map((e) => e.node.id);
  const orderAfter = numberedAfter.map((e) => e.node.id);
  // Order is compared among siblings only: a part moved down moves alone, not its children, and
  // not everything it passed.
  const stays = (id: number) => oldById.get(id)?.parentId === newById.get(id)?.parentId && oldById.has(id) && newById.has(id);
  const siblingsOf = (order: readonly number[], byId: Map<number, VersionSection>) => {
    const groups = new Map<number | null, number[]>();
    for (const id of order.filter(stays)) {
      const parent = byId.get(id)!.parentId;
      groups.set(parent, [...(groups.get(parent) ?? []), id]);
    }
    return groups;
  };
  const groupsBefore = siblingsOf(orderBefore, oldById);
  const inOrder = new Set<number>();
  for (const [parent, ids] of siblingsOf(orderAfter, newById)) {
    for (const id of stayedInOrder(groupsBefore.get(parent) ?? [], ids)) inOrder.add(id);
  }

  const change = (id: number): SectionChange => {
    const b = oldById.get(id) ?? null;
    const a = newById.get(id) ?? null;
    const both = b !== null && a !== null;
    return {
      id,
      before: b,
      after: a,
      prefixBefore: prefixBefore.get(id) ?? '',
      prefixAfter: prefixAfter.get(id) ?? '',
      added: b === null,
      removed: a === null,
      moved: both && (!inOrder.has(id) || b.parentId !== a.parentId || b.level !== a.level),
      retitled: both && b.title !== a.title,
      textChanged: both && (b.body !== a.body || b.notApplicable !== a.notApplicable),
    };
  };

  // Removed sections go right after the section that preceded them before (or first).
  const removedAfter = new Map<number | null, number[]>();
  let anchor: number | null = null;
  for (const id of orderBefore) {
    if (newById.has(id)) anchor = id;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), id]);
  }
  const sections: SectionChange[] = (removedAfter.get(null) ?? []).map(change);
  for (const id of orderAfter) {
    sections.push(change(id));
    for (const gone of removedAfter.get(id) ?? []) sections.push(change(gone));
  }
  const counts = { added: 0, removed: 0, moved: 0, changed: 0 };
  for (const c of sections) {
    if (c.added) counts.added++;
    if (c.removed) counts.removed++;
    if (c.moved) counts.moved++;
    if (c.retitled || c.textChanged) counts.changed++;
  }
  return { head, sections, counts };
}
