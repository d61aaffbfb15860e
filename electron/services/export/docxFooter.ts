// Page numbers 「— N —」: 4号 half-width 宋体 digits between two 一字线, odd pages right and even
// pages left, one 字 in (GB/T 9704 7.5). Word shows the even footer only with evenAndOddHeaders
// on; the default footer is the odd one.
import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { ExportSettings } from '../../../shared/export/settings';
import { CHAR_4HAO, FOOTER_LINE } from '../../../shared/export/layout/page';
import { LANGUAGE, SIZE_4HAO } from './docxFormat';

function pageNumberParagraph(songFont: string, side: 'left' | 'right'): Paragraph {
  const font = { eastAsia: songFont, ascii: songFont, hAnsi: songFont, cs: songFont, hint: 'eastAsia' };
  return new Paragraph({
    style: 'Footer',
    alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    // Reset everything the body defaults would otherwise give the footer: first-line indent,
    // the 579 exact leading, justification.
    indent: side === 'right'
      ? { left: 0, right: CHAR_4HAO, firstLine: 0, firstLineChars: 0 }
      : { left: CHAR_4HAO, right: 0, firstLine: 0, firstLineChars: 0 },
    spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [
      new TextRun({
        children: ['— ', PageNumber.CURRENT, ' —'],
        font,
        size: SIZE_4HAO,
        sizeComplexScript: SIZE_4HAO,
        characterSpacing: 0,
        bold: false,
        language: LANGUAGE,
      }),
    ],
  });
}

export function pageNumberFooters(settings: ExportSettings): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumberParagraph(settings.fonts.song, 'right')] }),
    even: new Footer({ children: [pageNumberParagraph(settings.fonts.song, 'left')] }),
  };
}
