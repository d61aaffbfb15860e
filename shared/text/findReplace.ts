// Find and replace over a whole report, as WPS users expect when moving a report to a new year or
// a new unit: every text the report exports — title, 主送机关, opening, each section's title and
// body, closing, 署名 and 成文日期 — in reading order, matched literally.
import type { Report } from '../types';
import type { TextEdit } from './edits';

/** A report's own texts (outside the sections) and a section's two. */
export type ReportTextField = 'reportTitle' | 'addressee' | 'opening' | 'closing' | 'signatureName' | 'signatureDate';
export type TextField = ReportTextField | 'title' | 'body';

/** Where a text lives: a section's title or body, or a field of the report (sectionId null). */
export interface TextPlace {
  sectionId: number | null;
  field: TextField;
}

export interface FindMatch extends TextPlace {
  from: number;
  to: number;
}

/** The report's column for each of its own text fields. */
export const REPORT_TEXT_KEY = {
  reportTitle: 'title',
  addressee: 'addressee',
  opening: 'opening',
  closing: 'closing',
  signatureName: 'signatureName',
  signatureDate: 'signatureDate',
} as const satisfies Record<ReportTextField, keyof Report>;

export const HEAD_FIELDS: readonly ReportTextField[] = ['reportTitle', 'addressee', 'opening'];
export const TAIL_FIELDS: readonly ReportTextField[] = ['closing', 'signatureName', 'signatureDate'];

/** Where a text is shown, for the find bar: 「标题」「章节标题」「正文」… */
export const TEXT_FIELD_LABEL: Record<TextField, string> = {
  reportTitle: '报告标题',
  addressee: '主送机关',
  opening: '开头段落',
  title: '章节标题',
  body: '正文',
  closing: '结尾段落',
  signatureName: '署名',
  signatureDate: '成文日期',
};

export type ReportTexts = Array<TextPlace & { text: string }>;
/** The report's column behind one of its own text fields. */
export type ReportTextKey = (typeof REPORT_TEXT_KEY)[ReportTextField];

/** Every text of the report in reading order (sections in the order the report holds them). */
export function reportTexts(report: Pick<Report, ReportTextKey | 'sections'>): ReportTexts {
  const own = (fields: readonly ReportTextField[]) => fields.map((field) => ({ sectionId: null, field, text: report[REPORT_TEXT_KEY[field]] }));
  return [
    ...own(HEAD_FIELDS),
    ...report.sections.flatMap((s) => [
      { sectionId: s.id, field: 'title' as const, text: s.title },
      { sectionId: s.id, field: 'body' as const, text: s.body },
    ]),
    ...own(TAIL_FIELDS),
  ];
}

/** Non-overlapping occurrences of `query`, left to right, in every text given. */
export function findAll(texts: ReportTexts, query: string): FindMatch[] {
  if (query === '') return [];
  const out: FindMatch[] = [];
  for (const t of texts) {
    for (let at = t.text.indexOf(query); at >= 0; at = t.text.indexOf(query, at + query.length)) {
      out.push({ sectionId: t.sectionId, field: t.field, from: at, to: at + query.length });
    }
  }
  return out;
}

/** The report field a place is, or null for a section's text. */
export function reportField(place: TextPlace | null): ReportTextField | null {
  return place && place.sectionId === null && place.field !== 'title' && place.field !== 'body' ? place.field : null;
}

export const samePlace = (a: TextPlace, b: TextPlace): boolean => a.sectionId === b.sectionId && a.field === b.field;

/** The edits that replace every match in one text. */
export function replaceEdits(matches: readonly FindMatch[], place: TextPlace, replacement: string): TextEdit[] {
  return matches.filter((m) => samePlace(m, place)).map((m) => ({ start: m.from, end: m.to, replacement }));
}

/**
 * The index of the first match at or after `pos` in `place`, in reading order (wrapping to the
 * first): where find continues after a replacement, so a replacement that contains the query is
 * never found again.
 */
export function matchAfter(matches: readonly FindMatch[], texts: ReportTexts, place: TextPlace, pos: number): number {
  if (matches.length === 0) return -1;
  const order = new Map(texts.map((t, i) => [`${t.sectionId}:${t.field}`, i]));
  const key = (p: TextPlace) => order.get(`${p.sectionId}:${p.field}`) ?? -1;
  const here = key(place);
  const i = matches.findIndex((m) => key(m) > here || (key(m) === here && m.from >= pos));
  return i < 0 ? 0 : i;
}
