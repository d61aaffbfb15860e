// The words a report is addressed and titled with. Templates write 「{单位}」「{年度}」… in their
// title pattern, opening, closing and headings; every place that fills them — a new report, an
// import's preview and its confirmation — uses this one table.

/** Placeholders a title pattern, opening, closing or section title may use. */
export const PLACEHOLDERS = ['{单位}', '{单位简称}', '{年度}', '{下一年度}', '{上级机关}'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Used when the unit has no superior body on record, so the opening still reads as a sentence. */
const SUPERIOR_FALLBACK = '上级党委、政府';

export interface PlaceholderUnit {
  fullName: string;
  shortName?: string | undefined;
  /** 上级机关 / 主送机关, e.g. 「中共××县委、××县人民政府」. */
  superior?: string | undefined;
}

/** What each placeholder stands for, for this unit and year. */
export function placeholderValues(unit: PlaceholderUnit, year: number): Record<Placeholder, string> {
  const fullName = unit.fullName.trim();
  return {
    '{单位}': fullName,
    '{单位简称}': unit.shortName?.trim() || fullName,
    '{年度}': String(year),
    '{下一年度}': String(year + 1),
    '{上级机关}': unit.superior?.trim() || SUPERIOR_FALLBACK,
  };
}

/** Replaces the known placeholders; anything else in braces is left as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{[^}]*\}/g, (p) => values[p] ?? p);
}

/** The standard title of the annual report, when neither a template nor the user gave one. */
const DEFAULT_TITLE_PATTERN = '{单位}关于{年度}年度法治政府建设情况的报告';

/** 「盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告」. */
export function defaultTitle(unitName: string, year: number): string {
  return fillPlaceholders(DEFAULT_TITLE_PATTERN, placeholderValues({ fullName: unitName }, year));
}

/** What the report is about, without the unit: the file's subject and its default name. */
export function reportSubject(year: number): string {
  return `${year}年度法治政府建设情况报告`;
}
