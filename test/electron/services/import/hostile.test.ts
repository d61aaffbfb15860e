// The hostile-file corpus through the API (reader process included): every file refused with its code and
// a Chinese message within seconds, and the data folder byte-for-byte unchanged.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/cli';
import { ERROR_MESSAGES, type ErrorCode } from '../../../../shared/errors';
import { tempDataDir } from '../../../helpers/tempDir';
import { CORPUS_DIR, HOSTILE_CASES } from './hostileCorpus';
import { apiHarness, dbFingerprint } from './importHarness';
import { buildZip } from './zipWriter';

const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as Record<string, { code: ErrorCode; what: string }>;
const files = readdirSync(CORPUS_DIR).filter((f) => f !== 'manifest.json').sort();
const CJK = /[\u4e00-\u9fff]{4}/;

describe('hostile-file corpus', () => {
  it('lists every committed file, and every case of hostileCorpus.ts is committed', () => {
    expect(files).toEqual(Object.keys(manifest).sort());
    expect(HOSTILE_CASES.map((c) => c.file).sort()).toEqual(files);
  });

  it('refuses every file with its own code and a Chinese message, in seconds, writing nothing', async () => {
    const api = await apiHarness();
    // Something in the DB first, so "unchanged" covers real rows.
    await api.call('createReport', { unit: { fullName: '某镇人民政府', kind: 'township' }, year: 2024 });
    const before = dbFingerprint(api.store);
    const results: string[] = [];
    for (const file of files) {
      const started = Date.now();
      const error = await api.fail('previewImport', { fileName: file, data: readFileSync(path.join(CORPUS_DIR, file)) });
      const ms = Date.now() - started;
      results.push(`${file}: ${error.code} ${ms}ms ${error.message}`);
      expect(error.code, `${file} (${manifest[file]!.what})`).toBe(manifest[file]!.code);
      expect(error.message).toMatch(CJK);
      expect(ms, file).toBeLessThan(5000);
    }
    expect(dbFingerprint(api.store)).toEqual(before);
    expect(results).toHaveLength(files.length);
  });

  it('refuses a file over 50 MB in the reader (API) and before reading it (CLI)', async () => {
    const api = await apiHarness();
    const before = dbFingerprint(api.store);
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x41);
    const started = Date.now();
    const error = await api.fail('previewImport', { fileName: '大文件.docx', data: big });
    expect(error).toEqual({ code: 'IMPORT_TOO_LARGE', message: ERROR_MESSAGES.IMPORT_TOO_LARGE });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(dbFingerprint(api.store)).toEqual(before);

    const dir = tempDataDir();
    const file = path.join(dir, '大文件.docx');
    writeFileSync(file, big);
    const err: string[] = [];
    const code = await runCli(['import', file, '--data-dir', path.join(dir, 'data')], {}, { out: () => undefined, err: (t) => err.push(t) });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('文件超过 50 MB');
  });

  it('refuses a zip with thousands of parts without inflating any', async () => {
    const api = await apiHarness();
    const zip = buildZip(Array.from({ length: 6000 }, (_, k) => ({ name: `p${k}`, data: '', store: true })));
    const error = await api.fail('previewImport', { fileName: '很多部件.docx', data: zip });
    expect(error.code).toBe('IMPORT_UNSAFE');
    expect(error.message).toContain('6000');
  });
});
