// 署名 and 成文日期 (GB/T 9704 7.3.5). Without a seal: one blank line under the body, the 署名
// right-aligned two 字 from the margin, the date on the next line starting two 字 right of the
// 署名's first character — or, when the date is the longer, the date two 字 from the margin and the
// 署名 moved left to keep the offset. With a seal: the date four 字 from the margin and the 署名
// centred over it, with room above for the seal's upper half.
//
// The 署名 and date are set left-aligned with computed left indents, so the two-字 offset between
// their first characters is exact whatever the fonts' widths; only the right edge is estimated.
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { SIGNATURE_GAP_LINES } from '../../../shared/export/estimatePages';
import type { ExportSettings } from '../../../shared/exportSettings';
import { CHAR_3HAO, EXACT_LINE, runWidthTwips, textRunOptions } from './docxFormat';

export interface SignatureLayout {
  /** Left indent in twips, or null for right alignment with `right` indent (too long to place). */
  nameLeft: number | null;
  nameRight: number;
  dateLeft: number | null;
  dateRight: number;
}

/** Where the 署名 and date go on a line of `lineWidth` twips. Exported for tests. */
export function signatureLayout(name: string, date: string, lineWidth: number, sealed: boolean): SignatureLayout {
  const two = 2 * CHAR_3HAO;
  const nameWidth = runWidthTwips(name);
  const dateWidth = runWidthTwips(date);
  if (sealed) {
    // 右空四字 is the rule for the date itself; the 署名 is centred on where the date lands.
    const dateRight = 2 * two;
    const nameLeft = Math.round(lineWidth - dateRight - dateWidth / 2 - nameWidth / 2);
    return { nameLeft: name && date && nameLeft >= 0 ? nameLeft : null, nameRight: date ? 0 : dateRight, dateLeft: null, dateRight };
  }
  if (!name || !date) {
    return { nameLeft: null, nameRight: two, dateLeft: null, dateRight: two };
  }
  const nameRight = dateWidth > nameWidth ? two + two + dateWidth - nameWidth : two;
  const nameLeft = lineWidth - nameRight - nameWidth;
  if (nameLeft < 0) return { nameLeft: null, nameRight: two, dateLeft: null, dateRight: two };
  return { nameLeft, nameRight: 0, dateLeft: nameLeft + two, dateRight: 0 };
}

function placed(text: string, fontName: string, left: number | null, right: number, keepNext: boolean): Paragraph {
  return new Paragraph({
    keepNext,
    alignment: left === null ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: EXACT_LINE,
    indent: { left: left ?? 0, right: left === null ? right : 0, firstLine: 0, firstLineChars: 0 },
    children: [new TextRun(textRunOptions(text, fontName, false))],
  });
}

export function signatureParagraphs(
  signature: { name: string; date: string },
  lineWidth: number,
  settings: ExportSettings,
): Paragraph[] {
  const layout = signatureLayout(signature.name, signature.date, lineWidth, settings.sealed);
  const gap = settings.sealed ? SIGNATURE_GAP_LINES.sealed : SIGNATURE_GAP_LINES.unsealed;
  const out: Paragraph[] = [];
  for (let i = 0; i < gap; i++) out.push(new Paragraph({ spacing: EXACT_LINE, keepNext: true, children: [] }));
  const body = settings.fonts.body;
  if (signature.name) out.push(placed(signature.name, body, layout.nameLeft, layout.nameRight, signature.date !== ''));
  if (signature.date) out.push(placed(signature.date, body, layout.dateLeft, layout.dateRight, false));
  return out;
}
