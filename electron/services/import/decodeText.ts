// Bytes of a .txt file → text. Chinese PCs save text as UTF-8 (with or without BOM), as UTF-16
// (Notepad's 「Unicode」, always with a BOM) or as GBK/GB18030 (Notepad's 「ANSI」 on a Chinese
// Windows). UTF-8 is tried strictly first: GBK bytes almost never form valid UTF-8.
import { AppError } from '../../../shared/errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const NOT_TEXT = '文件内容不是文字（可能是图片或其他格式的文件改了扩展名）。请选择年度报告的 Word 文件（.docx/.doc）或文本文件（.txt）。';

function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * UTF-16 without a BOM shows itself by zero bytes: ASCII characters (line breaks, digits) have a
 * zero high byte, which sits at odd offsets in little-endian and even ones in big-endian. CJK
 * characters such as U+4E00 put a zero in the other half now and then, so the test is which side
 * clearly has more.
 */
function bomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = n / 2;
  if (odd > half * 0.02 && odd >= 4 * even) return 'utf-16le';
  if (even > half * 0.02 && even >= 4 * odd) return 'utf-16be';
  return null;
}

/** Control characters other than tab, line feed, carriage return and form feed. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) bad++;
  }
  return bad / text.length;
}

/**
 * Share of the non-ASCII bytes that form well-formed UTF-8 sequences of three or four bytes:
 * about 1 for UTF-8 Chinese, about 0.05 for GBK (whose byte pairs line up as UTF-8 by chance).
 * Text that is not valid UTF-8 but scores high is UTF-8 with something else mixed in.
 */
function utf8Share(bytes: Uint8Array): number {
  let nonAscii = 0;
  let inSequences = 0;
  const cont = (i: number) => i < bytes.length && (bytes[i]! & 0xc0) === 0x80;
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const length = c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 1;
    let whole = length > 1;
    for (let k = 1; whole && k < length; k++) whole = cont(i + k);
    const step = whole ? length : 1;
    nonAscii += step;
    if (whole) inSequences += step;
    i += step;
  }
  return nonAscii === 0 ? 0 : inSequences / nonAscii;
}

/** Above this share the text is taken for UTF-8 (see utf8Share). */
const UTF8_EVIDENCE = 0.2;

function undecodable(text: string): AppError {
  const bad = text.indexOf('\uFFFD');
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < bad; i = text.indexOf('\n', i + 1)) line++;
  return new AppError(
    'IMPORT_UNREADABLE',
    `文件编码无法识别：从第 ${line} 行起有既不是 UTF-8 也不是 GBK 的文字（可能是不同编码的文字拼在了一起，或文件已损坏）。` +
      '请用记事本或 WPS 打开文件，检查这一行，另存为 UTF-8 编码后再导入。',
  );
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const bom = bomOf(bytes);
  let encoding: TextEncodingName;
  let text: string;
  let lossy = false;
  if (bom) {
    encoding = bom.encoding;
    text = new TextDecoder(encoding).decode(bytes.subarray(bom.skip));
  } else {
    const utf16 = bomlessUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = new TextDecoder(utf16).decode(bytes);
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        // Not UTF-8 throughout: GBK, unless most of it is UTF-8 (then the rest is something
        // else, and decoding all of it as GBK would import nonsense without a word).
        encoding = utf8Share(bytes) >= UTF8_EVIDENCE ? 'utf-8' : 'gb18030';
        try {
          text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
        } catch {
          lossy = true;
          text = new TextDecoder(encoding).decode(bytes);
        }
      }
    }
  }
  // Binary data decodes to control characters; a few stray ones are tolerated.
  if (text.includes('\u0000') || controlShare(text) > 0.01) throw new AppError('IMPORT_UNREADABLE', NOT_TEXT);
  if (lossy) throw undecodable(text);
  return { text, encoding };
}
