// Every committed hostile package (test/fixtures/package/hostile, ≥ 20) and one over the size
// limit is refused through the API with its Chinese message, and the user's data folder is exactly
// as before: the sha256 of every file and the row count of every table. The valid package the
// corpus was made from is accepted (the refusals are not a reader that refuses everything).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PACKAGE_BYTES } from '../../../../shared/package';
import { seedReport } from '../../../helpers/seedReports';
import { storeReport } from '../../../helpers/storeReport';
import { apiHarness, dbFingerprint } from '../import/importHarness';
import { HOSTILE_PACKAGE_DIR, HOSTILE_PACKAGES } from './hostilePackages';
import { makePackageContext } from './packageFixtures';

const manifest = JSON.parse(readFileSync(path.join(HOSTILE_PACKAGE_DIR, 'manifest.json'), 'utf8')) as Record<string, { what: string; message: string }>;

describe('hostile packages', () => {
  it('the corpus is committed as the generator writes it: ≥ 20 files, one per case', () => {
    const files = readdirSync(HOSTILE_PACKAGE_DIR).filter((f) => f !== 'manifest.json').sort();
    expect(files).toEqual(HOSTILE_PACKAGES.map((c) => c.file).sort());
    expect(Object.keys(manifest).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it('refuses each with its Chinese message and leaves the data folder untouched', async () => {
    const api = await apiHarness();
    const report = storeReport(api.store, seedReport(1));
    await api.call('saveVersion', { reportId: report.id, label: '送审稿' });
    // The -shm file is SQLite's shared-memory index of the WAL: reading (the fingerprint's own row
    // counts) moves its read marks. It holds no data; the database, its WAL and every row do.
    const fingerprint = () => {
      const { files, rows } = dbFingerprint(api.store);
      return { files: Object.fromEntries(Object.entries(files).filter(([f]) => !f.endsWith('-shm'))), rows };
    };
    const before = fingerprint();
    const refusals: Array<[string, string, string]> = [];
    for (const [file, { message }] of Object.entries(manifest)) {
      const data = new Uint8Array(readFileSync(path.join(HOSTILE_PACKAGE_DIR, file)));
      const error = await api.fail('openPackage', { fileName: file, data });
      refusals.push([file, error.code, error.message]);
      expect(error.code, file).toBe('PACKAGE_INVALID');
      expect(error.message, file).toContain(message);
      expect(error.message, file).toMatch(/[\u4e00-\u9fff]/);
    }
    const tooLarge = await api.fail('openPackage', { fileName: 'too-large.nianbao', data: new Uint8Array(MAX_PACKAGE_BYTES + 1) });
    expect(tooLarge).toMatchObject({ code: 'PACKAGE_INVALID', message: expect.stringContaining('超过 64 MB 的上限') });
    expect(fingerprint()).toEqual(before);
    // Nothing was left in a preview to import by mistake.
    expect(refusals).toHaveLength(Object.keys(manifest).length);
  });

  it('accepts the valid package the corpus was made from', async () => {
    const api = await apiHarness();
    const { valid } = await makePackageContext();
    const preview = await api.call('openPackage', { fileName: 'valid.nianbao', data: new Uint8Array(valid) });
    expect(preview).toMatchObject({ unitName: expect.stringContaining('盘龙'), year: 2023, versionCount: 2, existing: null });
  });
});
