// Temp data folders with Chinese characters and spaces in the path, as on real users' PCs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { NewReport } from '../../electron/services/reports/reportRepo';
import { openStore, type Store, type StoreOptions } from '../../electron/services/store';
import type { Report } from '../../shared/types';

export function makeTempDir(label = '年报 数据'): string {
  return mkdtempSync(join(tmpdir(), `${label} `));
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A temp data dir removed after the test. */
export function tempDataDir(label?: string): string {
  const dir = makeTempDir(label);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A store on a fresh temp dir, closed after the test. */
export async function tempStore(options: Partial<StoreOptions> = {}): Promise<Store> {
  const store = await openStore({ dataDir: options.dataDir ?? tempDataDir(), awaitStartupBackup: true, ...options });
  cleanups.unshift(() => store.close());
  return store;
}

/** A bare 2025 report of 盘龙彝族乡 in `store`, no sections unless given; `fields` set what a test is about. */
export function createReport(store: Store, fields: Partial<NewReport> = {}): Report {
  return store.reports.create({
    unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' },
    year: 2025, templateId: 'plain', templateVersion: 1, title: 't', addressee: '', opening: '', closing: '',
    signatureName: '', signatureDate: '', sections: [],
    ...fields,
  });
}

/** A clock tests can move. */
export function manualClock(start = new Date(2025, 11, 10, 9, 0, 0)) {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(d: Date) {
      t = d.getTime();
    },
  };
}
