// Recognising the structure of a 法治政府建设年度报告 from plain text (pasted, .txt, or the text of a
// Word file): title, 主送机关, opening paragraph, level-1/level-2 sections, 落款. Web-page debris is
// dropped and listed; only repairs that are certain are made, and each is listed.

import { normalizePunctuation } from '../text/punctuation';
import type { UnitKind } from '../types';
import { CN_NUMERAL, parseChineseNumeral, toChineseNumeral } from '../gongwen/numerals';
import { promoteNumbered, unflatten } from './bodyLines';
import { readHeader } from './header';
import { headingTitle, matchHeading, matchLostLevel2, type HeadingLine } from './headings';
import { readIdentity } from './identity';
import { isSignatureLine, parseDateLine } from './meta';
import { splitDebris } from './webDebris';

export interface ParsedSection {
  title: string;
  level: 1 | 2;
  /** The numbering as found (normalised to full width), e.g. 「一、」 or 「（三）」. */
  numbering: string;
  runIn: boolean;
  /** Plain text, one paragraph per line; level-3/4 headings (1. 1、 （1）) stay here as lines. */
  body: string;
  children: ParsedSection[];
}

export interface ParseRepair {
  kind: 'heading-number' | 'date';
  /** The line as found (after punctuation normalisation). */
  source: string;
  /** What it became. */
  result: string;
  /** What was done, for the import preview. */
  note: string;
}

export interface ParsedReport {
  title: string;
  addressee: string;
  opening: string;
  /** The unit as the report names itself; '' when no candidate was certain (the preview asks). */
  unitName: string;
  /** Township or department: from the unit's name, else from how the text speaks of itself. */
  unitKind: UnitKind | null;
  year: number | null;
  /** The 署名; a joint signature (党委 and 政府) keeps one name per line. */
  signatureName: string;
  /** 「YYYY年M月D日」 or ''. */
  signatureDate: string;
  closing: string;
  /** Level-1 sections, each with its level-2 children. */
  sections: ParsedSection[];
  /** Web-page debris lines removed, as they were. */
  dropped: string[];
  headingStyle: 'standalone' | 'runin';
  /** Structural repairs made (lost heading numbers, date format). */
  repairs: ParseRepair[];
  /** How many lines had half-width punctuation turned full-width. */
  punctuationFixes: number;
}

/** Trims a line, including the ideographic and no-break spaces web pages pad with. */
function cleanLine(line: string): string {
  // String.prototype.trim covers \s, U+3000, U+00A0 and U+FEFF alike, in linear time (a trailing
  // /[\s…]+$/ is retried from every blank of a long run inside the line: quadratic).
  return line.trim();
}

const CLOSING_RE = /^特此(报告|汇报)[。.!！]?$/;

function isContentLine(line: string): boolean {
  return matchHeading(line) !== null || parseDateLine(line) !== null || CLOSING_RE.test(line);
}

interface Tail {
  end: number;
  signatureName: string;
  signatureDate: string;
  closing: string;
  repairs: ParseRepair[];
}

/** 落款 at the end: 「特此报告。」, the unit's name, the date — each optional. */
function readTail(lines: readonly string[], start: number): Tail {
  let end = lines.length;
  const tail: Tail = { end, signatureName: '', signatureDate: '', closing: '', repairs: [] };
  const last = lines[end - 1];
  const date = last === undefined ? null : parseDateLine(last);
  if (date !== null && last !== undefined) {
    tail.signatureDate = date;
    end--;
    if (date !== last.replace(/\s+/g, '')) {
      tail.repairs.push({ kind: 'date', source: last, result: date, note: `成文日期改为「${date}」格式` });
    }
  }
  const nameLine = lines[end - 1];
  if (end - 1 > start && nameLine !== undefined && isSignatureLine(nameLine, date === null)) {
    tail.signatureName = nameLine;
    end--;
    // A township's 党委 and 政府 often sign together, one name per line.
    const upper = lines[end - 1];
    if (end - 1 > start && upper !== undefined && isSignatureLine(upper, true) && isSignatureLine(nameLine, true)) {
      tail.signatureName = `${upper}\n${nameLine}`;
      end--;
    }
  }
  const closingLine = lines[end - 1];
  if (end - 1 > start && closingLine !== undefined && CLOSING_RE.test(closingLine)) {
    tail.closing = '特此报告。';
    end--;
  }
  tail.end = end;
  return tail;
}

interface Builder {
  sections: ParsedSection[];
  level1: ParsedSection | null;
  level2: ParsedSection | null;
  bodies: Map<ParsedSection, string[]>;
  repairs: ParseRepair[];
}

function openSection(b: Builder, h: HeadingLine): void {
  const section: ParsedSection = {
    title: h.title,
    level: h.level,
    numbering: h.numbering,
    runIn: h.runIn,
    body: '',
    children: [],
  };
  b.bodies.set(section, h.rest ? [h.rest] : []);
  if (h.level === 1 || b.level1 === null) {
    // A level-2 heading before any level-1 one has no parent: it stands at the top.
    b.sections.push(section);
    b.level1 = section;
    b.level2 = null;
  } else {
    b.level1.children.push(section);
    b.level2 = section;
  }
}

/**
 * 「)全面开展依法治理」 after 「（二）」 can only be 「（三）」: the line is short, has no sentence
 * in it, and the previous level-2 heading of the same part fixes the number. Without that
 * context (or with a surviving numeral that does not fit) the line stays body text.
 */
function repairLostHeading(b: Builder, line: string): HeadingLine | null {
  const lost = matchLostLevel2(line);
  const parent = b.level1;
  if (!lost || !parent) return null;
  const siblings = parent.children;
  const previous = siblings[siblings.length - 1];
  const expected = previous ? siblingIndex(previous) + 1 : 1;
  if (expected === 0) return null;
  if (lost.numeral === '') {
    const rightAfterHeading = !previous && (b.bodies.get(parent)?.length ?? 0) === 0;
    if (!previous && !rightAfterHeading) return null;
  } else if (lost.numeral !== toChineseNumeral(expected)) {
    return null;
  }
  const numbering = `（${toChineseNumeral(expected)}）`;
  const title = headingTitle(lost.text);
  b.repairs.push({
    kind: 'heading-number',
    source: line,
    result: numbering + title,
    note: `标题序号残缺，按上下文补为「${numbering}」`,
  });
  return { level: 2, index: expected, numbering, title, rest: '', runIn: false };
}

/** A level-2 numbering as stored, 「（三）」. */
const LEVEL2_NUMBERING_RE = new RegExp(`^（(${CN_NUMERAL}+)）$`);

function siblingIndex(section: ParsedSection): number {
  const numeral = LEVEL2_NUMBERING_RE.exec(section.numbering)?.[1] ?? '';
  const n = parseChineseNumeral(numeral);
  // Only the canonical spelling counts: 「一十」 is not the 「十」 the numbering would have written.
  return Number.isNaN(n) || toChineseNumeral(n) !== numeral ? 0 : n;
}

function finish(section: ParsedSection, bodies: Map<ParsedSection, string[]>): void {
  section.body = (bodies.get(section) ?? []).join('\n');
  for (const child of section.children) finish(child, bodies);
}

function headingStyleOf(sections: readonly ParsedSection[]): 'standalone' | 'runin' {
  const level2 = sections.flatMap((s) => s.children);
  const runIn = level2.filter((s) => s.runIn).length;
  return runIn > level2.length - runIn ? 'runin' : 'standalone';
}

export function parseReportText(text: string): ParsedReport {
  const rawLines = unflatten(
    text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map(cleanLine)
      .filter((line) => line !== ''),
  );
  const header = readHeader(rawLines);
  const bodyLines = rawLines.slice(header.bodyStart);
  if (header.firstLine !== null) {
    if (header.firstLine.trim()) bodyLines[0] = header.firstLine.trim();
    else bodyLines.shift();
  }
  const body = splitDebris(bodyLines, isContentLine);
  let punctuationFixes = 0;
  const normalize = (line: string) => {
    const fixed = normalizePunctuation(line);
    if (fixed !== line) punctuationFixes++;
    return fixed;
  };
  const title = normalize(header.title);
  const addressee = normalize(header.addressee);
  const headerText = header.kept.map(normalize);
  const lines = body.kept.map(normalize);

  let firstHeading = lines.findIndex((line) => matchHeading(line) !== null);
  if (firstHeading < 0) firstHeading = lines.length;
  const tail = readTail(lines, 0);
  const opening = [...headerText, ...lines.slice(0, Math.min(firstHeading, tail.end))].join('\n');

  const b: Builder = { sections: [], level1: null, level2: null, bodies: new Map(), repairs: [] };
  for (const line of lines.slice(firstHeading, tail.end)) {
    const heading = matchHeading(line) ?? repairLostHeading(b, line);
    if (heading) {
      openSection(b, heading);
      continue;
    }
    const current = b.level2 ?? b.level1;
    if (current) b.bodies.get(current)!.push(line);
  }
  for (const section of b.sections) finish(section, b.bodies);
  promoteNumbered(b.sections);

  const identity = readIdentity({
    title,
    titleLines: header.titleLines,
    signatureName: tail.signatureName,
    signatureDate: tail.signatureDate,
    opening,
    facts: header.facts,
    text: `${opening}\n${lines.join('\n')}`,
    headings: b.sections.map((s) => s.title),
  });
  return {
    title,
    addressee,
    opening,
    unitName: identity.unitName,
    unitKind: identity.unitKind,
    year: identity.year,
    signatureName: tail.signatureName,
    signatureDate: tail.signatureDate,
    closing: tail.closing,
    sections: b.sections,
    dropped: [...header.dropped.map((d) => d.line), ...body.dropped],
    headingStyle: headingStyleOf(b.sections),
    repairs: [...b.repairs, ...tail.repairs],
    punctuationFixes,
  };
}
