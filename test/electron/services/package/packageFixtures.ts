// A real package and a real data file to build the hostile corpus (and the round-trip tests) from:
// seed 000 stored by the app, two versions, written by the app's own writer.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writePackage } from '../../../../electron/services/package/writePackage';
import { openStore } from '../../../../electron/services/store';
import { seedReport } from '../../../helpers/seedReports';
import { storeReport } from '../../../helpers/storeReport';
import type { PackageCorpusContext } from './hostilePackages';

export async function makePackageContext(): Promise<PackageCorpusContext> {
  const dataDir = mkdtempSync(path.join(tmpdir(), '年报 报告包样本 '));
  try {
    // A fixed clock (not helpers/tempDir's, which needs a running vitest): the files come out alike.
    let t = new Date(2025, 11, 10, 9, 0, 0).getTime();
    const clock = { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
    const store = await openStore({ dataDir, clock, awaitStartupBackup: true });
    try {
      const report = storeReport(store, seedReport(0));
      store.versions.save(report.id, 'manual', '送审稿');
      clock.advance(60_000);
      store.sections.saveText(report.sections[1]!.id, `${report.sections[1]!.body}\n补充一段。`);
      store.versions.save(report.id, 'manual', '定稿');
      const file = path.join(dataDir, 'valid.nianbao');
      await writePackage(store, report.id, file, { withHistory: true, appVersion: '0.1.0' });
      const backup = await store.backups.create(store.db, 'manual');
      return { valid: readFileSync(file), backup: readFileSync(backup.file) };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
