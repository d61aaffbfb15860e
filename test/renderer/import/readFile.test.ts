import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/limits';
import { FileRefusal, readFileBytes, refusalOf } from '../../../renderer/import/readFile';

describe('reading an import file in the renderer', () => {
  it('gives the file’s bytes as they are, read in several slices, reporting progress', async () => {
    const bytes = new Uint8Array(9 * 1024 * 1024 + 5).map((_, i) => (i * 31 + (i >> 8)) & 0xff);
    const file = new File([bytes], '报告.docx');
    const progress: number[] = [];
    const data = await readFileBytes(file, (f) => progress.push(f));
    expect(data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(data).equals(Buffer.from(bytes))).toBe(true);
    expect(progress.length).toBe(3);
    expect(progress.at(-1)).toBe(1);
  });

  it('refuses by name and size before reading', async () => {
    expect(refusalOf({ name: '报告.pdf', size: 10 })).toContain('只能导入 Word 文档');
    expect(refusalOf({ name: '报告.DOCX', size: MAX_IMPORT_FILE_BYTES + 1 })).toBe(ERROR_MESSAGES.IMPORT_TOO_LARGE);
    expect(refusalOf({ name: '报告.txt', size: MAX_IMPORT_FILE_BYTES })).toBeNull();
    // Empty files are the main side's to word (it knows why).
    expect(refusalOf({ name: '空.doc', size: 0 })).toBeNull();
    const huge = { name: '大.docx', size: MAX_IMPORT_FILE_BYTES + 1, slice: () => { throw new Error('read'); } } as unknown as File;
    await expect(readFileBytes(huge, () => undefined)).rejects.toBeInstanceOf(FileRefusal);
  });
});
