// The five parts of the annual report, the one structure the app insists on
// (《法治政府建设与责任落实督察工作规定》, 厅字〔2019〕28号, art. 25). Everything that needs to know
// them — the templates' required sections, import, completeness, the 审校 structure checks —
// recognises them here, from the wording real reports use for their level-1 headings.
import { toSimplified } from '../text/script';
import type { Severity } from '../checks/types';

/** The parts in order; their keys are the PartKey type. */
const PARTS = [
  { key: 'achievements', name: '推进法治政府建设的主要举措和成效', missing: 'error' },
  { key: 'duty', name: '党政主要负责人履行推进法治建设第一责任人职责情况', missing: 'warning' },
  { key: 'problems', name: '存在的不足和原因', missing: 'error' },
  { key: 'plans', name: '下一年度推进法治政府建设的主要安排', missing: 'error' },
  { key: 'other', name: '其他需要报告的情况', missing: 'info' },
] as const satisfies ReadonlyArray<{ key: string; name: string; missing: Severity }>;

export type PartKey = (typeof PARTS)[number]['key'];
export interface RequiredPart {
  key: PartKey;
  /** The part as the regulation names it. */
  name: string;
  /** How serious its absence is for 审校: the 规定 asks for all five, 其他 may be 「无」. */
  missing: Severity;
}
export const REQUIRED_PARTS: readonly RequiredPart[] = PARTS;
export const PART_KEYS: readonly PartKey[] = PARTS.map((p) => p.key);

/**
 * How level-1 headings name each part: 「2021年法治政府建设情况」, 「工作总体情况」, 「主要做法和成效」,
 * 「六项措施推进…」 are part one. A 「第一责任人职责情况」 heading is not part one however it ends;
 * otherwise the part named last in the heading is the one it is about.
 */
const PART_WORDING: ReadonlyArray<readonly [PartKey, RegExp]> = [
  ['duty', /第一责任人|主要负责人履行|党政主要负责人|主要领导履行/],
  ['other', /^其[他它]|其[他它](需要)?(报告|说明)|其[他它](情况|事项)/],
  ['problems', /问题|不足|短板|差距|薄弱环节/],
  ['plans', /下一年度|下一步|下年度|明年|计划|打算|思路|安排|展望|努力方向|工作重点/],
  [
    'achievements',
    /举措|措施|成效|成绩|做法|开展情况|工作情况|总体情况|推进情况|主要工作|法治(政府)?建设(工作)?(的)?(基本)?情况|工作成果/,
  ],
];

/** Template section keys of the parts (resources/templates); other templates may prefix them. */
const KEY_RE: Readonly<Record<PartKey, RegExp>> = {
  achievements: /^achieve[a-z-]*$/,
  duty: /^(duty|leader)[a-z-]*$/,
  problems: /^problem[a-z-]*$/,
  plans: /^plan[a-z-]*$/,
  other: /^other[a-z-]*$/,
};

/** Which part a level-1 heading (numbering removed or not) names; null for a heading of its own. */
export function partOfHeading(title: string): PartKey | null {
  const text = toSimplified(title);
  let best: { key: PartKey; end: number } | null = null;
  for (const [key, re] of PART_WORDING) {
    // The last match in the heading: 「…落实市委工作安排，推动法治政府建设的举措和成效」 ends on its
    // part; a 第一责任人 heading is that part wherever it says so.
    const global = new RegExp(re.source, 'g');
    for (const m of text.matchAll(global)) {
      const end = m.index + m[0].length;
      if (key === 'duty') return key;
      if (!best || end > best.end) best = { key, end };
    }
  }
  return best?.key ?? null;
}

/** Which part a template section key stands for ('achievements.functions' is not a part). */
export function partOfKey(templateKey: string): PartKey | null {
  for (const key of PART_KEYS) if (KEY_RE[key].test(templateKey)) return key;
  return null;
}
