import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../../shared/errors';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/preview';
import { FileRefusal, bytesToBase64, readFileBase64, refusalOf } from '../../../renderer/import/readFile';

describe('reading an import file in the renderer', () => {
  it('gives the same base64 as Node for a file read in several slices, reporting progress', async () => {
    const bytes = new Uint8Array(7 * 1024 * 1024 + 5).map((_, i) => (i * 31 + (i >> 8)) & 0xff);
    const file = new File([bytes], '报告.docx');
    const progress: number[] = [];
    const data = await readFileBase64(file, (f) => progress.push(f));
    expect(data).toBe(Buffer.from(bytes).toString('base64'));
    expect(progress.length).toBe(3);
    expect(progress.at(-1)).toBe(1);
    expect(bytesToBase64(new Uint8Array([0xe4, 0xb8, 0xad]))).toBe('5Lit');
  });

  it('refuses by name and size before reading', async () => {
    expect(refusalOf({ name: '报告.pdf', size: 10 })).toContain('只能导入 Word 文档');
    expect(refusalOf({ name: '报告.DOCX', size: MAX_IMPORT_FILE_BYTES + 1 })).toBe(ERROR_MESSAGES.IMPORT_TOO_LARGE);
    expect(refusalOf({ name: '报告.txt', size: MAX_IMPORT_FILE_BYTES })).toBeNull();
    // Empty files are the main side's to word (it knows why).
    expect(refusalOf({ name: '空.doc', size: 0 })).toBeNull();
    const huge = { name: '大.docx', size: MAX_IMPORT_FILE_BYTES + 1, slice: () => { throw new Error('read'); } } as unknown as File;
    await expect(readFileBase64(huge, () => undefined)).rejects.toBeInstanceOf(FileRefusal);
  });
});
