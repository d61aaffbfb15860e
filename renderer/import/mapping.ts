// The user's decisions in the import preview, one per source section: a template section, the
// unit's own heading in place, or 「不导入」. Pure functions over the preview, so the table, the
// conflict check and what confirmImport receives all agree.
import type { ImportMappingChoice } from '../../shared/api';
import type { ImportPreview, ImportTarget } from '../../shared/import/preview';

/** Kept as the unit's own section where it stands (targetKey null). */
export const CUSTOM = '__custom';
/** Left out of the report (with its children). */
export const DROP = '__drop';

/** sourceIndex → a target key, CUSTOM or DROP. */
export type Choices = ReadonlyMap<number, string>;

export function initialChoices(preview: ImportPreview): Map<number, string> {
  return new Map(preview.entries.map((e) => [e.sourceIndex, e.targetKey ?? CUSTOM]));
}

/** Sections left out: the ones marked 「不导入」 and the children of those. */
export function droppedSet(preview: ImportPreview, choices: Choices): Set<number> {
  const dropped = new Set<number>();
  for (const e of preview.entries) {
    if (choices.get(e.sourceIndex) === DROP || (e.parentIndex !== null && dropped.has(e.parentIndex))) dropped.add(e.sourceIndex);
  }
  return dropped;
}

/** Template sections chosen by more than one kept source section: key → their source indexes. */
export function conflicts(preview: ImportPreview, choices: Choices): Map<string, number[]> {
  const dropped = droppedSet(preview, choices);
  const byKey = new Map<string, number[]>();
  for (const e of preview.entries) {
    const key = choices.get(e.sourceIndex);
    if (key === undefined || key === CUSTOM || key === DROP || dropped.has(e.sourceIndex)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), e.sourceIndex]);
  }
  return new Map([...byKey].filter(([, rows]) => rows.length > 1));
}

/** What confirmImport gets: every row, explicitly. */
export function toMapping(preview: ImportPreview, choices: Choices): ImportMappingChoice[] {
  return preview.entries.map((e) => {
    const choice = choices.get(e.sourceIndex) ?? e.targetKey ?? CUSTOM;
    if (choice === DROP) return { sourceIndex: e.sourceIndex, targetKey: e.targetKey, drop: true };
    return { sourceIndex: e.sourceIndex, targetKey: choice === CUSTOM ? null : choice, drop: false };
  });
}

export interface OptionGroup {
  label: string;
  options: Array<{ value: string; label: string }>;
}

const indent = (level: number) => '　'.repeat(Math.max(0, level - 1));

/**
 * The choices of a select: the template's parts and their sections, then part one's headings of
 * each area set; a proposed 「本单位小标题」 key (from the custom area set) stays selectable.
 */
export function targetGroups(targets: readonly ImportTarget[], areaSetNames: ReadonlyMap<string, string>, ownKey: string | null): OptionGroup[] {
  const groups: OptionGroup[] = [];
  const plain = targets.filter((t) => t.areaSet === null);
  groups.push({ label: '模板的各部分', options: plain.map((t) => ({ value: t.key, label: `${indent(t.level)}${t.title}` })) });
  const sets = [...new Set(targets.map((t) => t.areaSet).filter((s): s is NonNullable<typeof s> => s !== null))];
  for (const set of sets) {
    groups.push({
      label: `第一部分小标题：${areaSetNames.get(set) ?? set}`,
      options: targets.filter((t) => t.areaSet === set).map((t) => ({ value: t.key, label: t.title })),
    });
  }
  if (ownKey?.includes('#')) {
    groups.push({ label: '本单位的小标题', options: [{ value: ownKey, label: '本单位小标题（第一部分下）' }] });
  }
  return groups;
}
