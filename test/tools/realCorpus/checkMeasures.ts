// 审校 on an imported corpus report against the labelled defects: which labelled defects a finding
// points at (recall), and which 错误/警告 findings point at a labelled defect (precision). Spans are
// located in the imported report's texts (opening, titles, section bodies) with whitespace and
// half-width marks folded, so the import's punctuation repair does not hide them.
import type { Finding } from '../../../shared/checks/types';
import type { Report } from '../../../shared/types';
import { PARTS, fold, headingTitleOf, type RealDefect, type RealEntry } from '../../helpers/realCorpus';

interface Place {
  field: string;
  sectionId: number | null;
  start: number;
  end: number;
}

export interface DefectResult {
  file: string;
  defect: RealDefect;
  /** Where the span is in the imported report; null when the import dropped or split it. */
  place: Place | null;
  foundBy: string[];
}

export interface FindingResult {
  file: string;
  rule: string;
  severity: string;
  text: string;
  /**
   * 'true' = points at a labelled defect (or, for web-debris, at a line the truth lists as page
   * debris); 'negative' = at a span labelled correct; 'debris' = another rule's finding inside page
   * debris the import left (the import's failure, issue 10: not scored); 'false' = none of these.
   */
  verdict: 'true' | 'negative' | 'debris' | 'false';
  /** On a section the import added empty (the file never had it). */
  onAddedSection: boolean;
}

export interface CheckResult {
  defects: DefectResult[];
  findings: FindingResult[];
}

/** Findings about the end or the length of a report: the corpus files are excerpts (about 700
 *  characters from the top of each page), so these say nothing about the report. */
const EXCERPT_RULES = new Set(['signature-missing', 'date-missing', 'date-format', 'date-window', 'part-missing', 'section-short']);

/** Folded text with a map from each folded character back to its offset in the original. */
function folded(text: string): { s: string; at: number[] } {
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = fold(text[i]!);
    if (c === '') continue;
    chars.push(c);
    at.push(i);
  }
  return { s: chars.join(''), at };
}

function texts(report: Report): Array<{ field: string; sectionId: number | null; text: string }> {
  return [
    { field: 'reportTitle', sectionId: null, text: report.title },
    { field: 'opening', sectionId: null, text: report.opening },
    ...report.sections.flatMap((s) => [
      { field: 'title', sectionId: s.id, text: s.title },
      { field: 'body', sectionId: s.id, text: s.body },
    ]),
  ];
}

function locate(report: Report, span: string): Place | null {
  const want = fold(span);
  for (const t of texts(report)) {
    const f = folded(t.text);
    const i = f.s.indexOf(want);
    if (i >= 0) return { field: t.field, sectionId: t.sectionId, start: f.at[i]!, end: f.at[i + want.length - 1]! + 1 };
  }
  return null;
}

/** A finding that lists its marks (half-width marks, pinyin readings in a paragraph) points at those
 *  marks, not at everything between the first and the last. */
const overlaps = (p: Place, f: Finding) =>
  p.field === f.field && p.sectionId === f.sectionId && f.end > f.start &&
  (f.marks ?? [{ start: f.start, end: f.end }]).some((m) => m.start < p.end && p.start < m.end);

function pointed(report: Report, f: Finding): string {
  const section = report.sections.find((s) => s.id === f.sectionId);
  const text = f.field === 'body' ? section?.body : f.field === 'title' ? section?.title : f.field === 'opening' ? report.opening : f.field === 'reportTitle' ? report.title : '';
  return f.end > f.start ? (text ?? '').slice(f.start, f.end) : f.message;
}

/** What 审校 is judged by: the labels of a corpus file, a seed or a held-out report. */
export interface CheckLabels {
  file: string;
  defects: readonly RealDefect[];
  negatives: RealEntry['negatives'];
  debris: readonly string[];
  /** The heading the excerpt is cut under; null when the text is whole. */
  lastHeading: string | null;
}

export function measureChecks(r: CheckLabels, report: Report, findings: readonly Finding[]): CheckResult {
  const addedSections = report.sections.filter((s) => s.status === 'empty' && s.body === '');
  const added = new Set(addedSections.map((s) => s.id));
  // A part of the 规定 the excerpt lacks is added empty on purpose; saying so is right, not a finding to score.
  const addedParts = new Set(addedSections.filter((s) => (PARTS as readonly string[]).includes(s.templateKey ?? '')).map((s) => s.id));
  const defects = r.defects.map((defect) => {
    const place = locate(report, defect.span);
    // A finding about the end or the length of the excerpt finds nothing in its text.
    const foundBy = place ? findings.filter((f) => !EXCERPT_RULES.has(f.rule) && overlaps(place, f)).map((f) => f.rule) : [];
    return { file: r.file, defect, place, foundBy };
  });
  const negatives = r.negatives.map((n) => locate(report, n.span)).filter((p): p is Place => p !== null);
  const debris = r.debris.map((line) => locate(report, line)).filter((p): p is Place => p !== null);
  const results: FindingResult[] = [];
  // The excerpt is cut somewhere under its last heading: that section being empty says nothing either.
  const cutTitle = r.lastHeading ? fold(headingTitleOf(r.lastHeading)) : null;
  const cutAt = report.sections.find((s) => cutTitle !== null && fold(s.title) === cutTitle.replace(/[，。]$/, ''))?.id;
  for (const f of findings) {
    if (f.severity === 'info' || EXCERPT_RULES.has(f.rule)) continue;
    if (f.rule === 'section-empty' && f.sectionId === cutAt) continue;
    if (f.sectionId !== null && addedParts.has(f.sectionId)) continue;
    const onAddedSection = f.sectionId !== null && added.has(f.sectionId);
    const onDebris = debris.some((p) => overlaps(p, f));
    const hit = defects.some((d) => d.place !== null && overlaps(d.place, f)) || (f.rule === 'web-debris' && onDebris);
    const neg = !hit && negatives.some((p) => overlaps(p, f));
    const verdict = hit ? 'true' : neg ? 'negative' : onDebris ? 'debris' : 'false';
    results.push({ file: r.file, rule: f.rule, severity: f.severity, text: pointed(report, f), verdict, onAddedSection });
  }
  return { defects, findings: results };
}
