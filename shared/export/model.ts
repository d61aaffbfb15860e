// What an exported report consists of, paragraph by paragraph, before any .docx is written: the
// numbering, the heading kinds, run-in headings, 「无此项」 sections, the parts left out because
// nothing is written in them, and the text as it is to be printed. Pure, so the preview and the
// export dialog see exactly what the file gets.
//
// Everything printed passes through normalizePunctuation and printable here; the stored draft is
// never touched.
import { type ExportSettings } from './settings';
import { DEFAULT_EXPORT_SETTINGS } from './exportDefaults';
import { normalizePunctuation } from '../text/punctuation';
import { trimEndOf } from '../text/trimEnd';
import { stripXmlIllegal } from '../text/xmlSafe';
import type { Report, Section } from '../types';
import { formatSignatureDate } from '../gongwen/dates';
import { headingNumber, parseBodyHeading, stripHeadingNumber } from '../gongwen/headingNumbers';
import { defaultTitle } from '../gongwen/placeholders';
import { numberOutline } from '../gongwen/sectionOrder';
import { textWidth } from './measure';
import { breakTitleLines } from './titleLines';

/** Font slots of 3号 text; the title has its own block. */
export type ExportFont = 'body' | 'kai' | 'hei';

export interface ExportRun {
  text: string;
  font: ExportFont;
  bold: boolean;
}

export type ParagraphRole = 'body' | 'heading1' | 'heading2' | 'heading3' | 'heading4';

export interface ExportParagraph {
  role: ParagraphRole;
  runs: ExportRun[];
  /** Word outline level (0 = 一级标题) so the navigation pane lists it; null for running text. */
  outlineLevel: number | null;
  /** The section a heading belongs to, for the preview. */
  sectionId: number | null;
  /** The section whose text this is (its heading or a line of its body); null for the opening and closing. */
  section: number | null;
}

export interface ExportModel {
  /** Document title as printed (one string), also the file's title property. */
  title: string;
  titleLines: string[];
  /** 主送机关 ending in 「：」, or null when the report has none (public version). */
  addressee: string | null;
  paragraphs: ExportParagraph[];
  /** 署名 and 成文日期; either may be empty. Null when both are. */
  signature: { name: string; date: string } | null;
  /** Parts with nothing written (their sub-parts neither): left out, or bare headings with keepEmpty. */
  emptyParts: EmptyPart[];
}

export interface EmptyPart {
  sectionId: number;
  /** Numbered as it would be in the file if kept: 「四、其他需要报告的情况」. */
  title: string;
  required: boolean;
}

export interface ExportOptions {
  /** 「仍然导出空白标题」: keep the headings of empty parts, each with an empty line under it. */
  keepEmpty?: boolean;
}

export interface OutlineEntry {
  level: number;
  text: string;
  sectionId: number | null;
}

/** Longest level-3/4 heading, in 字, still listed in the navigation pane (longer is a paragraph). */
const MAX_NAV_HEADING = 40;
const SENTENCE_END = /[。！？!?]$/;

/**
 * Text with the characters a .docx cannot hold removed (stripXmlIllegal: the XML 1.0 rules), and
 * those Word shows as boxes: C1 controls and the line/paragraph separators; a tab becomes a space.
 */
export function printable(text: string): string {
  return stripXmlIllegal(text.replace(/\t/g, ' ')).replace(/[\u007f-\u009f\u2028\u2029]/g, '');
}

function printed(text: string): string {
  return normalizePunctuation(printable(text).trim());
}

/** One paragraph per non-blank line; indentation typed by hand is dropped (the style indents). */
export function bodyLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function run(text: string, font: ExportFont, bold = false): ExportRun {
  return { text, font, bold };
}

function mergeRuns(runs: ExportRun[]): ExportRun[] {
  const merged: ExportRun[] = [];
  for (const r of runs) {
    if (r.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last.font === r.font && last.bold === r.bold) last.text += r.text;
    else merged.push({ ...r });
  }
  return merged;
}

function paragraph(role: ParagraphRole, runs: ExportRun[], outlineLevel: number | null, sectionId: number | null = null): ExportParagraph {
  return { role, runs: mergeRuns(runs), outlineLevel, sectionId, section: sectionId };
}

/** A plain body line, or a 「1.」/「（1）」 heading line with its number rewritten to the standard form. */
function bodyParagraph(line: string, settings: ExportSettings): ExportParagraph {
  const heading = parseBodyHeading(line);
  if (!heading) return paragraph('body', [run(printed(line), 'body')], null);
  const number = headingNumber(heading.level, heading.index);
  const rest = printed(heading.rest);
  // The heading is the first sentence: 「1.加强组织领导。正文……」 runs its text on.
  const end = rest.search(/[。！？：]/);
  const head = end >= 0 ? rest.slice(0, end + 1) : rest;
  const tail = end >= 0 ? rest.slice(end + 1) : '';
  const bold = heading.level === 3 && settings.boldLevel3;
  const standalone = tail === '' && textWidth(number + head) <= MAX_NAV_HEADING;
  return paragraph(
    heading.level === 3 ? 'heading3' : 'heading4',
    [run(number + head, 'body', bold), run(tail, 'body')],
    standalone ? heading.level - 1 : null,
  );
}

/** Standalone headings carry no end punctuation; a run-in heading ends its sentence with 「。」. */
function headingText(title: string, runIn: boolean): string {
  const bare = trimEndOf(printed(stripHeadingNumber(title)), '。，、；：.,;:');
  if (!runIn) return bare;
  return SENTENCE_END.test(bare) ? bare : `${bare}。`;
}

/**
 * The lines a section prints under its heading. A section declared 「无此项」 with nothing written
 * prints the reason as the user wrote it, or 「无。」 when no reason was given, so the reader sees
 * the part was considered rather than forgotten.
 */
function sectionLines(section: Section): string[] {
  const lines = bodyLines(section.body);
  if (lines.length > 0 || section.notApplicable === null) return lines;
  const reason = trimEndOf(section.notApplicable.trim(), '，、；：,;:');
  if (reason === '') return ['无。'];
  return [SENTENCE_END.test(reason) ? reason : `${reason}。`];
}

function sectionParagraphs(section: Section, depth: number, number: string, report: Report, settings: ExportSettings): ExportParagraph[] {
  const lines = sectionLines(section);
  const first = lines[0];
  const runIn = depth === 2 && report.headingStyle === 'runin' && first !== undefined && parseBodyHeading(first) === null;
  const out: ExportParagraph[] = [];
  if (depth === 1) {
    out.push(paragraph('heading1', [run(number + headingText(section.title, false), 'hei')], 0, section.id));
  } else if (depth === 2) {
    const runs = [run(number + headingText(section.title, runIn), 'kai')];
    if (runIn && first !== undefined) runs.push(run(printed(first), 'body'));
    out.push(paragraph('heading2', runs, 1, section.id));
  } else {
    const role = depth === 3 ? 'heading3' : 'heading4';
    const bold = depth === 3 && settings.boldLevel3;
    out.push(paragraph(role, [run(number + headingText(section.title, false), 'body', bold)], depth - 1, section.id));
  }
  for (const line of runIn ? lines.slice(1) : lines) out.push({ ...bodyParagraph(line, settings), section: section.id });
  return out;
}

const hasOwnText = (s: Section) => s.notApplicable !== null || bodyLines(s.body).length > 0;

/**
 * The sections with text in them or under them, and the empty parts: the highest sections of
 * which nothing in the subtree is written (a part whose sub-parts are all empty is one empty part).
 */
export function splitEmpty(sections: Section[]): { written: Set<number>; empty: EmptyPart[] } {
  const outline = numberOutline(sections);
  const written = new Set<number>();
  for (let i = outline.length - 1; i >= 0; i--) {
    const entry = outline[i] as (typeof outline)[number];
    let has = hasOwnText(entry.node);
    for (let j = i + 1; !has && j < outline.length && (outline[j]?.depth ?? 0) > entry.depth; j++) has = written.has(outline[j]?.node.id ?? -1);
    if (has) written.add(entry.node.id);
  }
  const empty: EmptyPart[] = [];
  let skipDeeperThan = Infinity;
  for (const { node, depth, prefix } of outline) {
    if (depth > skipDeeperThan) continue;
    skipDeeperThan = Infinity;
    if (written.has(node.id)) continue;
    empty.push({ sectionId: node.id, title: `${prefix}${headingText(node.title, false)}`, required: node.required });
    skipDeeperThan = depth;
  }
  return { written, empty };
}

export function buildExportModel(report: Report, settings: ExportSettings = DEFAULT_EXPORT_SETTINGS, options: ExportOptions = {}): ExportModel {
  // A report cannot go out without a title: fall back to the standard wording.
  const title = printed(report.title.replace(/\s*\r?\n\s*/g, '\n')) || printed(defaultTitle(report.unit.fullName.trim() || report.unit.shortName, report.year));
  const addresseeText = trimEndOf(printed(report.addressee), '：:，,。.；;、', true);
  const paragraphs: ExportParagraph[] = [];
  for (const line of bodyLines(report.opening)) paragraphs.push(paragraph('body', [run(printed(line), 'body')], null));
  const { written, empty } = splitEmpty(report.sections);
  const exported = options.keepEmpty ? report.sections : report.sections.filter((s) => written.has(s.id));
  for (const { node, depth, prefix } of numberOutline(exported)) {
    for (const p of sectionParagraphs(node, depth + 1, prefix, report, settings)) paragraphs.push(p);
    // A kept empty heading stands over an empty line, so no two bare headings chain together.
    if (!written.has(node.id)) paragraphs.push({ role: 'body', runs: [], outlineLevel: null, sectionId: null, section: node.id });
  }
  for (const line of bodyLines(report.closing)) paragraphs.push(paragraph('body', [run(printed(line), 'body')], null));
  const name = printed(report.signatureName);
  const date = formatSignatureDate(printable(report.signatureDate));
  return {
    title: title.replace(/\n/g, ''),
    titleLines: breakTitleLines(title),
    addressee: addresseeText === '' ? null : `${addresseeText}：`,
    paragraphs,
    signature: name === '' && date === '' ? null : { name, date },
    emptyParts: empty,
  };
}

/** Headings as the export preview lists them. */
export function exportOutline(model: ExportModel): OutlineEntry[] {
  return model.paragraphs
    .filter((p) => p.outlineLevel !== null && p.sectionId !== null)
    .map((p) => {
      // A run-in 「（一）标题。正文……」 lists only its heading part.
      const runs = p.role === 'heading2' ? p.runs.filter((r) => r.font === 'kai') : p.runs;
      const text = runs.map((r) => r.text).join('');
      return { level: (p.outlineLevel ?? 0) + 1, text: text.replace(/。$/, ''), sectionId: p.sectionId };
    });
}
