// The data the pre-submission checks (审校) read and the findings they return. Pure data: the
// renderer runs the checks as the user types, the CLI and export run them in the main process.

import { choices } from '../choices';
import type { PartKey } from '../structure/parts';
import type { TextEdit } from '../text/edits';

export const { values: SEVERITIES, label: SEVERITY_LABEL } = choices({ error: '错误', warning: '警告', info: '提示' });
export type Severity = (typeof SEVERITIES)[number];

/** Fixes safe enough for 「全部修正此类」: they change only the marks named, nothing else. */
export const { values: FIX_KINDS, label: FIX_KIND_LABEL } = choices({
  'punctuation-width': '半角标点改为全角',
  'quote-pairing': '直引号改为成对的中文引号',
  'nested-marks': '书名号内层改用〈〉',
  'plus-sign': '“互联网十”改为“互联网+”',
  space: '删去中文之间多余的空格',
  dunhao: '删去书名号、引号之间的顿号',
  'year-dash': '年份之间改用一字线“—”',
  'doc-title': '文件名称改为规范名称',
  typo: '按词表改正易混用词',
  'doubled-char': '删去重复的字',
  debris: '删去网页残留文字',
  pinyin: '删去夹在文字中的拼音',
});
export type FixKind = (typeof FIX_KINDS)[number];

export interface CheckSection {
  id: number;
  templateKey: string | null;
  title: string;
  level: number;
  /** The parent section; when not given, nesting follows `level` in document order. */
  parentId?: number | null;
  /** Plain text, one paragraph per line. */
  body: string;
  /** Set (to the reason) when the writer declared the section 「无此项」. */
  notApplicable?: string | null;
  required?: boolean;
  /** Below this many characters (body plus sub-sections) a required section is 「过短」. */
  minChars?: number;
}

export interface CheckReport {
  year: number;
  title: string;
  /** The opening paragraph(s) before the first part (「2023年，XX在…现将…报告如下：」). */
  opening?: string;
  /** The 主送机关 (「××县人民政府」), without its colon. */
  addressee?: string;
  signatureName: string;
  signatureDate: string;
  /** In document order, each parent before its children (nesting follows `level`). */
  sections: CheckSection[];
  /** Built on last year's report: its years and cited file names may be last year's. */
  reused?: boolean;
}

/** Which text a finding's offsets point into. */
export type FindingField = 'body' | 'opening' | 'title' | 'reportTitle' | 'signatureName' | 'signatureDate' | 'report';

export interface Fix {
  /** Set for the safe kinds that 「全部修正此类」 may apply in bulk; a fix without a kind is
   * offered one finding at a time (e.g. a 落款 date rewritten as 「YYYY年M月D日」). */
  kind?: FixKind;
  /** Edits in the same field as the finding; they never overlap another finding's edits. */
  edits: TextEdit[];
}

export interface Finding {
  /** Stable across re-runs while the text it points at is unchanged: key for 「忽略」. */
  id: string;
  rule: string;
  severity: Severity;
  message: string;
  /** null for report-level findings (署名, 日期, 标题, a missing part). */
  sectionId: number | null;
  /** For part-missing: which part of the 规定 it speaks of. */
  part?: PartKey;
  field: FindingField;
  /** Paragraph (line) index within the section body (or the opening); null for other fields. */
  paragraph: number | null;
  /** Offsets in the field's text (for 'body': the whole section body); start === end when the
   * finding is about something absent. */
  start: number;
  end: number;
  /** The text around the place, for the list in the 审校 panel. */
  excerpt: string;
  /** The individual marks when one finding covers several (half-width marks in a paragraph). */
  marks?: Array<{ start: number; end: number }>;
  fix?: Fix;
}

export interface TermRule {
  term: string;
  /** Other spellings of the same thing. */
  aliases?: string[];
  /** 'stale': flag when used outside its years. 'expected': flag when a report in its years talks
   * about `context` without naming it. */
  kind?: 'stale' | 'expected';
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. Only the year decides; the rest is shown to the user. */
  validFrom?: string;
  validTo?: string;
  suggestion: string;
  /** Longer phrases containing the term that are fine in any year (「巩固拓展脱贫攻坚成果」). */
  unless?: string[];
  /** For kind 'expected': the word whose presence makes the term expected (「普法」). */
  context?: string;
  source: string;
  note?: string;
}

/** A document reports cite (resources/rules/titles.json): its exact title, without 《》. */
export interface DocTitle {
  title: string;
  /** Other exact forms that are right too (「宪法」 for 「中华人民共和国宪法」). */
  aliases?: string[];
  /** A mis-citation found in a real report. */
  example: string;
  source: string;
}

/** A word typed for another (resources/rules/lexicon.json). */
export interface Confusable {
  wrong: string;
  right: string;
  /** Only when one of these follows (「确实」 before 「履行」「加强」…); always when absent. */
  followedBy?: string[];
  /** Only when one of these comes right before. */
  precededBy?: string[];
  /** Not when one of these follows the `followedBy` word (「确实加强了」 states a fact). */
  unlessThen?: string[];
  severity?: 'error' | 'warning';
  example: string;
  source: string;
}

/** A character that is never written twice in a row, except in the words listed. */
export interface DoubledChar {
  char: string;
  /** Words in which the pair is right (「不了了之」). */
  unless?: string[];
  /** Characters that may follow the pair because the second one starts a word (县县委: 县 + 县委). */
  startsWordBefore?: string;
  /** Characters that may precede the pair because the first one ends a word (现在在: 现在 + 在). */
  endsWordAfter?: string;
  example: string;
  source: string;
}

/** Text a document-sharing site stamps into the pages it serves. */
export interface Watermark {
  text: string;
  example: string;
  source: string;
}

export interface Lexicon {
  confusables: Confusable[];
  doubled: DoubledChar[];
  watermarks: Watermark[];
}

/** The rule data loaded from resources/rules: each file may be missing (then its rules are off). */
export interface RuleData {
  terms: readonly TermRule[];
  titles: readonly DocTitle[];
  lexicon: Lexicon;
}

export const NO_LEXICON: Lexicon = { confusables: [], doubled: [], watermarks: [] };
/** No rule data at all: the checks that need none still run. */
export const NO_RULES: RuleData = { terms: [], titles: [], lexicon: NO_LEXICON };

export interface CheckOptions extends RuleData {
  /** Finding ids the writer chose to ignore; they are left out of the result. */
  ignored?: readonly string[];
}

/** What the rules of one text read besides it: the report's year and kind, and the rule data. */
export interface CheckEnv {
  year: number;
  /** Built on last year's report (CheckReport.reused). */
  reused: boolean;
  terms: readonly TermRule[];
  titles: readonly DocTitle[];
  lexicon: Lexicon;
}

/**
 * One text the rules read — a section's body or title, the opening, the report title — with facts
 * computed once. A rule of one text reads only this and the CheckEnv, so its findings are kept with
 * the TextInfo (see perText) and a text that did not change is not read again.
 */
export interface TextInfo {
  text: string;
  /** Where findings in this text point. */
  place: { sectionId: number | null; field: 'body' | 'opening' | 'title' | 'reportTitle' };
  /** Part of the 下一年度 plan (itself or an ancestor): the next year is fine there. */
  inPlan: boolean;
  /** Start offset of each paragraph (line) in the text. */
  lineStarts: number[];
  lines: string[];
}

export interface CheckContext {
  report: CheckReport;
  env: CheckEnv;
  /** Each section's body, in document order. */
  sections: TextInfo[];
  /** Each section's title, in the order of `sections`. */
  sectionTitles: TextInfo[];
  /** Every running text the text rules read: the opening (if any), then the section bodies. */
  texts: TextInfo[];
  /** The report title, then every section title, for the rules about characters and words. */
  titles: TextInfo[];
}

/** A finding before its id and excerpt are filled in. */
export type RawFinding = Omit<Finding, 'id' | 'excerpt' | 'paragraph'> & { excerpt?: string };
