// The run and paragraph options every part of the document is built from. The page's measures
// (margins, line pitch, character spacing) live in shared/export/layout/page.ts, shared with the
// preview. All sizes are integers in twips or half-points (see gbt9704.md).
import { LineRuleType, type IRunOptions } from 'docx';
import { BODY_CHAR_SPACING, BODY_PT, LINE_PITCH, PAGE_NUMBER_PT, TITLE_PT } from '../../../shared/export/layout/page';
import { LATIN_FONT } from '../../../shared/export/exportDefaults';

// Sizes in half-points, as .docx states them: the layout's point sizes, so the preview and the file agree.
export const SIZE_3HAO = BODY_PT * 2; // body and headings
export const SIZE_2HAO = TITLE_PT * 2; // title
export const SIZE_4HAO = PAGE_NUMBER_PT * 2; // page numbers

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

