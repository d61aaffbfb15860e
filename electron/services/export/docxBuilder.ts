// A report as a GB/T 9704 .docx: the export model (shared/export/model.ts) turned into OOXML with
// the `docx` library. Layout values live in docxFormat.ts, page numbers in docxFooter.ts, the
// 落款 in docxSignature.ts.
import { AlignmentType, Document, DocumentGridType, HeadingLevel, PageOrientation, Paragraph, TextRun } from 'docx';
import { textWidth } from '../../../shared/export/measure';
import { reportSubject } from '../../../shared/gongwen/placeholders';
import { buildExportModel, type ExportModel, type ExportParagraph } from '../../../shared/export/model';
import type { ExportSettings } from '../../../shared/exportSettings';
import type { Report } from '../../../shared/types';
import { pageNumberFooters } from './docxFooter';
import {
  EXACT_LINE,
  LANGUAGE,
  LINE_PITCH,
  NO_INDENT,
  SIZE_2HAO,
  bodyParagraphBase,
  cjkFonts,
  pageGeometry,
  styledRunOptions,
  textRunOptions,
  type StyleRun,
} from './docxFormat';
import { signatureParagraphs } from './docxSignature';
import { fontTableXml, stylesXml } from './docxStyles';
import { packDocx } from './zipParts';

const HEADING_STYLE = {
  heading1: HeadingLevel.HEADING_1,
  heading2: HeadingLevel.HEADING_2,
  heading3: HeadingLevel.HEADING_3,
  heading4: HeadingLevel.HEADING_4,
} as const;

/** A last paragraph this short moves with the 落款 rather than leave it alone on a page. */
const KEEP_WITH_SIGNATURE_CHARS = 56;

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
  return new Paragraph({ ...bodyParagraphBase, children: [] });
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
  const runIn = p.runs.length > 1;
  const style = styleRun(isHeading ? p.role : 'normal', settings);
  return new Paragraph({
    ...bodyParagraphBase,
    ...(isHeading ? { heading: HEADING_STYLE[p.role as keyof typeof HEADING_STYLE], outlineLevel: p.outlineLevel ?? 0 } : {}),
    // A standalone heading stays with its first paragraph (its style says so); a run-in one is a
    // paragraph itself and turns the style's keepNext off.
    ...(keepNext || (isHeading && !runIn) ? { keepNext: true } : isHeading ? { keepNext: false } : {}),
    children: p.runs.map((r) => new TextRun(styledRunOptions(r.text, settings.fonts[r.font], r.bold, style))),
  });
}

function bodyChildren(model: ExportModel, settings: ExportSettings, lineWidth: number): Paragraph[] {
  const children: Paragraph[] = [titleParagraph(model.titleLines, settings), blankLine()];
  if (model.addressee) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: EXACT_LINE,
        indent: NO_INDENT,
        children: [new TextRun(textRunOptions(model.addressee, settings.fonts.body, false))],
      }),
    );
  }
  model.paragraphs.forEach((p, i) => {
    const last = i === model.paragraphs.length - 1;
    const short = textWidth(p.runs.map((r) => r.text).join('')) <= KEEP_WITH_SIGNATURE_CHARS;
    children.push(contentParagraph(p, settings, last && short && model.signature !== null));
  });
  if (model.signature) children.push(...signatureParagraphs(model.signature, lineWidth, settings));
  return children;
}

/** The .docx of a report, laid out to GB/T 9704 with the unit's export settings. */
export async function buildReportDocx(report: Report, settings: ExportSettings): Promise<Buffer> {
  const model = buildExportModel(report, settings);
  const page = pageGeometry(settings);
  const creator = report.unit.fullName.trim() || report.unit.shortName.trim();
  const doc = new Document({
    title: model.title,
    creator,
    lastModifiedBy: creator,
    subject: reportSubject(report.year),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height, orientation: PageOrientation.PORTRAIT },
            margin: page.margin,
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: pageNumberFooters(settings),
        children: bodyChildren(model, settings, page.textWidth),
      },
    ],
  });
  // styles.xml and the font table are written in full (see docxStyles.ts).
  return packDocx(doc, [
    { path: 'word/styles.xml', data: stylesXml(settings) },
    { path: 'word/fontTable.xml', data: fontTableXml(settings) },
  ]);
}
