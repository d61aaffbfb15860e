// 署名 and 成文日期 paragraphs (GB/T 9704 7.3.5). Where they go — the indents that put the date's
// first character two 字 right of the 署名's, or centre the 署名 over a sealed date — is decided
// in shared/export/layout/blocks.ts, from the same widths the preview uses; the 署名 and date are
// set left-aligned with those indents, so the offset between their first characters is exact.
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { LayoutBlock } from '../../../shared/export/layout/blocks';
import type { ExportSettings } from '../../../shared/export/settings';
import { EXACT_LINE, textRunOptions } from './docxFormat';

export function signatureParagraph(block: LayoutBlock, settings: ExportSettings): Paragraph {
  const text = block.runs.map((r) => r.text).join('');
  const right = block.align === 'right';
  return new Paragraph({
    keepNext: block.keepNext,
    alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: EXACT_LINE,
    indent: { left: block.left, right: block.right, firstLine: 0, firstLineChars: 0 },
    children: [new TextRun(textRunOptions(text, settings.fonts.body, false))],
  });
}

/** The blank lines above the 落款: they keep with it, so the 落款 never starts a page alone. */
export function signatureGapParagraph(): Paragraph {
  return new Paragraph({ spacing: EXACT_LINE, keepNext: true, children: [] });
}
