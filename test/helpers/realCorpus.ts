// The real-report corpus (test/fixtures/import/real): published 法治政府建设 reports of 乡镇/街道 and
// county departments as they were found on the web, and the truth a careful reader wrote down for
// each (truth.json). Loaded and validated here; the vocabulary is documented in the folder's README.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { UNIT_KINDS } from '../../shared/types';
import { SEVERITIES } from '../../shared/checks/types';
import { repoRoot } from './seedReports';

export const realCorpusDir = path.join(repoRoot, 'test/fixtures/import/real');

/** The five parts of the 2019 规定, by the template keys of resources/templates. */
export const PARTS = ['achievements', 'duty', 'problems', 'plans', 'other'] as const;
/** The 2021—2025 纲要's eight areas and the 2015—2020 纲要's seven, by template key. */
export const AREAS_2021 = ['functions', 'rules', 'decisions', 'enforcement', 'emergencies', 'disputes', 'oversight', 'digital'].map(
  (a) => `achievements.${a}`,
);
export const AREAS_2015 = ['functions', 'rules', 'decisions', 'enforcement', 'oversight', 'disputes', 'capacity'].map(
  (a) => `achievements.o2015.${a}`,
);
/** The department template's own eight areas: allowed as alternatives only. */
export const AREAS_DEPT = ['leadership', 'study', 'legal-service', 'publicity', 'decisions', 'openness', 'stability', 'mainline'].map(
  (a) => `achievements.dept.${a}`,
);
/** A heading of part one that is the unit's own and matches no area. */
export const OWN = 'own';

const belongsSchema = z.string().refine((s) => [...PARTS, ...AREAS_2021, ...AREAS_2015, OWN].includes(s), '未知的归属');
const altSchema = z.string().refine((s) => [...PARTS, ...AREAS_2021, ...AREAS_2015, ...AREAS_DEPT, OWN].includes(s), '未知的归属');

export const DEFECT_KINDS = [
  'year-lost-nian', // 「2025坚持」: 年 lost after a bare year
  'year-other', // a year that should be the report year (a reused report)
  'date-lost-mark', // 「(20212025年)」, 「〔20212号」: a dash or bracket lost inside a date or number
  'doc-title', // a mis-cited document title: missing/extra characters, hyphen for 一字线, no 书名号
  'doubled-char', // 「县县」
  'confusable', // 确实→切实, 截止→截至, 法制化→法治化 …
  'stray-char', // a character that does not belong (「现提将」)
  'missing-char', // a character lost (「2021年来」, 「47公职人员」)
  'yu-small', // 「4余次」: 余 with a small exact count
  'space-in-text', // a space inside Chinese text
  'dunhao-between-marks', // 「《…》、《…》」
  'stale-term', // wording superseded in the report's year
  'party-prefix', // 「二十大精神」 without 党的
  'rate-mismatch',
  'rate-impossible',
  'sum-mismatch',
  'web-debris', // web-page debris inside a section
  'unpaired-mark',
  'nested-marks', // 《…<…>…》 instead of 〈〉
  'punctuation', // stray or missing punctuation
  'garbled', // mis-decoded characters
  'wording', // an edit left half done; advice only
] as const;

const headingSchema = z
  .object({
    text: z.string().min(2),
    level: z.union([z.literal(1), z.literal(2)]),
    belongs: belongsSchema,
    alt: z.array(altSchema).optional(),
    runIn: z.boolean(),
    numbering: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export const defectSchema = z
  .object({
    span: z.string().min(1),
    kind: z.enum(DEFECT_KINDS),
    severity: z.enum(SEVERITIES),
    fix: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export const negativeSchema = z.object({ span: z.string().min(1), looksLike: z.enum(DEFECT_KINDS), why: z.string().min(1) }).strict();

export const realEntrySchema = z
  .object({
    file: z.string().regex(/^\d{3}_[a-z0-9-]+\.txt$/),
    source: z.object({ url: z.url().nullable(), pageTitle: z.string().nullable() }).strict(),
    /** A pasted variant of another corpus file: which one and how the paste differs. */
    paste: z.object({ of: z.string(), how: z.string().min(1) }).strict().nullable(),
    province: z.string().nullable(),
    script: z.enum(['simplified', 'traditional']),
    /** The unit's full name; null when the text never names it. */
    unit: z.string().nullable(),
    /** Where the text names the unit, verbatim (may be a short or misspelt form of `unit`). */
    unitSpan: z.string().nullable(),
    /** Other names that count as right (short forms, the other script, the full county prefix). */
    unitAlso: z.array(z.string()),
    kind: z.enum(UNIT_KINDS),
    year: z.number().int().min(2019).max(2025),
    title: z.string().nullable(),
    addressee: z.string().nullable(),
    signatureName: z.string().nullable(),
    signatureDate: z.string().nullable(),
    openingDebris: z.boolean(),
    /** Web-page lines a correct import drops, verbatim. */
    debris: z.array(z.string().min(1)),
    headings: z.array(headingSchema),
    defects: z.array(defectSchema),
    negatives: z.array(negativeSchema),
    notes: z.string().optional(),
  })
  .strict();
export type RealEntry = z.infer<typeof realEntrySchema>;
export type RealDefect = RealEntry['defects'][number];

export const realTruthSchema = z.object({ version: z.literal(1), files: z.array(realEntrySchema).min(1) }).strict();

export interface RealReport extends RealEntry {
  /** The file's text, exactly as stored. */
  text: string;
}

/** Every corpus file with its truth, in file order; throws on a truth table that does not validate. */
export function loadRealCorpus(): RealReport[] {
  const raw: unknown = JSON.parse(readFileSync(path.join(realCorpusDir, 'truth.json'), 'utf8'));
  const truth = realTruthSchema.parse(raw);
  return truth.files.map((entry) => ({ ...entry, text: readFileSync(path.join(realCorpusDir, entry.file), 'utf8') }));
}

/** The published reports only (pasted variants left out). */
export function realReports(corpus: readonly RealReport[] = loadRealCorpus()): RealReport[] {
  return corpus.filter((r) => r.paste === null);
}

const WHITESPACE_RE = /[\s\u3000\u00A0\uFEFF]+/g;
const WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };

/** Whitespace removed: how spans are located in a file (line breaks and web indentation vary). */
export function squeeze(s: string): string {
  return s.replace(WHITESPACE_RE, '');
}

/** squeeze() plus half-width marks folded to full width: how app output is compared with the truth. */
export function fold(s: string): string {
  return squeeze(s).replace(/[,:;()?!]/g, (c) => WIDTH[c] ?? c);
}

/** A heading's text without its numbering (「一、」「（三）」「1.」). */
export function headingTitleOf(text: string): string {
  return text.replace(/^\s*([一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d{1,2}\s*[.．、])\s*/, '');
}
