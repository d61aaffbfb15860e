// Render checks of exported .docx files: LibreOffice converts them to PDF with the 公文 font names
// mapped to free fonts (test/fixtures/fonts.conf), poppler reads back words, positions and pages.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FONTS_CONF = path.join(repoRoot, 'test/fixtures/fonts.conf');
export const ARTIFACT_DIR = path.join(repoRoot, 'test-results/export');

/** 1 pt = 20 twips; PDF coordinates are in points from the page's top-left corner (pdftotext). */
export const twipsToPt = (twips: number) => twips / 20;

/** The 版心 of the default margins in PDF points from the top-left corner. */
export const BANXIN = { left: twipsToPt(1588), right: twipsToPt(11906 - 1474), top: twipsToPt(2098), bottom: twipsToPt(16838 - 1984) } as const;

/**
 * Converts .docx files to PDF in one LibreOffice run (start-up dominates: batch documents).
 * Each call uses its own throwaway profile so parallel runs and a user's LibreOffice don't clash.
 */
export async function docxToPdf(docxFiles: string[], outDir: string): Promise<string[]> {
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...docxFiles,
      ],
      { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdfs = docxFiles.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
  const missing = pdfs.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new Error(`LibreOffice produced no PDF for: ${missing.join(', ')}`);
  return pdfs;
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfLine extends PdfWord {
  words: PdfWord[];
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
  lines: PdfLine[];
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Words sharing a baseline (within `tolerance` pt), top to bottom, each line left to right. */
export function groupLines(words: PdfWord[], tolerance = 3): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const word of [...words].sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs(l.yMax - word.yMax) <= tolerance);
    if (line) {
      line.words.push(word);
      line.xMin = Math.min(line.xMin, word.xMin);
      line.xMax = Math.max(line.xMax, word.xMax);
      line.yMin = Math.min(line.yMin, word.yMin);
    } else {
      lines.push({ ...word, words: [word] });
    }
  }
  for (const line of lines) {
    line.words.sort((a, b) => a.xMin - b.xMin);
    line.text = line.words.map((w) => w.text).join(' ');
  }
  return lines.sort((a, b) => a.yMax - b.yMax);
}

/** Every page's words with their boxes (`pdftotext -bbox`). */
export async function pdfPages(pdf: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const page of stdout.matchAll(pageRe)) {
    const words: PdfWord[] = [];
    for (const w of (page[3] ?? '').matchAll(wordRe)) {
      words.push({ xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: unescapeHtml(w[5] ?? '') });
    }
    pages.push({ width: Number(page[1]), height: Number(page[2]), words, lines: groupLines(words) });
  }
  return pages;
}

/** The text of each page as `pdftotext -layout` lays it out. */
export async function pdfLayoutText(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages = stdout.split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

/** PNGs of pages `first`..`last` as `<prefix>-<n>.png` (pdftoppm numbers them). */
export async function pdfToPngs(pdf: string, prefix: string, first: number, last: number, dpi = 60): Promise<string[]> {
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), pdf, prefix]);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    // pdftoppm pads the page number to the width of the document's page count.
    const candidates = [String(n), String(n).padStart(2, '0'), String(n).padStart(3, '0')].map((k) => path.join(dir, `${base}-${k}.png`));
    const found = candidates.find((c) => existsSync(c));
    if (!found) throw new Error(`pdftoppm wrote no PNG for page ${n} of ${pdf}`);
    out.push(found);
  }
  return out;
}

/** Width of a line's text in 字 (full-width 1, half-width ½), spaces between words not counted. */
export function lineChars(text: string): number {
  let width = 0;
  for (const char of text.replace(/\s/g, '')) width += /[\u2014-\u2026\u00b7\u2e80-\uff60\uffe0-\uffe7]|[\u{20000}-\u{3ffff}]/u.test(char) ? 1 : 0.5;
  return width;
}

export function tempRenderDir(label: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `render-${label}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
