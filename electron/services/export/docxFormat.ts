// The GB/T 9704 measures as OOXML values, and the run/paragraph options every part of the
// document is built from. All sizes are integers in twips or half-points (see gbt9704.md).
import { AlignmentType, LineRuleType, type IParagraphOptions, type IRunOptions } from 'docx';
import { layoutWidth } from '../../../shared/export/measure';
import { LATIN_FONT, type ExportSettings } from '../../../shared/exportSettings';

export const PAGE_WIDTH = 11906; // A4, 210 mm
export const PAGE_HEIGHT = 16838; // A4, 297 mm
/** 22 lines in the 225 mm 版心; 580 would leave room for only 21. */
export const LINE_PITCH = 579;
export const SIZE_3HAO = 32; // half-points: 16 pt, body and headings
export const SIZE_2HAO = 44; // 22 pt, title
export const SIZE_4HAO = 28; // 14 pt, page numbers
/** One 3号 字 in twips: indents are counted in these. */
export const CHAR_3HAO = 320;
export const CHAR_4HAO = 280;
/** 28 full 3号 characters (8960 twips) overflow the 8844-twip line; 28 × 315 = 8820 fit. */
export const BODY_CHAR_SPACING = -5;
/** 「页码一字线上距版心下边缘7mm」: the footer line's centre sits this far under the 版心. */
const PAGE_NUMBER_DROP_MM = 7;
/** Exact height of the footer line, about the natural height of a 4号 line. */
export const FOOTER_LINE = 400;

export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export interface PageGeometry {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
  /** 版心 width: the line length the grid of 28 字 is made for. */
  textWidth: number;
  textHeight: number;
}

/**
 * Margins in twips. The 版心 (text block) is rounded as a whole and left/bottom take the rest,
 * so the defaults give the standard's 156 × 225 mm block exactly: 2098/1474/1984/1588.
 */
export function pageGeometry(settings: ExportSettings): PageGeometry {
  const m = settings.margins;
  const textWidth = mmToTwips(210 - m.left - m.right);
  const textHeight = mmToTwips(297 - m.top - m.bottom);
  const top = mmToTwips(m.top);
  const right = mmToTwips(m.right);
  const bottom = PAGE_HEIGHT - top - textHeight;
  const footer = Math.max(0, bottom - mmToTwips(PAGE_NUMBER_DROP_MM) - FOOTER_LINE / 2);
  return {
    width: PAGE_WIDTH,
    height: PAGE_HEIGHT,
    margin: { top, right, bottom, left: PAGE_WIDTH - right - textWidth, header: Math.round(top / 2), footer },
    textWidth,
    textHeight,
  };
}

/**
 * The object form of w:rFonts: Chinese in eastAsia, digits and Latin in Times New Roman, and
 * hint=eastAsia so that “” — … are drawn full-width from the Chinese font.
 */
export function cjkFonts(eastAsia: string, latin = LATIN_FONT) {
  return { eastAsia, ascii: latin, hAnsi: latin, cs: latin, hint: 'eastAsia' };
}

export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

/** A 3号 run: body text and headings. */
export function textRunOptions(text: string, fontName: string, bold: boolean): IRunOptions {
  return {
    text,
    font: cjkFonts(fontName),
    size: SIZE_3HAO,
    sizeComplexScript: SIZE_3HAO,
    characterSpacing: BODY_CHAR_SPACING,
    bold,
    boldComplexScript: bold,
    language: LANGUAGE,
  };
}

/** The font and boldness a paragraph style gives its runs (docDefaults + the style). */
export interface StyleRun {
  font: string;
  bold: boolean;
}

/**
 * A 3号 run inside a styled paragraph: only what differs from the style. Size, language, Latin
 * font and the condensed spacing come from docDefaults; writing them on every run made the
 * document three times larger and its export twice as slow.
 */
export function styledRunOptions(text: string, fontName: string, bold: boolean, style: StyleRun): IRunOptions {
  return {
    text,
    ...(fontName === style.font ? {} : { font: cjkFonts(fontName) }),
    ...(bold === style.bold ? {} : { bold, boldComplexScript: bold }),
  };
}

export const EXACT_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
/** Indents must be reset in full: firstLineChars outranks firstLine in Word. */
export const NO_INDENT = { left: 0, right: 0, firstLine: 0, firstLineChars: 0 } as const;
export const BODY_INDENT = { left: 0, right: 0, firstLine: 2 * CHAR_3HAO, firstLineChars: 200 } as const;

export const bodyParagraphBase: Pick<IParagraphOptions, 'alignment' | 'spacing' | 'indent'> = {
  alignment: AlignmentType.BOTH,
  spacing: EXACT_LINE,
  indent: BODY_INDENT,
};

/** Width of 3号 text in twips, as laid out with the condensed character spacing. */
export function runWidthTwips(text: string): number {
  return Math.max(0, Math.round(layoutWidth(text) * CHAR_3HAO + BODY_CHAR_SPACING * Array.from(text).length));
}
