// The pages of an export: every paragraph broken into lines (lineBreak.ts) and the lines set 22
// to a page, with keep-with-next honoured the way the word processor honours it — a heading
// never ends a page without its first line of text, a chain of them moves as a whole, and the
// 落款 takes the end of the text with it. The preview draws these pages; the .docx carries the
// same paragraphs and flags (blocks.ts), so Word and LibreOffice arrive at the same breaks.
import type { ExportSettings } from '../settings';
import type { ExportModel } from '../model';
import { documentBlocks, type LayoutBlock } from './blocks';
import { breakLines, type Line } from './lineBreak';
import { LINES_PER_PAGE, pageGeometry, type PageGeometry } from './page';

export interface BlockLayout extends LayoutBlock {
  lines: Line[];
}

export interface PlacedLine {
  block: number;
  /** Index into the block's lines. */
  line: number;
}

export interface LayoutPage {
  /** 1-based page number as printed. */
  number: number;
  lines: PlacedLine[];
}

export interface DocumentLayout {
  geometry: PageGeometry;
  blocks: BlockLayout[];
  pages: LayoutPage[];
}

/** The lines of one block, each forced line of a title broken on its own. */
export function blockLines(block: LayoutBlock, lineWidthTwips: number): Line[] {
  const geometry = {
    size: block.size,
    spacing: block.spacing / 20,
    width: (lineWidthTwips - block.left - block.right) / 20,
    firstIndent: block.firstLine / 20,
  };
  if (!block.forcedLines) return breakLines(block.runs, geometry);
  const lines: Line[] = [];
  let offset = 0;
  for (const text of block.forcedLines) {
    const run = block.runs[0];
    for (const line of breakLines([{ text, font: run?.font ?? 'title', bold: run?.bold ?? false }], geometry)) {
      lines.push({ ...line, start: line.start + offset, end: line.end + offset });
    }
    offset += Array.from(text).length;
  }
  return lines;
}

/**
 * Lines onto pages, 22 to a page. A block that keeps with its next must start on the page where
 * the next block starts: when it does not (the page filled, or the block itself ran over), the
 * chain of keeping blocks before the next one moves to a new page as a whole — unless the chain
 * already starts its page, where moving cannot help and the page breaks where it is full.
 */
export function paginate(blocks: readonly { lines: readonly unknown[]; keepNext: boolean }[]): LayoutPage[] {
  // Line slots are numbered through the document: slot s is line s % 22 of page ⌊s / 22⌋.
  const starts: number[] = [];
  // The first block of the keep-with-next chain each block ends (itself when the one before does
  // not keep with it): found once, not by walking back from every block of a long chain.
  const chainStarts: number[] = [];
  blocks.forEach((_, b) => (chainStarts[b] = b > 0 && blocks[b - 1]?.keepNext ? (chainStarts[b - 1] ?? b) : b));
  let next = 0;
  for (let b = 0; b < blocks.length; b++) {
    const start = next;
    starts[b] = start;
    const chainStart = chainStarts[b] ?? b;
    const chainAt = starts[chainStart] ?? 0;
    const page = Math.floor(start / LINES_PER_PAGE);
    if (chainStart < b && Math.floor(chainAt / LINES_PER_PAGE) < page && chainAt % LINES_PER_PAGE > 0) {
      next = (Math.floor(chainAt / LINES_PER_PAGE) + 1) * LINES_PER_PAGE;
      b = chainStart - 1;
      continue;
    }
    next = start + Math.max(1, blocks[b]?.lines.length ?? 0);
  }
  const pageCount = Math.max(1, Math.ceil(next / LINES_PER_PAGE));
  const pages: LayoutPage[] = Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, lines: [] }));
  blocks.forEach((block, b) => {
    for (let line = 0; line < block.lines.length; line++) {
      const slot = (starts[b] ?? 0) + line;
      pages[Math.floor(slot / LINES_PER_PAGE)]?.lines.push({ block: b, line });
    }
  });
  return pages;
}

/** How many pages the export of `model` takes. */
export function countPages(model: ExportModel, settings: ExportSettings): number {
  return layoutDocument(model, settings).pages.length;
}

/** The laid-out pages of an export model with the unit's settings. */
export function layoutDocument(model: ExportModel, settings: ExportSettings): DocumentLayout {
  const geometry = pageGeometry(settings);
  const blocks: BlockLayout[] = documentBlocks(model, settings).map((block) => ({ ...block, lines: blockLines(block, geometry.textWidth) }));
  return { geometry, blocks, pages: paginate(blocks) };
}
