// .docx → plain text, one paragraph per line, via mammoth's document model (not its HTML): the
// model keeps each paragraph's style and numbering, so a heading whose 「一、」 is Word's automatic
// numbering (shown, but not part of the text) gets that number written back in, and the text
// parser can see it is a heading. Run-in headings need nothing special: the bold 「（一）标题。」
// run and the text after it are one paragraph, as in the file.
//
// mammoth reads the package through the checked view of zipGuard.ts (its `{ file }` input, an
// opened zip with exists/read, which mammoth's unzip.openZip accepts besides a path or buffer):
// it sees exactly the parts that were bounded and scanned, with no second unzipper that could
// read the file differently, and nothing is inflated twice. The seed, corpus and round-trip
// tests exercise this path; a mammoth upgrade must keep them green.
import mammoth from 'mammoth';
import { headingNumber } from '../../../shared/gongwen/headingNumbers';
import { CN_NUMERAL, CN_NUMERAL_CHARS } from '../../../shared/gongwen/numerals';
import { checkDocxPackage, type CheckedDocx } from './zipGuard';

/** The parts of mammoth's document elements read here (lib/documents.js). */
interface DocNode {
  type: string;
  children?: DocNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  breakType?: string;
}

export interface DocxParagraph {
  text: string;
  /** 1–4 for a paragraph in a Word heading style (「标题 1」…), else 0. */
  headingLevel: number;
  /** Word draws a number before it that is not in the text. */
  autoNumbered: boolean;
}

function headingLevelOf(p: DocNode): number {
  const byName = /^(?:heading|标题)\s*([1-9])$/i.exec(p.styleName ?? '');
  const byId = /^(?:heading)?\s*([1-9])$/i.exec(p.styleId ?? '');
  const level = Number(byName?.[1] ?? byId?.[1] ?? 0);
  return level >= 1 && level <= 4 ? level : 0;
}

function textOf(node: DocNode): string {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      // A title wrapped with line breaks, or a 落款 typed as one paragraph: separate lines.
      return '\n';
    case 'run':
    case 'hyperlink':
      return (node.children ?? []).map(textOf).join('');
    default:
      // Images, note and comment references, checkboxes, bookmarks: no text of the report.
      return '';
  }
}

function collect(node: DocNode, out: DocxParagraph[]): void {
  if (node.type === 'paragraph') {
    out.push({
      text: (node.children ?? []).map(textOf).join(''),
      headingLevel: headingLevelOf(node),
      autoNumbered: node.numbering?.isOrdered === true,
    });
    return;
  }
  for (const child of node.children ?? []) collect(child, out);
}

/**
 * Parts whose content the text never uses: notes and comments (mammoth puts them beside the
 * document, and only the body is read here) and the content types (mammoth wants them for images,
 * which are never read). The guard still inflates and scans them like every other part it opens
 * first (zipGuard.ts); mammoth is told they are not there, so it does not parse them — about a
 * tenth of its work on a plain report. Under other names (a relationship may point anywhere)
 * mammoth reads them as before, at the old cost and with the same text.
 */
const UNUSED_PARTS = new Set([
  'word/footnotes.xml',
  'word/_rels/footnotes.xml.rels',
  'word/endnotes.xml',
  'word/_rels/endnotes.xml.rels',
  'word/comments.xml',
  'word/_rels/comments.xml.rels',
  '[Content_Types].xml',
]);

/** The zip interface mammoth reads packages through (lib/zipfile.js), over a checked package. */
function checkedZip(pkg: CheckedDocx) {
  const byName = new Map(pkg.entries.map((e) => [e.name, e]));
  return {
    exists: (name: string) => byName.has(name) && !UNUSED_PARTS.has(name),
    read: (name: string, encoding?: string) =>
      Promise.resolve().then(() => {
        const data = pkg.read(name);
        if (encoding === 'base64') return data.toString('base64');
        // Buffer's own UTF-8 decoding is the faster one; the BOM it keeps, mammoth strips.
        if (encoding === 'utf-8') return data.toString('utf8');
        return encoding ? new TextDecoder(encoding).decode(data) : data;
      }),
    write: () => {
      throw new Error('the imported package is read-only');
    },
    toArrayBuffer: () => Promise.reject(new Error('the imported package is read-only')),
  };
}

/** The paragraphs of a checked .docx in document order (table cells included, one paragraph each). */
export async function readDocxParagraphs(input: Uint8Array | CheckedDocx): Promise<DocxParagraph[]> {
  const pkg = input instanceof Uint8Array ? checkDocxPackage(input) : input;
  const paragraphs: DocxParagraph[] = [];
  await mammoth.convertToHtml(
    // Not in mammoth's typings: see the comment at the top.
    { file: checkedZip(pkg) } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
    {
      externalFileAccess: false,
      // The HTML is never made, so no style map is needed (parsing the default one costs time).
      includeDefaultStyleMap: false,
      includeEmbeddedStyleMap: false,
      transformDocument: (document: DocNode) => {
        collect(document, paragraphs);
        // Nothing left to render: the HTML is not used, and images are never read.
        return { ...document, children: [] };
      },
    },
  );
  return paragraphs;
}

const VISIBLE_NUMBER_RE = new RegExp(
  String.raw`^\s*(?:${CN_NUMERAL}+\s*[、.．]|[（(]\s*[${CN_NUMERAL_CHARS}\d]+\s*[）)]|\d+\s*[.．、]|第[${CN_NUMERAL_CHARS}\d]+[章节部分])`,
);

/** Paragraphs → text; automatic heading numbers are written into the text. */
export function paragraphsToText(paragraphs: readonly DocxParagraph[]): string {
  const counters = [0, 0, 0, 0, 0];
  const lines: string[] = [];
  for (const p of paragraphs) {
    let text = p.text;
    if (p.headingLevel > 0 && p.autoNumbered && text.trim() !== '') {
      counters[p.headingLevel] = (counters[p.headingLevel] ?? 0) + 1;
      for (let deeper = p.headingLevel + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
      if (!VISIBLE_NUMBER_RE.test(text)) text = headingNumber(p.headingLevel, counters[p.headingLevel]!) + text.trim();
    }
    lines.push(text);
  }
  return lines.join('\n');
}

export async function docxToText(input: Uint8Array | CheckedDocx): Promise<string> {
  return paragraphsToText(await readDocxParagraphs(input));
}
