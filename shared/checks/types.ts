// The data the pre-submission checks (审校) read and the findings they return. Pure data: the
// renderer runs the checks as the user types, the CLI and export run them in the main process.

import type { TextEdit } from '../text/edits';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Fixes safe enough for 「全部修正此类」: they change only the marks named, nothing else. */
export const FIX_KINDS = ['punctuation-width', 'quote-pairing', 'nested-marks', 'plus-sign'] as const;
export type FixKind = (typeof FIX_KINDS)[number];
export const FIX_KIND_LABEL: Record<FixKind, string> = {
  'punctuation-width': '半角标点改为全角',
  'quote-pairing': '直引号改为成对的中文引号',
  'nested-marks': '书名号内层改用〈〉',
  'plus-sign': '“互联网十”改为“互联网+”',
};

export interface CheckSection {
  id: number;
  templateKey: string | null;
  title: string;
  level: number;
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
  signatureName: string;
  signatureDate: string;
  /** In document order, each parent before its children (nesting follows `level`). */
  sections: CheckSection[];
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

export interface CheckOptions {
  terms: readonly TermRule[];
  /** Finding ids the writer chose to ignore; they are left out of the result. */
  ignored?: readonly string[];
}

/** What a rule family receives: the report plus per-section facts computed once. */
export interface SectionInfo {
  section: CheckSection;
  /** Where findings in this text point: a section body, or the report's opening. */
  place: { sectionId: number | null; field: 'body' | 'opening' };
  /** Part of the 下一年度 plan (itself or an ancestor): the next year is fine there. */
  inPlan: boolean;
  /** Start offset of each paragraph (line) in the body. */
  lineStarts: number[];
  lines: string[];
}

export interface CheckContext {
  report: CheckReport;
  /** The report's sections, in document order. */
  sections: SectionInfo[];
  /** Every running text the text rules read: the opening (if any), then the sections. */
  texts: SectionInfo[];
  options: CheckOptions;
}

/** A finding before its id and excerpt are filled in. */
export type RawFinding = Omit<Finding, 'id' | 'excerpt' | 'paragraph'> & { excerpt?: string };
