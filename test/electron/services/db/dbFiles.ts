// File-level helpers for the storage tests: hashes and listings that prove a data folder was (or
// was not) touched, a store seeded with a recognisable report, and page-level damage tools.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import { openStore, type Store } from '../../../../electron/services/store';
import type { Clock } from '../../../../electron/services/clock';
import { plainOutline } from '../../../../electron/services/reports/plainOutline';

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Every file under `dir` (recursively) with its sha256, keyed by relative path. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = sha256(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

export const UNIT = '盘龙彝族乡人民政府';

/** Creates a report whose first section holds `body`; returns the report id and section id. */
export function seedReport(store: Store, body: string, year = 2025): { reportId: number; sectionId: number } {
  const report = store.reports.create({
    unit: { fullName: UNIT, kind: 'township' },
    year, templateId: 'plain', templateVersion: 1, title: `${UNIT}关于${year}年度法治政府建设情况的报告`,
    addressee: '县人民政府', opening: '', closing: '', signatureName: UNIT, signatureDate: '', sections: plainOutline(),
  });
  const sectionId = report.sections[0]!.id;
  store.sections.saveText(sectionId, body);
  return { reportId: report.id, sectionId };
}

/** Section bodies of every report in a database file, read with a plain connection. */
export function bodiesIn(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT body FROM sections WHERE body <> \'\' ORDER BY id').all() as Array<{ body: string }>).map((r) => r.body);
  } finally {
    db.close();
  }
}

export function userVersion(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

export function quickCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('quick_check', { simple: true }));
  } finally {
    db.close();
  }
}

/** The schema as SQL text, sorted, for comparing two files. */
export function schemaOf(db: Database.Database): string[] {
  return (db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Array<{ type: string; name: string; sql: string | null }>)
    .map((r) => `${r.type} ${r.name}: ${r.sql ?? ''}`);
}

/** Page numbers of the leaf pages of a table's b-tree (needs the dbstat table, compiled in). */
export function leafPages(file: string, table: string): number[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").all(table) as Array<{ pageno: number }>;
    return rows.map((r) => r.pageno);
  } finally {
    db.close();
  }
}

/**
 * A data folder that already holds a report, closed, with no backup yet: the state after a first
 * day's work (start-up takes no backup of an empty library, so the next start takes the first).
 */
export async function folderWithReport(dataDir: string, clock: Clock, body = '已有的正文'): Promise<void> {
  const store = await openStore({ dataDir, clock });
  seedReport(store, body);
  await store.close();
}

/** The error a start-up (or any promise) was refused with; fails the test if it went through. */
export async function rejection(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await p;
  } catch (err) {
    return err as { code?: string; message: string };
  }
  throw new Error('expected the promise to be refused');
}

/** Opens the folder and expects a first start: nothing restored, no reports. */
export async function expectFirstStart(dataDir: string, clock: Clock): Promise<void> {
  const store = await openStore({ dataDir, clock });
  try {
    expect(store.recovery).toBeNull();
    expect(store.reports.list()).toEqual([]);
  } finally {
    await store.close();
  }
}
