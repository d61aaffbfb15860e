// Reads a dropped or chosen file's bytes for previewImport. A file over the limit is refused by its
// size before a byte is read; the rest is read in slices so the dialog can show how far it got.
// The bytes go to the main side as they are (structured clone), never as text.
import { ERROR_MESSAGES } from '../../shared/errors';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/import/limits';

/** What the import accepts; the main side decides by content, this only keeps obvious mistakes out. */
export const IMPORT_EXTENSIONS = ['.docx', '.doc', '.txt'] as const;
export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** Read this much at a time, for progress. */
const SLICE_BYTES = 4 * 1024 * 1024;

export class FileRefusal extends Error {}

export function extensionOf(name: string): string {
  return /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';
}

/** Null when the file may be read; else the Chinese reason it is refused. */
export function refusalOf(file: { name: string; size: number }): string | null {
  const ext = extensionOf(file.name);
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    return `不能导入「${file.name}」：只能导入 Word 文档（.docx、.doc）或文本文件（.txt）。其他格式请先在 Word/WPS 中另存为 .docx。`;
  }
  if (file.size > MAX_IMPORT_FILE_BYTES) return ERROR_MESSAGES.IMPORT_TOO_LARGE;
  return null;
}

/** The file's content; `onProgress` gets 0…1 after each slice. */
export async function readFileBytes(file: Blob & { name: string }, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  const refusal = refusalOf(file);
  if (refusal) throw new FileRefusal(refusal);
  const bytes = new Uint8Array(file.size);
  for (let at = 0; at < file.size; at += SLICE_BYTES) {
    let buffer: ArrayBuffer;
    try {
      buffer = await file.slice(at, at + SLICE_BYTES).arrayBuffer();
    } catch {
      throw new FileRefusal(`无法读取「${file.name}」：文件可能已被移走、正在被其他程序占用，或 U 盘已拔出。`);
    }
    bytes.set(new Uint8Array(buffer), at);
    onProgress(Math.min(1, (at + buffer.byteLength) / file.size));
  }
  return bytes;
}
