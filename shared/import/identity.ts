// Who wrote the report and about which year, from everything the text offers: the title, the 署名,
// the page's metadata rows (发布机构, 来源, 成文/发布日期) and the opening sentence. Candidates
// must look like unit names and are cross-checked; when none is certain the unit is left empty
// for the user to fill in the preview — a wrong unit picks the wrong template and makes a
// nonsense title and 署名, so it is never guessed.
import type { UnitKind } from '../types';
import { partOfHeading } from '../structure/parts';
import { toSimplified } from '../text/script';
import type { HeaderFacts } from './header';
import { withoutPinyin } from './unitKind';
import { isUnitName, kindFromSelfReference, unitAtStart, unitKindOf } from './unitName';

export interface IdentitySources {
  title: string;
  /** The title's lines as found: a unit's name may stand on a line of its own. */
  titleLines: readonly string[];
  signatureName: string;
  signatureDate: string;
  opening: string;
  facts: HeaderFacts;
  /** All of the report's text, for how it speaks of itself (「我镇」 / 「我局」). */
  text: string;
  /** Level-1 headings: a capture that starts at part one still has its year there. */
  headings: readonly string[];
}

export interface Identity {
  unitName: string;
  unitKind: UnitKind | null;
  year: number | null;
}

/** The unit a title names: its own line above 「关于…」, or the words before 「关于」 or the year. */
function unitOfTitle(title: string, lines: readonly string[]): string | null {
  const own = lines.slice(0, -1).filter((l) => isUnitName(l));
  // A joint title (党委 and 政府) names both: the 政府 reports.
  if (own.length > 0) return own.find((l) => /政府$/.test(toSimplified(l))) ?? own[own.length - 1]!;
  const head = /^(.{2,40}?)\s*关于/.exec(title)?.[1] ?? /^(.{2,40}?)\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年/.exec(title)?.[1];
  if (!head) return null;
  const name = withoutPinyin(head).trim();
  return isUnitName(name) ? name : null;
}

function unitOfSignature(signatureName: string): string | null {
  const names = signatureName.split('\n').filter((n) => isUnitName(n));
  return names.find((n) => /政府$/.test(toSimplified(n))) ?? names[0] ?? null;
}

/** Clauses that come before the subject of an opening sentence. */
const LEAD_RE = [
  /^为[^，,。]{0,60}[，,]\s*/, // 「为进一步加强法治政府建设，」
  /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年度?(以来|来)?\s*[，,]?\s*/, // 「2025年，」「2025年以来，」
  /^(根据|按照|依据)[^，,。]{0,80}[，,]\s*/,
  /^在[^，,。]{0,60}?下\s*[，,]?\s*/, // 「在县委、县政府的正确领导下，」
  /^现将\s*/,
];

/** The subject of the opening sentence and the unit 「现将XX2024年…报告如下」 names. */
function unitsOfOpening(opening: string): string[] {
  const out: string[] = [];
  let s = (opening.split(/[。\n]/)[0] ?? '').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of LEAD_RE) {
      const next = s.replace(re, '');
      if (next !== s) {
        s = next;
        changed = true;
      }
    }
  }
  const subject = unitAtStart(s);
  if (subject) out.push(subject);
  const report = /现将\s*([^，,。]{2,40}?)\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年/.exec(opening);
  const named = report ? unitAtStart(report[1]!) : null;
  if (named) out.push(named);
  return out;
}

/** 「古镛镇」 and 「将乐县古镛镇人民政府」 name the same unit: one holds the other's proper name. */
function sameUnit(a: string, b: string): boolean {
  const core = (s: string) => toSimplified(s).replace(/(人民政府|政府|办事处)$/, '');
  const x = core(a);
  const y = core(b);
  return x.includes(y) || y.includes(x);
}

/** The fuller of two names of one unit. */
function fuller(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

function findUnit(src: IdentitySources): string {
  const byTitle = unitOfTitle(src.title, src.titleLines);
  if (byTitle) return byTitle;
  const bySignature = unitOfSignature(src.signatureName);
  if (bySignature) return bySignature;
  const byOpening = unitsOfOpening(src.opening);
  const byMeta = src.facts.publishers;
  const selfKind = kindFromSelfReference(src.text);
  if (byOpening.length > 0) {
    // The report's own words; a metadata row for the same unit may give its full name.
    let name = byOpening[0]!;
    if (byOpening.some((o) => !sameUnit(o, name))) return '';
    for (const m of byMeta) if (sameUnit(m, name)) name = fuller(name, m);
    return name;
  }
  // Only the page says who published it: believed when the text speaks as that kind of unit.
  const agreeing = byMeta.filter((m) => selfKind === null || unitKindOf(m) === selfKind);
  return agreeing.length === 1 ? agreeing[0]! : '';
}

const valid = (y: number) => y >= 2000 && y <= 2100;

/** The year reported on: from the title, the opening, the 成文日期, else the page's dates. */
function findYear(src: IdentitySources): number | null {
  const inTitle = /(\d{4})\s*年/.exec(src.title);
  if (inTitle && valid(Number(inTitle[1]))) return Number(inTitle[1]);
  const inOpening = /(\d{4})\s*年/.exec(src.opening.slice(0, 40)) ?? /现将[^。]{0,40}?(\d{4})\s*年/.exec(src.opening);
  if (inOpening && valid(Number(inOpening[1]))) return Number(inOpening[1]);
  // 「一、2025年主要工作及成效」: part one's heading names the year reported on.
  const partOne = src.headings.find((h) => partOfHeading(h) === 'achievements');
  const inPartOne = partOne ? /(\d{4})\s*年/.exec(partOne) : null;
  if (inPartOne && valid(Number(inPartOne[1]))) return Number(inPartOne[1]);
  const signed = /^(\d{4})年(\d{1,2})月/.exec(src.signatureDate);
  if (signed) {
    // Reports are signed from December of the year reported on to March of the next.
    const y = Number(signed[1]);
    return Number(signed[2]) >= 9 ? y : y - 1;
  }
  // A page dated January to April carries last year's report; December, this year's.
  const dates = [...src.facts.dates].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'written' ? -1 : 1));
  for (const d of dates) {
    if (d.m >= 1 && d.m <= 4 && valid(d.y - 1)) return d.y - 1;
    if (d.m === 12 && valid(d.y)) return d.y;
  }
  return null;
}

export function readIdentity(src: IdentitySources): Identity {
  const unitName = findUnit(src);
  const unitKind = (unitName ? unitKindOf(unitName) : null) ?? kindFromSelfReference(src.text);
  return { unitName, unitKind, year: findYear(src) };
}
