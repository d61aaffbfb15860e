// Backups with SQLite's online backup API (never a file copy of the live database), named by
// local time and reason, rotated: the newest daily backup of each of the last 7 days and of each of
// the last 12 months, the last 3 taken before migrations, and manual ones (on demand, and before a
// report is deleted) for 30 days — at least the last 10 — so a later backup that day never
// removes the copy taken before a deletion; a backup taken on quit counts as a daily one. Whatever
// the counts say, the newest backup that can be trusted and holds reports (trust.ts) is never
// deleted: days of backups of an emptied library must not rotate the last real one out.
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/types';
import type { Clock } from '../clock';
import type { Db } from '../db/database';
import { newestWithContent } from './trust';

const NAME = /^nianbao-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?-(daily|manual|premigration|quit)\.db$/;
const DAY_MS = 24 * 60 * 60 * 1000;
export const KEEP_DAYS = 7;
export const KEEP_MONTHS = 12;
export const KEEP_PREMIGRATION = 3;
export const KEEP_MANUAL = 10;
export const KEEP_MANUAL_DAYS = 30;

const pad = (n: number) => String(n).padStart(2, '0');

/** 20251210-090507: a backup file's time, sortable as text. */
export function stamp(d: Date): string {
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

interface Entry extends BackupInfo {
  time: Date;
  /** Orders backups made within the same second (see parse). */
  order: number;
}

/** Rows this connection inserted, updated or deleted since it was opened. */
function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/**
 * One self-contained backup file of `db` at `target`: written with the online backup API under a
 * name no list takes for a backup, switched to rollback mode (so reading it never adds -wal/-shm
 * beside it, on a USB stick too), then renamed — a crash or a full disk never leaves a file that
 * looks like a good backup. Past `deadline` the backup stops and its partial file is removed.
 */
export async function writeBackupFile(db: Db, target: string, deadline?: number): Promise<void> {
  const tmp = `${target}.partial`;
  try {
    await db.backup(tmp, {
      progress: () => {
        if (deadline !== undefined && Date.now() > deadline) throw new Error('backup stopped: out of time');
        return 100;
      },
    });
    const copy = new Database(tmp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

export class BackupStore {
  constructor(
    readonly dir: string,
    private readonly clock: Clock,
  ) {}

  private parse(file: string): Entry | null {
    const m = NAME.exec(file);
    if (!m) return null;
    const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
    const time = new Date(y!, mo! - 1, d!, h!, mi!, s!);
    let bytes = 0;
    try {
      bytes = statSync(join(this.dir, file)).size;
    } catch {
      return null;
    }
    // Within one second a numbered name (-2-, -3-) was made after the plain one, and a premigration
    // copy comes before the start-up backup taken after the migration.
    const order = Number(m[7] ?? 1) * 2 + (m[8] === 'premigration' ? 0 : 1);
    return { file: join(this.dir, file), reason: m[8] as BackupInfo['reason'], createdAt: time.toISOString(), bytes, time, order };
  }

  /** Newest first. */
  list(): BackupInfo[] {
    return this.entries().map(({ time: _time, order: _order, ...info }) => info);
  }

  private entries(): Entry[] {
    let files: string[] = [];
    try {
      files = readdirSync(this.dir);
    } catch {
      return [];
    }
    return files
      .map((f) => this.parse(f))
      .filter((e): e is Entry => e !== null)
      .sort((a, b) => b.time.getTime() - a.time.getTime() || b.order - a.order || b.file.localeCompare(a.file));
  }

  newest(): BackupInfo | null {
    return this.list()[0] ?? null;
  }

  isDue(): boolean {
    const last = this.entries().find((e) => e.reason !== 'premigration');
    return !last || this.clock.now().getTime() - last.time.getTime() >= DAY_MS;
  }

  /** The connection's change count when this store last backed it up (see changedSinceBackup). */
  private changesAtBackup = 0;

  /** Whether `db` wrote anything since this store's last backup of it (or since it was opened). */
  changedSinceBackup(db: Db): boolean {
    return totalChanges(db) > this.changesAtBackup;
  }

  /** `deadline` (a Date.now() value): give up past it, leaving no partial file (quitting must not wait long). */
  async create(db: Db, reason: BackupInfo['reason'], deadline?: number): Promise<BackupInfo> {
    mkdirSync(this.dir, { recursive: true });
    const base = `nianbao-${stamp(this.clock.now())}`;
    let name = `${base}-${reason}.db`;
    for (let i = 2; this.parse(name) !== null; i++) name = `${base}-${i}-${reason}.db`;
    const changes = totalChanges(db);
    await writeBackupFile(db, join(this.dir, name), deadline);
    this.changesAtBackup = changes;
    this.rotate();
    const entry = this.parse(name);
    if (!entry) throw new Error(`backup vanished: ${join(this.dir, name)}`);
    const { time: _time, order: _order, ...info } = entry;
    return info;
  }

  /** Deletes backups outside the retention policy; returns the deleted paths. */
  rotate(): string[] {
    const entries = this.entries();
    const keep = new Set<string>();
    const pre = entries.filter((e) => e.reason === 'premigration');
    pre.slice(0, KEEP_PREMIGRATION).forEach((e) => keep.add(e.file));
    const now = this.clock.now().getTime();
    entries
      .filter((e) => e.reason === 'manual')
      .forEach((e, i) => {
        if (i < KEEP_MANUAL || now - e.time.getTime() < KEEP_MANUAL_DAYS * DAY_MS) keep.add(e.file);
      });
    const content = newestWithContent(entries);
    if (content) keep.add(content.file);
    // A backup on quit is the day's newest state: kept by the same days-and-months rule.
    const regular = entries.filter((e) => e.reason === 'daily' || e.reason === 'quit');
    if (regular[0]) keep.add(regular[0].file);
    const days = new Set<string>();
    const months = new Set<string>();
    for (const e of regular) {
      const day = `${e.time.getFullYear()}-${e.time.getMonth()}-${e.time.getDate()}`;
      const month = `${e.time.getFullYear()}-${e.time.getMonth()}`;
      if (!days.has(day) && days.size < KEEP_DAYS) {
        days.add(day);
        keep.add(e.file);
      }
      if (!months.has(month) && months.size < KEEP_MONTHS) {
        months.add(month);
        keep.add(e.file);
      }
    }
    const removed: string[] = [];
    for (const e of entries) {
      if (keep.has(e.file)) continue;
      rmSync(e.file, { force: true });
      removed.push(e.file);
    }
    // Leftovers of interrupted backups.
    for (const f of readdirSync(this.dir)) if (/\.partial(-wal|-shm|-journal)?$/.test(f)) rmSync(join(this.dir, f), { force: true });
    return removed;
  }
}
