// The export model as the paragraphs of the page, in order: title, blank line, 主送, the text,
// the 落款 — each with its font size, alignment, indents and keep-with-next. The .docx writes
// exactly these paragraphs (electron/services/export/docxBuilder.ts) and the preview lays them
// out (layout.ts), so both keep the same things together.
import type { ExportSettings } from '../settings';
import type { ExportModel, ExportParagraph } from '../model';
import { breakLines, type LayoutRun } from './lineBreak';
import { BODY_CHAR_SPACING, BODY_PT, CHAR_3HAO, TITLE_PT, pageGeometry } from './page';

export type BlockKind = 'title' | 'blank' | 'addressee' | 'text' | 'signature';

export interface LayoutBlock {
  kind: BlockKind;
  /** For 'text' blocks: the export model's paragraph (role, outline level, runs). */
  paragraph: ExportParagraph | null;
  runs: LayoutRun[];
  /** Forced line breaks (the title's balanced lines): each string is set as its own line(s). */
  forcedLines: string[] | null;
  size: number;
  /** Character spacing in twips (w:spacing). */
  spacing: number;
  align: 'justify' | 'left' | 'right' | 'center';
  /** Indents in twips. */
  left: number;
  right: number;
  firstLine: number;
  keepNext: boolean;
  /** The section the block belongs to (a heading's own, or the heading above it). */
  sectionId: number | null;
  /** Where its text is edited: a section, or the title/opening ('head') or closing/落款 ('tail') form. */
  place: number | 'head' | 'tail';
}

/** The last paragraph before the 落款 moves with it when it is this short, so the 落款 is never alone. */
const KEEP_WITH_SIGNATURE_TWIPS = 2 * 28 * CHAR_3HAO;
/** Blank lines above the 落款: one without a seal; room for the seal's upper half with one. */
export const SIGNATURE_GAP_LINES = { unsealed: 1, sealed: 3 } as const;

const TWO = 2 * CHAR_3HAO;

/** Width in twips of `text` set on one 3号 line (spacing and Chinese/Latin gaps included). */
export function textWidthTwips(text: string, font = 'body'): number {
  if (text === '') return 0;
  const [line] = breakLines([{ text, font, bold: false }], { size: BODY_PT, spacing: BODY_CHAR_SPACING / 20, width: Infinity, firstIndent: 0 });
  return Math.round((line?.width ?? 0) * 20);
}

export interface SignaturePlacement {
  /** Left indent in twips, or null: right-aligned with `right` (too long to place). */
  nameLeft: number | null;
  nameRight: number;
  dateLeft: number | null;
  dateRight: number;
}

/**
 * Where the 署名 and date go on a line of `lineWidth` twips (GB/T 9704 7.3.5). Without a seal
 * the 署名 keeps two 字 right and the date starts two 字 right of it; when the date, so placed,
 * would come closer than two 字 to the margin, it keeps the two 字 and the 署名 moves left. With
 * a seal the date keeps four 字 right and the 署名 is centred over it.
 */
export function signaturePlacement(name: string, date: string, lineWidth: number, sealed: boolean): SignaturePlacement {
  const nameWidth = textWidthTwips(name);
  const dateWidth = textWidthTwips(date);
  if (sealed) {
    const dateRight = 2 * TWO;
    const nameLeft = Math.round(lineWidth - dateRight - dateWidth / 2 - nameWidth / 2);
    return { nameLeft: name && date && nameLeft >= 0 ? nameLeft : null, nameRight: date ? 0 : dateRight, dateLeft: null, dateRight };
  }
  if (!name || !date) return { nameLeft: null, nameRight: TWO, dateLeft: null, dateRight: TWO };
  const dateLonger = dateWidth + TWO > nameWidth;
  const nameLeft = dateLonger ? lineWidth - 2 * TWO - dateWidth : lineWidth - TWO - nameWidth;
  if (nameLeft < 0) return { nameLeft: null, nameRight: TWO, dateLeft: null, dateRight: TWO };
  return { nameLeft, nameRight: 0, dateLeft: nameLeft + TWO, dateRight: 0 };
}

function block(kind: BlockKind, runs: LayoutRun[], fields: Partial<LayoutBlock> = {}): LayoutBlock {
  return {
    kind,
    paragraph: null,
    runs,
    forcedLines: null,
    size: BODY_PT,
    spacing: BODY_CHAR_SPACING,
    align: 'justify',
    left: 0,
    right: 0,
    firstLine: TWO,
    keepNext: false,
    sectionId: null,
    place: 'head',
    ...fields,
  };
}

const plain = (p: ExportParagraph) => p.runs.map((r) => r.text).join('');

/** The paragraphs of the page for `model`, in order. */
export function documentBlocks(model: ExportModel, settings: ExportSettings): LayoutBlock[] {
  const lineWidth = pageGeometry(settings).textWidth;
  const blocks: LayoutBlock[] = [
    block('title', [{ text: model.titleLines.join(''), font: 'title', bold: false }], {
      forcedLines: model.titleLines,
      size: TITLE_PT,
      spacing: 0,
      align: 'center',
      firstLine: 0,
      keepNext: true,
    }),
    block('blank', []),
  ];
  if (model.addressee) blocks.push(block('addressee', [{ text: model.addressee, font: 'body', bold: false }], { align: 'left', firstLine: 0 }));
  let afterSections = false;
  model.paragraphs.forEach((p, i) => {
    if (p.section !== null) afterSections = true;
    const heading = p.role !== 'body' && p.outlineLevel !== null;
    const runIn = p.runs.length > 1;
    const last = i === model.paragraphs.length - 1;
    // A standalone heading stays with its first paragraph; a run-in one is a paragraph itself.
    const keepWithSignature = last && model.signature !== null && textWidthTwips(plain(p)) <= KEEP_WITH_SIGNATURE_TWIPS;
    blocks.push(
      block('text', p.runs.map((r) => ({ text: r.text, font: r.font, bold: r.bold })), {
        paragraph: p,
        keepNext: (heading && !runIn) || keepWithSignature,
        sectionId: p.section,
        place: p.section ?? (afterSections ? 'tail' : 'head'),
      }),
    );
  });
  if (model.signature) {
    const { name, date } = model.signature;
    const place = signaturePlacement(name, date, lineWidth, settings.sealed);
    const gap = settings.sealed ? SIGNATURE_GAP_LINES.sealed : SIGNATURE_GAP_LINES.unsealed;
    for (let i = 0; i < gap; i++) blocks.push(block('blank', [], { keepNext: true, firstLine: 0, align: 'left', place: 'tail' }));
    const placed = (text: string, left: number | null, right: number, keepNext: boolean) =>
      block('signature', [{ text, font: 'body', bold: false }], {
        place: 'tail',
        align: left === null ? 'right' : 'left',
        left: left ?? 0,
        right: left === null ? right : 0,
        firstLine: 0,
        keepNext,
      });
    if (name) blocks.push(placed(name, place.nameLeft, place.nameRight, date !== ''));
    if (date) blocks.push(placed(date, place.dateLeft, place.dateRight, false));
  }
  return blocks;
}
