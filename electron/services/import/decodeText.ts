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
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const bom = bomOf(bytes);
  let encoding: TextEncodingName;
  let text: string;
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
        text = new TextDecoder('gb18030').decode(bytes);
        encoding = 'gb18030';
      }
    }
  }
  // Binary data decodes to control characters and U+FFFD; a few stray ones are tolerated.
  if (text.includes('\u0000') || controlShare(text) > 0.01) throw new AppError('IMPORT_UNREADABLE', NOT_TEXT);
  return { text, encoding };
}
