// Page numbers (GB/T 9704 7.5 by default): 4号 half-width 宋体 digits between two 一字线, odd pages
// right and even pages left, one 字 in. Word shows the even footer only with evenAndOddHeaders on
// (docxBuilder sets it for this style); the default footer is the odd one. A unit may choose the
// number centred, 「-1-」 centred, or none (shared/export/pageNumbers.ts).
import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { ExportSettings } from '../../../shared/export/settings';
import { CHAR_4HAO, FOOTER_LINE } from '../../../shared/export/layout/page';
import { pageNumberAffixes } from '../../../shared/export/pageNumbers';
import { LANGUAGE, SIZE_4HAO } from './docxFormat';

type Side = 'left' | 'right' | 'centre';

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, centre: AlignmentType.CENTER } as const;

function pageNumberParagraph(songFont: string, side: Side, affixes: { before: string; after: string }): Paragraph {
  const font = { eastAsia: songFont, ascii: songFont, hAnsi: songFont, cs: songFont, hint: 'eastAsia' };
  return new Paragraph({
    style: 'Footer',
    alignment: ALIGN[side],
    // Reset everything the body defaults would otherwise give the footer: first-line indent,
    // the 579 exact leading, justification.
    indent: { left: side === 'left' ? CHAR_4HAO : 0, right: side === 'right' ? CHAR_4HAO : 0, firstLine: 0, firstLineChars: 0 },
    spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [
      new TextRun({
        children: [affixes.before, PageNumber.CURRENT, affixes.after],
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

/** The footers for the unit's page-number style; none for 「不加页码」. */
export function pageNumberFooters(settings: ExportSettings): { default: Footer; even?: Footer } | undefined {
  const affixes = pageNumberAffixes(settings.pageNumbers);
  if (!affixes) return undefined;
  const song = settings.fonts.song;
  if (settings.pageNumbers !== 'outside') return { default: new Footer({ children: [pageNumberParagraph(song, 'centre', affixes)] }) };
  return {
    default: new Footer({ children: [pageNumberParagraph(song, 'right', affixes)] }),
    even: new Footer({ children: [pageNumberParagraph(song, 'left', affixes)] }),
  };
}
