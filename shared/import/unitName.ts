// What a reporting unit's name looks like, and which kind of unit it names. A candidate for the
// unit — from a title, a 署名, a metadata row or the opening sentence — must look like a name:
// it ends as the bodies that write these reports do (乡、镇、街道、人民政府、局、委、办、中心…) and holds
// no clause (在…、以…、深入…) or generic words. Everything is judged in simplified script.
import type { UnitKind } from '../types';
import { toSimplified } from '../text/script';
import { kindOfSimplifiedName, withoutPinyin } from './unitKind';

/** Endings of the bodies that write these reports, longest first. */
const SUFFIXES = [
  '街道办事处', '人民政府', '委员会', '办公室', '管委会', '党工委', '办事处', '街道', '政府', '党委', '中心', '苏木',
  '乡', '镇', '街', '局', '委', '办', '院', '所', '队', '站', '厅', '署',
];
/** What may follow such an ending within one name: 「鸡鸣乡」+「人民政府」, 「卫生健康委」+「员会」. */
const CONTINUATIONS = ['人民政府', '政府', '办事处', '党委', '党工委', '委员会', '员会', '办公室', '道办事处', '道'];

/** Words a name never holds: the clauses and generic words an opening sentence puts around it. */
const NOT_IN_NAME_RE =
  /在|以|现将|依法|坚持|深入|贯彻|落实|全面|围绕|按照|根据|始终|认真|紧紧|积极|扎实|着力|进一步|法治|法制|建设|工作|领导|精神|思想|指导|部署|要求|报告|情况|年度|\d|[，,。；;：:！？、“”《》]/;

/** Generic names that say nothing about which unit: 「街道」, 「镇政府」, 「县局」. */
const GENERIC_RE = /^(县|市|区|乡|镇|街道|本|我|该|全)?(人民政府|政府|党委|办事处|街道|乡|镇|局|委|办|中心|所|站)$/;

export function isUnitName(name: string): boolean {
  const s = toSimplified(withoutPinyin(name.trim()));
  if (s.length < 3 || s.length > 40 || NOT_IN_NAME_RE.test(s) || GENERIC_RE.test(s)) return false;
  if (/^(我|本|该|全|各)/.test(s)) return false;
  return SUFFIXES.some((suffix) => s.endsWith(suffix));
}

/**
 * The unit named at the start of a phrase: the shortest start that ends as a unit does, with the
 * rest of its name (「城口县鸡鸣乡」+「人民政府」); null when the phrase does not start with a name.
 * 「中都街道领导班子」 → 「中都街道」, 「中村乡法治政府建设工作」 → 「中村乡」.
 */
export function unitAtStart(phrase: string): string | null {
  const original = withoutPinyin(phrase.trim());
  const s = toSimplified(original);
  for (let end = 2; end <= Math.min(s.length, 40); end++) {
    const head = s.slice(0, end);
    if (!SUFFIXES.some((x) => head.endsWith(x))) continue;
    let full = end;
    for (let more = true; more; ) {
      more = false;
      for (const c of CONTINUATIONS) {
        if (s.startsWith(c, full)) {
          full += c.length;
          more = true;
          break;
        }
      }
    }
    const candidate = original.slice(0, full);
    if (isUnitName(candidate)) return candidate;
    if (NOT_IN_NAME_RE.test(toSimplified(candidate))) return null;
  }
  return null;
}

/** Township or county department, from how the unit's name ends; null when it cannot tell. */
export function unitKindOf(name: string): UnitKind | null {
  return kindOfSimplifiedName(toSimplified(withoutPinyin(name.trim())));
}

const TOWNSHIP_SELF_RE = /我(乡|镇)|本(乡|镇)|全(乡|镇)|(乡|镇)党委|党工委|街道(?!办事处)/g;
const DEPARTMENT_SELF_RE = /我局|本局|全局|局党组|局党委|局机关|局领导|我委|本委|委党组|我办|本办/g;

/** The kind of unit a text speaks as (「我镇」「街道」 or 「我局」「局党组」), when one side clearly wins. */
export function kindFromSelfReference(text: string): UnitKind | null {
  const s = toSimplified(text);
  const township = s.match(TOWNSHIP_SELF_RE)?.length ?? 0;
  const department = s.match(DEPARTMENT_SELF_RE)?.length ?? 0;
  if (township === 0 && department === 0) return null;
  if (township > 0 && department === 0) return 'township';
  if (department > 0 && township === 0) return 'department';
  if (township >= 3 * department) return 'township';
  if (department >= 3 * township) return 'department';
  return null;
}
