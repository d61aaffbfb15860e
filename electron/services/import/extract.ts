// A file's bytes → its text. The content decides the format (a .docx renamed .txt still reads);
// the extension only words the refusal when the content is not what the name promises. Runs in
// the reader process (readSource.ts); every refusal is an AppError with the Chinese message to show.
import { AppError } from '../../../shared/errors';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_TEXT_CHARS } from '../../../shared/import/limits';
import { decodeText, type TextEncodingName } from './decodeText';
import { docToText } from './docText';
import { docxToText } from './docxText';
import { classifyOle, isOle } from './ole';
import { checkDocxPackage } from './zipGuard';

export type SourceFormat = 'docx' | 'doc' | 'txt';

export interface ExtractedText {
  text: string;
  format: SourceFormat;
  /** For .txt: how the bytes were decoded. */
  encoding?: TextEncodingName;
}

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const asciiStart = (bytes: Uint8Array, n: number) => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.length)).toString('latin1');

/** Formats people pick by mistake, recognised by their first bytes. */
function foreignKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'PNG 图片';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'JPEG 图片';
  if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return 'GIF 图片';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'PDF 文件';
  if (startsWith(bytes, 0x52, 0x61, 0x72, 0x21)) return 'RAR 压缩包';
  if (startsWith(bytes, 0x37, 0x7a, 0xbc, 0xaf)) return '7z 压缩包';
  if (startsWith(bytes, 0x4d, 0x5a)) return '可执行程序';
  if (startsWith(bytes, 0x1f, 0x8b)) return 'gzip 压缩包';
  return null;
}

const WORD_EXT_RE = /\.(docx|docm|dotx|doc|dot|wps)$/i;

function extensionOf(fileName: string): string {
  return /\.[^./\\]+$/.exec(fileName)?.[0].toLowerCase() ?? '';
}

function refuseAsNotWord(what: string): never {
  const space = /^[A-Za-z0-9]/.test(what) ? ' ' : '';
  throw new AppError('IMPORT_UNREADABLE', `这是${space}${what}，不是 Word 文档。请选择年度报告的 Word 文件（.docx/.doc）或文本文件（.txt）。`);
}

async function readFormat(fileName: string, bytes: Uint8Array): Promise<ExtractedText> {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    return { text: await docxToText(checkDocxPackage(bytes)), format: 'docx' };
  }
  if (isOle(bytes)) {
    const ole = classifyOle(bytes);
    if (ole.kind === 'encrypted') throw new AppError('IMPORT_ENCRYPTED');
    if (ole.kind === 'other') refuseAsNotWord(ole.what);
    return { text: await docToText(bytes), format: 'doc' };
  }
  const foreign = foreignKind(bytes);
  if (foreign) refuseAsNotWord(foreign);
  const head = asciiStart(bytes, 512).trimStart();
  if (head.startsWith('{\\rtf')) {
    throw new AppError('IMPORT_UNREADABLE', '这是 RTF 格式的文件，请在 Word/WPS 中打开并另存为 .docx 后再导入。');
  }
  if (WORD_EXT_RE.test(fileName)) {
    if (/^(<!doctype html|<html|mime-version:)/i.test(head)) {
      throw new AppError('IMPORT_UNREADABLE', '这是以网页格式保存的文件，请在 Word/WPS 中打开并另存为 .docx 后再导入。');
    }
    throw new AppError(
      'IMPORT_UNREADABLE',
      `文件扩展名是 ${extensionOf(fileName)}，但内容不是 Word 文档（可能已损坏，或是其他文件改了扩展名）。请在 Word/WPS 中打开原文件并另存为 .docx 后再导入。`,
    );
  }
  const { text, encoding } = decodeText(bytes);
  return { text, format: 'txt', encoding };
}

export async function extractText(fileName: string, bytes: Uint8Array): Promise<ExtractedText> {
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw new AppError('IMPORT_TOO_LARGE');
  if (bytes.length === 0) throw new AppError('IMPORT_EMPTY', '文件是空的（0 字节），可能复制或下载时出错。请重新获取原文件后再导入。');
  let result: ExtractedText;
  try {
    result = await readFormat(fileName, bytes);
  } catch (err) {
    if (err instanceof AppError) throw err;
    // mammoth and word-extractor throw plain errors on malformed XML or OLE structures.
    throw new AppError('IMPORT_UNREADABLE', '文件已损坏，无法读取其中的文字。请在 Word/WPS 中打开并另存为 .docx 后再导入。');
  }
  const text = result.text.split('\u0000').join('');
  if (text.length > MAX_IMPORT_TEXT_CHARS) {
    throw new AppError('IMPORT_TOO_LARGE', `文件中的文字超过 ${MAX_IMPORT_TEXT_CHARS / 10_000} 万字，远多于一份年度报告，无法导入。`);
  }
  if (text.trim() === '') throw new AppError('IMPORT_EMPTY');
  return { ...result, text };
}
