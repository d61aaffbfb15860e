// What the import got right on one corpus file, judged against the truth table: year, unit (right,
// left empty for the user, or silently wrong), kind, title, 主送, debris left in the opening, part
// one found, headings placed where they belong, and sections the import invented.
import type { ImportPreview, ImportPreviewEntry } from '../../../shared/import/preview';
import type { Report } from '../../../shared/types';
import { PARTS, fold, headingTitleOf, type RealReport } from '../../helpers/realCorpus';

export type UnitVerdict = 'right' | 'asked' | 'wrong';

export interface HeadingResult {
  text: string;
  expected: string[];
  /** Where the import put it; 'missed' when it was not recognised as a heading at all. */
  got: string;
  right: boolean;
}

export interface ImportResult {
  file: string;
  year: boolean;
  unit: UnitVerdict;
  unitGot: string;
  kind: boolean;
  /** null when the source has no title (or 主送). */
  title: boolean | null;
  titleGot: string;
  addressee: boolean | null;
  /** null when the page had no header debris. */
  openingClean: boolean | null;
  debrisLeft: string[];
  partOne: boolean | null;
  headings: HeadingResult[];
  /** Empty sections the file did not have, other than the five parts of the 规定. */
  invented: string[];
  /** The five parts added empty because the file lacked them. */
  addedParts: string[];
}

const PART_ONE = (p: string) => p === 'achievements' || p === 'own' || p.startsWith('achievements.');

function unitVerdict(r: RealReport, got: string): UnitVerdict {
  if (got.trim() === '') return r.unit === null ? 'right' : 'asked';
  const accepted = [r.unit, r.unitSpan, ...r.unitAlso].filter((x): x is string => x !== null).map(fold);
  return accepted.includes(fold(got)) ? 'right' : 'wrong';
}

/** Where an entry landed, in the truth table's words. */
function placements(entries: readonly ImportPreviewEntry[]): string[] {
  const out: string[] = [];
  for (const e of entries) {
    const key = e.targetKey;
    let p: string;
    if (key !== null) p = key.includes('#') ? 'own' : key;
    else if (e.level === 1 || e.parentIndex === null) p = 'top-custom';
    else {
      const parent = out[e.parentIndex] ?? 'top-custom';
      p = parent === 'achievements' ? 'own' : parent;
    }
    out.push(p);
  }
  return out;
}

function headingResults(r: RealReport, preview: ImportPreview): HeadingResult[] {
  const placed = placements(preview.entries);
  const titles = preview.entries.map((e) => fold(e.sourceTitle));
  let from = 0;
  return r.headings.map((h) => {
    const want = fold(headingTitleOf(h.text));
    const expected = [h.belongs, ...(h.alt ?? [])];
    let at = -1;
    for (let i = from; i < titles.length && at < 0; i++) {
      const t = titles[i]!;
      if (t !== '' && (t === want || want.startsWith(t) || t.startsWith(want))) at = i;
    }
    if (at < 0) return { text: h.text, expected, got: 'missed', right: false };
    from = at + 1;
    const got = placed[at]!;
    return { text: h.text, expected, got, right: expected.includes(got) };
  });
}

function debrisLeft(r: RealReport, preview: ImportPreview): string[] {
  const fields = [preview.opening, preview.addressee, preview.unitName];
  const lines = new Set(fields.flatMap((f) => f.split('\n')).map(fold).filter((l) => l !== ''));
  const joined = fields.map(fold).join('\n');
  const title = r.title === null ? null : fold(r.title);
  // A debris line inside the preview's title is debris glued on — unless the title is the true one
  // and merely contains it (a page title 「2021年…报告」 above 「眉山市…人民政府」/「2021年…报告」).
  const titleRight = title !== null && fold(preview.title) === title;
  // Debris glued into a line counts when the preview holds it more often than the report's own
  // text does (「绿春县林业和草原局」 is a metadata value and also in the opening sentence).
  let rest = r.text;
  for (const d of r.debris) rest = rest.replace(d, '');
  const restFolded = fold(rest);
  const count = (hay: string, f: string) => hay.split(f).length - 1;
  return r.debris.filter((d) => {
    const f = fold(d);
    if (f === title) return lines.has(f);
    const glued = f.length >= 6 && count(joined, f) > count(restFolded, f);
    return lines.has(f) || glued || (f.length >= 6 && !titleRight && fold(preview.title).includes(f));
  });
}

export function measureImport(r: RealReport, preview: ImportPreview, report: Report | null): ImportResult {
  const headings = headingResults(r, preview);
  const hasPartOne = r.headings.some((h) => PART_ONE(h.belongs));
  const placed = placements(preview.entries);
  const added = (report?.sections ?? []).filter((s) => s.status === 'empty' && s.body === '');
  const isPart = (key: string | null) => key !== null && (PARTS as readonly string[]).includes(key);
  return {
    file: r.file,
    year: preview.year === r.year,
    unit: unitVerdict(r, preview.unitName),
    unitGot: preview.unitName,
    kind: preview.unitKind === r.kind,
    title: r.title === null ? null : fold(preview.title) === fold(r.title),
    titleGot: preview.title,
    addressee: r.addressee === null ? null : fold(preview.addressee) === fold(r.addressee),
    openingClean: r.openingDebris ? debrisLeft(r, preview).length === 0 : null,
    debrisLeft: debrisLeft(r, preview),
    partOne: hasPartOne ? placed.some((p) => PART_ONE(p)) : null,
    headings,
    invented: added.filter((s) => !isPart(s.templateKey)).map((s) => s.title),
    addedParts: added.filter((s) => isPart(s.templateKey)).map((s) => s.title),
  };
}
