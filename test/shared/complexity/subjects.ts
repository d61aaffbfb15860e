// The subjects of the complexity test: every function that walks user text, each given the
// text the way the app gives it — a string, or a report with the text in one section's body or
// spread over many sections. Add a subject here to put a new function under the test.
import { checkStoredReport, fixAllOfKind, toCheckReport, type FixKind } from '../../../shared/checks';
import { layoutDocument } from '../../../shared/export/layout/layout';
import { buildExportModel } from '../../../shared/export/model';
import { DEFAULT_EXPORT_SETTINGS } from '../../../shared/export/exportDefaults';
import { countChars } from '../../../shared/gongwen/zishu';
import { parseReportText } from '../../../shared/import/parseText';
import { pairWithLastYear } from '../../../shared/lastYear/compare';
import { lastYearPlans } from '../../../shared/lastYear/plans';
import { findReviewMarks } from '../../../shared/lastYear/reviewMarks';
import { shiftYears } from '../../../shared/lastYear/shiftYear';
import { findHalfWidthPunctuation, normalizePunctuation } from '../../../shared/text/punctuation';
import { stripXmlIllegal } from '../../../shared/text/xmlSafe';
import type { Report, Section } from '../../../shared/types';
import { compareVersions } from '../../../shared/versions/compare';
import { versionContentOf } from '../../../shared/versions/content';
import { compareBodies } from '../../../renderer/workspace/lastYear/compareText';
import { seedMappedReport, seedTemplate } from '../../helpers/seedReports';
import { shippedRules } from '../checks/build';
import { expect, it } from 'vitest';
import { MAX_RATIO, slowPairs, type Subject } from './growth';
import { SHAPES } from './shapes';

const SEED = 2;
const base = seedMappedReport(SEED);
const template = seedTemplate(SEED);
export const rules = { ...shippedRules(), template };
const FIX_KINDS: FixKind[] = ['punctuation-width', 'quote-pairing', 'nested-marks', 'plus-sign'];

/** The seed report with `text` as the body of its second section. */
export function inBody(text: string): Report {
  const r = structuredClone(base);
  r.sections[1]!.body = text;
  return r;
}

/** The seed report with `text` spread over sections of 100 characters, three levels deep. */
function inManySections(text: string): Report {
  const r = structuredClone(base);
  const sections: Section[] = [];
  const parents: number[] = [];
  for (let at = 0, k = 0; at < text.length; at += 100, k++) {
    const level = (k % 3) + 1;
    const id = 1000 + k;
    parents[level] = id;
    const model = base.sections[k % base.sections.length]!;
    sections.push({ ...model, id, level, parentId: level === 1 ? null : (parents[level - 1] ?? null), position: k, title: `标题${k}`, body: text.slice(at, at + 100) });
  }
  r.sections = sections;
  return r;
}

const text = (run: (t: string) => unknown): Subject<unknown> => ({ prepare: (t) => t, run: (t) => run(t as string) });

const TEXT_SUBJECTS: Record<string, Subject<unknown>> = {
  parseReportText: text(parseReportText),
  normalizePunctuation: text(normalizePunctuation),
  findHalfWidthPunctuation: text(findHalfWidthPunctuation),
  stripXmlIllegal: text((t) => stripXmlIllegal(`${t}\uFFFE`)),
  countChars: text(countChars),
  shiftYears: text((t) => shiftYears(t, 2024, 2025)),
  findReviewMarks: text((t) => findReviewMarks(t, 2025)),
  compareBodies: { prepare: (t) => [t, `变${t}变`], run: ([a, b]: string[]) => compareBodies(a!, b!) } as Subject<unknown>,
};

const REPORT_SUBJECTS: Record<string, (r: Report) => unknown> = {
  checkStoredReport: (r) => checkStoredReport(r, rules),
  buildExportModel: (r) => buildExportModel(r),
  lastYearPlans: (r) => lastYearPlans(r),
  pairWithLastYear: (r) => pairWithLastYear(r.sections, r.sections),
};

/** Subjects that need more than the report: prepared once per size, outside the timed part. */
const PREPARED_SUBJECTS: Record<string, (place: (t: string) => Report) => Subject<unknown>> = {
  layoutDocument: (place) => ({ prepare: (t) => buildExportModel(place(t)), run: (model) => layoutDocument(model as never, DEFAULT_EXPORT_SETTINGS) }),
  fixAllOfKind: (place) => ({
    prepare: (t) => {
      const report = place(t);
      return { check: toCheckReport(report), findings: checkStoredReport(report, rules).open };
    },
    run: (input) => {
      const { check, findings } = input as { check: ReturnType<typeof toCheckReport>; findings: never };
      for (const kind of FIX_KINDS) fixAllOfKind(check, findings, kind);
    },
  }),
  compareVersions: (place) => ({
    prepare: (t) => [versionContentOf(place(t)), versionContentOf(place(`${t}变`))],
    run: (pair) => {
      const [a, b] = pair as ReturnType<typeof versionContentOf>[];
      return compareVersions(a!, b!);
    },
  }),
};

export const PLACES: Record<string, (t: string) => Report> = { 'in one body': inBody, 'over many sections': inManySections };

/**
 * Spread over sections of 100 characters, a shape's runs are short: what can grow there is the
 * work per section and across sections (findings, headings, years, repeated sentences), so the
 * shapes that make many of those — not every run of one mark again.
 */
const ACROSS_SECTIONS = new Set(['a run of commas', 'a run of straight quotes', 'alternating marks', 'nested brackets', 'one long line of Chinese', 'this year', 'other years',
  'rates that do not match', 'sums that do not add up', 'terms of another year', 'relative time words', 'many short lines', 'heading lines', 'numbered sub-headings',
  'enumeration out of order', 'a sentence said twice, many times', 'XML-illegal characters', 'defects of real reports', 'mixed marks']);

export interface Case {
  name: string;
  subject: Subject<unknown>;
  shapes: string[];
}

const ALL = Object.keys(SHAPES);
const reportCases = (where: string, place: (t: string) => Report): Case[] => {
  const shapes = where === 'over many sections' ? ALL.filter((s) => ACROSS_SECTIONS.has(s)) : ALL;
  return [
    ...Object.entries(REPORT_SUBJECTS).map(([name, run]) => ({ name: `${name} ${where}`, subject: { prepare: place, run: (r: unknown) => run(r as Report) } as Subject<unknown>, shapes })),
    ...Object.entries(PREPARED_SUBJECTS).map(([name, make]) => ({ name: `${name} ${where}`, subject: make(place), shapes })),
  ];
};

/** Functions of one text, and report functions with the text in one section's body. */
export const TEXT_CASES: Case[] = [...Object.entries(TEXT_SUBJECTS).map(([name, subject]) => ({ name, subject, shapes: ALL })), ...reportCases('in one body', inBody)];
/** Report functions with the text spread over many sections. */
export const SECTION_CASES: Case[] = reportCases('over many sections', inManySections);

/** One test per case: its cost grows linearly on each of its shapes, from n to 4n. */
export function itGrowsLinearly(cases: readonly Case[]): void {
  for (const { name, subject, shapes } of cases) {
    it(name, () => {
      const slow = slowPairs(subject, Object.fromEntries(shapes.map((s) => [s, SHAPES[s]!])));
      expect(slow, `grows faster than ×${MAX_RATIO} from n to 4n`).toEqual([]);
    }, 600_000);
  }
}
