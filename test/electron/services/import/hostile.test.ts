// The hostile-file corpus through the API (reader process included): every file refused with its code and
// a Chinese message, and the data folder byte-for-byte unchanged. How fast each refusal is belongs to the
// bench (a wall-clock bound here failed on a loaded machine); a hang still fails as the test's timeout.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/cli';
import { ERROR_MESSAGES, type ErrorCode } from '../../../../shared/errors';
import { tempDataDir } from '../../../helpers/tempDir';
import { CORPUS_DIR, HOSTILE_CASES } from './hostileCorpus';
import { apiHarness, dbFingerprint } from './importHarness';
import { buildZip, documentXml, minimalDocx } from './zipWriter';

const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as Record<string, { code: ErrorCode; what: string }>;
const files = readdirSync(CORPUS_DIR).filter((f) => f !== 'manifest.json').sort();
const CJK = /[\u4e00-\u9fff]{4}/;

describe('hostile-file corpus', () => {
  it('lists every committed file, and every case of hostileCorpus.ts is committed', () => {
    expect(files).toEqual(Object.keys(manifest).sort());
    expect(HOSTILE_CASES.map((c) => c.file).sort()).toEqual(files);
  });

  it('refuses every file with its own code and a Chinese message, writing nothing', async () => {
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
    }
    expect(dbFingerprint(api.store)).toEqual(before);
    expect(results).toHaveLength(files.length);
  });

  it('refuses a file over 50 MB in the reader (API) and before reading it (CLI)', async () => {
    const api = await apiHarness();
    const before = dbFingerprint(api.store);
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x41);
    const error = await api.fail('previewImport', { fileName: '大文件.docx', data: big });
    expect(error).toEqual({ code: 'IMPORT_TOO_LARGE', message: ERROR_MESSAGES.IMPORT_TOO_LARGE });
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
    expect(error.message).toContain('6,000 个部件');
    // 70,000 entries: the 16-bit count says 4,464; the message counts the directory itself.
    const wrapped = buildZip(Array.from({ length: 70_000 }, (_, k) => ({ name: `p${k}`, data: '', store: true })));
    const wrapError = await api.fail('previewImport', { fileName: '七万部件.docx', data: wrapped });
    expect(wrapError.code).toBe('IMPORT_UNSAFE');
    expect(wrapError.message).toContain('70,000 个部件');
  });

  it('refuses a paste of 150,000 headings in the reader, saying how many, writing nothing', async () => {
    const api = await apiHarness();
    const before = dbFingerprint(api.store);
    const text = Array.from({ length: 150_000 }, (_, k) => (k % 5 === 0 ? '一、标题' : '（一）小标题')).join('\n');
    const error = await api.fail('previewImport', { text });
    expect(error.code).toBe('IMPORT_TOO_LARGE');
    expect(error.message).toContain('识别出 150,000 个标题');
    expect(dbFingerprint(api.store)).toEqual(before);
  });

  it('scans every part the parser reads for a DTD, whatever its name', async () => {
    const api = await apiHarness();
    const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.dat"/></Relationships>`;
    const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.dat" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
    const plain = minimalDocx([], { '[Content_Types].xml': types, '_rels/.rels': rels, 'word/document.dat': documentXml(['一、主要举措', '依法行政。']) });
    const entities = documentXml(['&x;'], '<!DOCTYPE w:document [<!ENTITY x "依法行政">]>\n').replace('&amp;x;', '&x;');
    const hostile = minimalDocx([], { '[Content_Types].xml': types, '_rels/.rels': rels, 'word/document.dat': entities });
    // The same package without a DTD reads, so the refusal below is the scan's.
    expect(JSON.stringify(await api.call('previewImport', { fileName: '正常.docx', data: plain }))).toContain('依法行政');
    const error = await api.fail('previewImport', { fileName: '改名部件.docx', data: hostile });
    expect(error.code).toBe('IMPORT_UNSAFE');
  });
});
