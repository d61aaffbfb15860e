// The GB/T 9704 page in twips (1/20 pt), as the .docx states it and the preview draws it: A4,
// the unit's margins, 22 lines of 579 twips, 3号 text condensed by 5 twips a character so 28
// fill the line. Integers throughout: Word and LibreOffice read twips, never "37mm".
import type { ExportSettings } from '../settings';

export const PAGE_WIDTH = 11906; // A4, 210 mm
export const PAGE_HEIGHT = 16838; // A4, 297 mm
/** 22 lines in the 225 mm 版心; 580 would leave room for only 21. */
export const LINE_PITCH = 579;
export const LINES_PER_PAGE = 22;
/** One 3号 (16 pt) and one 4号 (14 pt) 字 in twips: indents are counted in these. */
export const CHAR_3HAO = 320;
export const CHAR_4HAO = 280;
/** 28 full 3号 characters (8960 twips) overflow the 8844-twip line; 28 × 315 = 8820 fit. */
export const BODY_CHAR_SPACING = -5;
/** Font sizes in points: 3号 body and headings, 2号 title, 4号 page numbers. */
export const BODY_PT = 16;
export const TITLE_PT = 22;
export const PAGE_NUMBER_PT = 14;
/** 「页码一字线上距版心下边缘7mm」: the footer line's centre sits this far under the 版心. */
export const PAGE_NUMBER_DROP_MM = 7;
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
export function pageGeometry(settings: Pick<ExportSettings, 'margins'>): PageGeometry {
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
