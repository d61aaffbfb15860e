// A report as a GB/T 9704 .docx: the export model (shared/export/model.ts) turned into OOXML with
// the `docx` library. Layout values live in docxFormat.ts, page numbers in docxFooter.ts, the
// 落款 in docxSignature.ts.
import { AlignmentType, Document, DocumentGridType, HeadingLevel, PageOrientation, Paragraph, TextRun } from 'docx';
import { documentBlocks, type LayoutBlock } from '../../../shared/export/layout/blocks';
import { pageGeometry } from '../../../shared/export/layout/page';
import { buildExportModel, printable, type ExportOptions, type ExportParagraph } from '../../../shared/export/model';
import { reportSubject } from '../../../shared/gongwen/placeholders';
import type { ExportSettings } from '../../../shared/export/settings';
import type { Report } from '../../../shared/types';
import { pageNumberFooters } from './docxFooter';
import { LINE_PITCH } from '../../../shared/export/layout/page';
import { EXACT_LINE, LANGUAGE, NO_INDENT, SIZE_2HAO, cjkFonts, styledRunOptions, textRunOptions, type StyleRun } from './docxFormat';
import { signatureGapParagraph, signatureParagraph } from './docxSignature';
import { fontTableXml, stylesXml } from './docxStyles';
import { THEME_XML } from './docxTheme';
import { packDocx } from './zipParts';

const HEADING_STYLE = {
  heading1: HeadingLevel.HEADING_1,
  heading2: HeadingLevel.HEADING_2,
  heading3: HeadingLevel.HEADING_3,
  heading4: HeadingLevel.HEADING_4,
} as const;

function titleParagraph(lines: string[], settings: ExportSettings): Paragraph {
  // One paragraph, lines joined by breaks: Word's title property and the navigation stay whole.
  const runs = lines.map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : 0,
        font: cjkFonts(settings.fonts.title),
        size: SIZE_2HAO,
        sizeComplexScript: SIZE_2HAO,
        bold: false,
        boldComplexScript: false,
        language: LANGUAGE,
      }),
  );
  return new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: EXACT_LINE, indent: NO_INDENT, keepNext: true, children: runs });
}

function blankLine(): Paragraph {
  return new Paragraph({ children: [] });
}

/** What the paragraph's style (docxStyles.ts) gives its runs. */
function styleRun(role: ExportParagraph['role'] | 'normal', settings: ExportSettings): StyleRun {
  const f = settings.fonts;
  switch (role) {
    case 'heading1':
      return { font: f.hei, bold: false };
    case 'heading2':
      return { font: f.kai, bold: false };
    case 'heading3':
      return { font: f.body, bold: settings.boldLevel3 };
    default:
      return { font: f.body, bold: false };
  }
}

function contentParagraph(p: ExportParagraph, settings: ExportSettings, keepNext: boolean): Paragraph {
  const isHeading = p.role !== 'body' && p.outlineLevel !== null;
  const style = styleRun(isHeading ? p.role : 'normal', settings);
  return new Paragraph({
    // Justification, the exact 579 leading and the two-字 first-line indent come from docDefaults
    // (docxStyles.ts): repeating them on every paragraph made the file larger and slower to write.
    ...(isHeading ? { heading: HEADING_STYLE[p.role as keyof typeof HEADING_STYLE], outlineLevel: p.outlineLevel ?? 0 } : {}),
    // Heading styles keep with next; a run-in heading is a paragraph itself and turns that off.
    ...(keepNext ? { keepNext: true } : isHeading ? { keepNext: false } : {}),
    children: p.runs.map((r) => new TextRun(styledRunOptions(r.text, settings.fonts[r.font], r.bold, style))),
  });
}

function blockParagraph(block: LayoutBlock, settings: ExportSettings): Paragraph {
  switch (block.kind) {
    case 'title':
      return titleParagraph(block.forcedLines ?? [], settings);
    case 'blank':
      return block.keepNext ? signatureGapParagraph() : blankLine();
    case 'addressee':
      return new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: EXACT_LINE,
        indent: NO_INDENT,
        children: [new TextRun(textRunOptions(block.runs.map((r) => r.text).join(''), settings.fonts.body, false))],
      });
    case 'signature':
      return signatureParagraph(block, settings);
    case 'text':
      if (!block.paragraph) throw new Error('a text block without its paragraph');
      return contentParagraph(block.paragraph, settings, block.keepNext);
  }
}

/** The .docx of a report, laid out to GB/T 9704 with the unit's export settings. */
export async function buildReportDocx(report: Report, settings: ExportSettings, options: ExportOptions = {}): Promise<Buffer> {
  const model = buildExportModel(report, settings, options);
  const footers = pageNumberFooters(settings);
  const page = pageGeometry(settings);
  const creator = printable(report.unit.fullName.trim() || report.unit.shortName.trim());
  const doc = new Document({
    title: model.title,
    creator,
    lastModifiedBy: creator,
    subject: reportSubject(report.year),
    evenAndOddHeaderAndFooters: settings.pageNumbers === 'outside',
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height, orientation: PageOrientation.PORTRAIT },
            margin: page.margin,
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        ...(footers ? { footers } : {}),
        children: documentBlocks(model, settings).map((block) => blockParagraph(block, settings)),
      },
    ],
  });
  // styles.xml and the font table are written in full (see docxStyles.ts).
  return packDocx(doc, [
    { path: 'word/styles.xml', data: stylesXml(settings) },
    { path: 'word/fontTable.xml', data: fontTableXml(settings) },
    { path: 'word/theme/theme1.xml', data: THEME_XML },
  ]);
}
