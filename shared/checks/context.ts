// Per-report facts every rule family needs (each text with its paragraph offsets, which sections
// are the plan part), per-text results kept while a text is unchanged, and turning raw findings
// into final ones with a stable id, paragraph and excerpt.

import { isWidgetLine } from '../import/webDebris';
import type {
  CheckContext,
  CheckEnv,
  CheckReport,
  CheckSection,
  Finding,
  FindingField,
  RawFinding,
  TextInfo,
} from './types';

const PLAN_TITLE = /下一年度|下一步|明年|计划|打算|安排|思路|展望/;

/** The 下一年度 part: by template key, or by the words real reports use in its title. */
export function isPlanSection(section: CheckSection): boolean {
  return (section.templateKey ?? '').startsWith('plan') || PLAN_TITLE.test(section.title);
}

const placeKey = (place: TextInfo['place']) => `${place.sectionId ?? 'r'}:${place.field}`;

/**
 * The context of one run. With `previous` (the context of the run before, on the same report),
 * every text whose words, place and plan membership are unchanged keeps its TextInfo, and with it
 * every per-text result (perText) computed for it.
 */
export function buildContext(report: CheckReport, env: CheckEnv, previous?: CheckContext): CheckContext {
  const kept = new Map<string, TextInfo>();
  if (previous) for (const info of [...previous.texts, ...previous.titles]) kept.set(placeKey(info.place), info);
  const text = (body: string, inPlan: boolean, place: TextInfo['place']): TextInfo => {
    const old = kept.get(placeKey(place));
    return old && old.text === body && old.inPlan === inPlan ? old : textInfo(body, inPlan, place);
  };
  const sections: TextInfo[] = [];
  const sectionTitles: TextInfo[] = [];
  // Ancestors by level: a section is in the plan part when it or any ancestor is.
  const planAt: boolean[] = [];
  for (const section of report.sections) {
    const level = Math.max(1, section.level);
    planAt.length = level - 1;
    const inherited = planAt.some(Boolean);
    const inPlan = inherited || isPlanSection(section);
    planAt[level - 1] = inPlan;
    sections.push(text(section.body, inPlan, { sectionId: section.id, field: 'body' }));
    sectionTitles.push(text(section.title, inPlan, { sectionId: section.id, field: 'title' }));
  }
  const texts = report.opening ? [text(report.opening, false, { sectionId: null, field: 'opening' }), ...sections] : [...sections];
  const titles = [text(report.title, false, { sectionId: null, field: 'reportTitle' }), ...sectionTitles];
  return { report, env, sections, sectionTitles, texts, titles };
}

function textInfo(text: string, inPlan: boolean, place: TextInfo['place']): TextInfo {
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  return { text, place, inPlan, lines, lineStarts };
}

/**
 * A rule of one text, its result kept with the TextInfo for as long as the run's CheckEnv is the
 * same: the incremental checker hands an unchanged text the same TextInfo (and the same env while
 * the year and rules are unchanged), so an edit in one section re-reads that section alone.
 */
export function perText<T>(read: (info: TextInfo, env: CheckEnv) => T): (info: TextInfo, env: CheckEnv) => T {
  const kept = new WeakMap<TextInfo, { env: CheckEnv; value: T }>();
  return (info, env) => {
    const hit = kept.get(info);
    if (hit && hit.env === env) return hit.value;
    const value = read(info, env);
    kept.set(info, { env, value });
    return value;
  };
}

const debrisLines = new WeakMap<TextInfo, Uint8Array>();

/**
 * For each line of a text, whether it is a web page's furniture (the import's own test, judged
 * without blanks so that removing stray spaces never changes the answer). Computed once per text.
 */
export function webDebrisLines(info: TextInfo): Uint8Array {
  let flags = debrisLines.get(info);
  if (!flags) {
    flags = new Uint8Array(info.lines.length);
    info.lines.forEach((line, i) => {
      const t = line.trim();
      if (t !== '' && t.length <= 200 && isWidgetLine(t)) flags![i] = 1;
    });
    debrisLines.set(info, flags);
  }
  return flags;
}

/** Index of the line containing `offset` (binary search over line starts). */
export function lineIndexAt(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function fieldText(report: CheckReport, section: CheckSection | undefined, field: FindingField): string {
  switch (field) {
    case 'body':
      return section?.body ?? '';
    case 'opening':
      return report.opening ?? '';
    case 'title':
      return section?.title ?? '';
    case 'reportTitle':
      return report.title;
    case 'signatureName':
      return report.signatureName;
    case 'signatureDate':
      return report.signatureDate;
    case 'report':
      return '';
  }
}

/** FNV-1a, 32 bit, base 36: short and stable; collisions only cost a shared 「忽略」. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const EXCERPT_CONTEXT = 12;

function excerptOf(text: string, start: number, end: number, lineStart: number, lineEnd: number): string {
  const from = Math.max(lineStart, start - EXCERPT_CONTEXT);
  const to = Math.min(lineEnd, Math.max(end, start + 1) + EXCERPT_CONTEXT);
  const shown = end - start > 60 ? `${text.slice(start, start + 30)}……${text.slice(end - 20, end)}` : text.slice(start, end);
  return `${from > lineStart ? '…' : ''}${text.slice(from, start)}${shown}${text.slice(end, to)}${to < lineEnd ? '…' : ''}`;
}

/**
 * Fill in id, paragraph and excerpt. The id is rule + place + the text it points at + which
 * occurrence of that text it is, so it survives edits elsewhere in the report.
 */
/** A finding id names its section (「rule:section:field:…」, built in finalize). A report copied
 *  elsewhere (a package) has new section ids: this moves an id to them; unknown ones stay. */
export function renumberFindingId(id: string, newSectionId: (old: number) => number | undefined): string {
  const m = /^([^:]*):(\d+):(.*)$/s.exec(id);
  const next = m ? newSectionId(Number(m[2])) : undefined;
  return m && next !== undefined ? `${m[1]}:${next}:${m[3]}` : id;
}

/** What finalize works out for a raw finding from its text alone: kept with the (unchanged) raw. */
const placed = new WeakMap<RawFinding, { key: string; paragraph: number | null; excerpt: string }>();

export function finalize(ctx: CheckContext, raws: readonly RawFinding[]): Finding[] {
  const bodies = new Map<number, TextInfo>();
  for (const info of ctx.sections) bodies.set(info.place.sectionId!, info);
  const titles = new Map<number, string>();
  for (const info of ctx.sectionTitles) titles.set(info.place.sectionId!, info.text);
  const opening = ctx.texts.find((t) => t.place.field === 'opening');
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  for (const raw of raws) {
    let where = placed.get(raw);
    if (!where) {
      const info = raw.field === 'opening' ? opening : raw.field === 'body' && raw.sectionId !== null ? bodies.get(raw.sectionId) : undefined;
      const text = info?.text ?? (raw.field === 'title' && raw.sectionId !== null ? (titles.get(raw.sectionId) ?? '') : fieldText(ctx.report, undefined, raw.field));
      let paragraph: number | null = null;
      let lineStart = 0;
      let lineEnd = text.length;
      if (info) {
        paragraph = lineIndexAt(info.lineStarts, raw.start);
        lineStart = info.lineStarts[paragraph]!;
        lineEnd = lineStart + info.lines[paragraph]!.length;
      }
      const matched = raw.end > raw.start ? text.slice(raw.start, raw.end) : raw.message;
      where = {
        key: `${raw.rule}:${raw.sectionId ?? 'r'}:${raw.field}:${hash(matched)}`,
        paragraph,
        excerpt: raw.excerpt ?? (text ? excerptOf(text, raw.start, raw.end, lineStart, lineEnd) : ''),
      };
      placed.set(raw, where);
    }
    const occurrence = seen.get(where.key) ?? 0;
    seen.set(where.key, occurrence + 1);
    out.push({ ...raw, id: `${where.key}:${occurrence}`, paragraph: where.paragraph, excerpt: where.excerpt });
  }
  return out;
}

/** Every maximal run of `re` matches in the lines of a section, with body offsets. */
export function* matchesInLines(
  info: TextInfo,
  re: RegExp,
): Generator<{ match: RegExpExecArray; line: number; offset: number }> {
  for (let i = 0; i < info.lines.length; i++) {
    const line = info.lines[i]!;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) !== null) {
      yield { match: m, line: i, offset: info.lineStarts[i]! + m.index };
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}

/** For each character of `line`, whether it is inside 《》 (or 〈〉 / <> within them). */
export function insideTitleMarks(line: string): Uint8Array {
  const mask = new Uint8Array(line.length);
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '《') depth++;
    if (depth > 0) mask[i] = 1;
    if (ch === '》' && depth > 0) depth--;
  }
  return mask;
}
