// The shape of a report template file (resources/templates/*.json). Templates are data, written
// by hand; the schema is strict so that a misspelt field is reported instead of silently ignored.
import { z } from 'zod';
import { PLACEHOLDERS } from '../gongwen/placeholders';
import { UNIT_KINDS } from '../types';


/**
 * Lists of level-2 headings for part one. outline2021 / outline2015: the areas of the two
 * 法治政府建设实施纲要; department: areas fitted to a county department; custom: the unit's own
 * headings, guided by the single generic area of that set.
 */
export const AREA_SET_IDS = ['outline2021', 'outline2015', 'department', 'custom'] as const;
export type AreaSetId = (typeof AREA_SET_IDS)[number];

const KEY_RE = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$/;
const POINT_ID_RE = /^[a-z][a-z0-9-]*$/;

const nonEmpty = z.string().trim().min(1, '不能为空');

/** Text that may contain placeholders; anything in braces must be a known placeholder. */
const withPlaceholders = nonEmpty.refine(
  (s) => (s.match(/\{[^}]*\}/g) ?? []).every((p) => (PLACEHOLDERS as readonly string[]).includes(p)),
  { message: `含有未知的占位符，只能使用 ${PLACEHOLDERS.join(' ')}` },
);

export const keyPointSchema = z.strictObject({
  id: z.string().regex(POINT_ID_RE, '只能用小写字母、数字和连字符，且以字母开头'),
  text: nonEmpty,
});

export const sampleSourceSchema = z.strictObject({
  /** The reporting unit, e.g. 「盘龙彝族乡」. */
  unit: nonEmpty,
  year: z.number().int().min(2000).max(2100),
  /** Seed file number, e.g. '000' for /work/shared/seeds/000_*.txt. */
  seed: z.string().regex(/^\d{3}$/, '应为三位数字，如 000'),
});

/**
 * A correction made to the scraped seed text: `seed` is what the seed says, `text` what the
 * sample says instead. Recorded so that every deviation from the source is visible and testable.
 */
export const sampleFixSchema = z.strictObject({
  seed: z.string(),
  text: z.string(),
});

export const sampleSchema = z.strictObject({
  text: nonEmpty,
  source: sampleSourceSchema,
  fixes: z.array(sampleFixSchema).optional(),
});

export const figureSchema = z.strictObject({
  label: nonEmpty,
  /** Counting unit, e.g. 「人」「件」「%」. */
  unit: nonEmpty,
});

export const charRangeSchema = z
  .strictObject({
    min: z.number().int().min(0),
    max: z.number().int().min(1),
  })
  .refine((r) => r.min <= r.max, { message: 'min 不能大于 max' });

export const sectionSchema = z.strictObject({
  /** Stable key, dotted by ancestry: 'achievements', 'achievements.functions'. */
  key: z.string().regex(KEY_RE, '只能用小写字母、数字、连字符和点，如 achievements.functions'),
  /** The heading without its number (一、（一） are rendered by the outline). */
  title: withPlaceholders,
  /**
   * For the areas of part one: the 纲要's own wording and the phrases real reports quote for the
   * area (simplified script, no punctuation). A heading that contains one names the area.
   */
  phrases: z.array(nonEmpty).optional(),
  level: z.number().int().min(1).max(4),
  required: z.boolean(),
  /** Required, but the unit may state that there is nothing to report. */
  mayBeNone: z.boolean().optional(),
  /** Where the section's content is prescribed, e.g. the matching part of the 纲要. */
  basis: nonEmpty.optional(),
  guidance: nonEmpty,
  keyPoints: z.array(keyPointSchema),
  samples: z.array(sampleSchema),
  figures: z.array(figureSchema),
  /** Typical length in characters (whitespace not counted), drawn from the seeds. */
  typicalChars: charRangeSchema,
  get children() {
    return z.array(sectionSchema);
  },
});

export const areaSetSchema = z.strictObject({
  id: z.enum(AREA_SET_IDS),
  name: nonEmpty,
  description: nonEmpty,
  default: z.boolean().optional(),
  areas: z.array(sectionSchema),
});

const templateObject = z.strictObject({
  id: z.string().regex(POINT_ID_RE, '只能用小写字母、数字和连字符，且以字母开头'),
  version: z.number().int().min(1),
  name: nonEmpty,
  description: nonEmpty,
  unitKinds: z.array(z.enum(UNIT_KINDS)).min(1),
  titlePattern: withPlaceholders,
  addresseeHint: nonEmpty,
  opening: withPlaceholders,
  closing: withPlaceholders,
  sections: z.array(sectionSchema).min(1),
  /** Key of the top-level section whose children are the chosen area set. */
  areaParent: z.string().regex(KEY_RE),
  areaSets: z.array(areaSetSchema).min(1),
  });

export const templateSchema = templateObject
  .superRefine(checkTemplateStructure)
  // The areas of part one are guidance (design.md): a report keeps its own headings and is never
  // told that an area it did not write about is missing, whatever an older template file says.
  .transform((t) => ({ ...t, areaSets: t.areaSets.map((set) => ({ ...set, areas: set.areas.map(notRequired) })) }));

function notRequired(area: z.output<typeof sectionSchema>): z.output<typeof sectionSchema> {
  return { ...area, required: false, children: area.children.map(notRequired) };
}

export type Sample = z.infer<typeof sampleSchema>;
export type TemplateSection = z.infer<typeof sectionSchema>;
export type AreaSet = z.infer<typeof areaSetSchema>;
export type Template = z.infer<typeof templateSchema>;

type Path = (string | number)[];
type RefineCtx = z.RefinementCtx<z.output<typeof templateObject>>;

/** Cross-field rules zod cannot express per field: unique keys, levels, the area sets. */
function checkTemplateStructure(t: z.output<typeof templateObject>, ctx: RefineCtx): void {
  const seen = new Map<string, string>();
  const fail = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

  const walk = (list: TemplateSection[], path: Path, level: number, parentKey: string | null) => {
    list.forEach((s, i) => {
      const here = [...path, i];
      const where = pathText(here);
      const earlier = seen.get(s.key);
      if (earlier) fail([...here, 'key'], `键「${s.key}」与 ${earlier} 重复`);
      seen.set(s.key, where);
      if (s.level !== level) fail([...here, 'level'], `层级应为 ${level}`);
      if (parentKey && !s.key.startsWith(`${parentKey}.`)) {
        fail([...here, 'key'], `键应以上级的键「${parentKey}.」开头`);
      }
      const pointIds = new Set<string>();
      s.keyPoints.forEach((p, j) => {
        if (pointIds.has(p.id)) fail([...here, 'keyPoints', j, 'id'], `要点编号「${p.id}」重复`);
        pointIds.add(p.id);
      });
      walk(s.children, [...here, 'children'], level + 1, s.key);
    });
  };
  walk(t.sections, ['sections'], 1, null);

  const parentIndex = t.sections.findIndex((s) => s.key === t.areaParent);
  const parent = t.sections[parentIndex];
  if (!parent) {
    fail(['areaParent'], `没有键为「${t.areaParent}」的一级部分`);
  } else if (parent.children.length > 0) {
    fail(['sections', parentIndex, 'children'], '该部分的下级标题来自 areaSets，这里应为空数组');
  }

  const setIds = new Set<string>();
  t.areaSets.forEach((set, i) => {
    if (setIds.has(set.id)) fail(['areaSets', i, 'id'], `标题方案「${set.id}」重复`);
    setIds.add(set.id);
    if (set.id === 'custom' && set.areas.length !== 1) {
      fail(['areaSets', i, 'areas'], '自定标题方案应恰好包含一个通用的下级部分');
    }
    if (set.id !== 'custom' && set.areas.length === 0) fail(['areaSets', i, 'areas'], '至少应有一项');
    if (parent) walk(set.areas, ['areaSets', i, 'areas'], parent.level + 1, parent.key);
  });
  const defaults = t.areaSets.filter((s) => s.default === true);
  if (defaults.length !== 1) fail(['areaSets'], '应恰好有一个标题方案标为 default');
  if (defaults[0]?.id === 'custom') fail(['areaSets'], '自定标题方案不能作为默认方案');
}

/** ['sections', 2, 'title'] → 'sections[2].title' */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
