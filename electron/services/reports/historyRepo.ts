// Section revisions and whole-report snapshots. Autosaves are coalesced (one revision per section
// per few minutes); every explicit snapshot, import, restore and export leaves its own revision.
import { AppError } from '../../../shared/errors';
import type { Report, Revision, RevisionKind, Section, SnapshotInfo } from '../../../shared/types';
import type { Db } from '../db/database';
import { toRevision, toSection, toSnapshotInfo, type RevisionRow, type SectionRow, type SnapshotRow } from '../db/restore';

/** Autosaves closer together than this update one revision instead of adding rows. */
export const COALESCE_MS = 5 * 60 * 1000;

export class HistoryRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => string,
  ) {}

  private latest(sectionId: number): RevisionRow | undefined {
    return this.db
      .prepare('SELECT * FROM revisions WHERE section_id = ? ORDER BY id DESC LIMIT 1')
      .get(sectionId) as RevisionRow | undefined;
  }

  /** Call inside the saving transaction. */
  recordAutosave(sectionId: number, title: string, body: string): void {
    const at = this.now();
    const last = this.latest(sectionId);
    if (last && last.kind === 'autosave' && Date.parse(at) - Date.parse(last.created_at) < COALESCE_MS) {
      this.db.prepare('UPDATE revisions SET title = ?, body = ?, updated_at = ? WHERE id = ?').run(title, body, at, last.id);
      return;
    }
    this.db
      .prepare('INSERT INTO revisions (section_id, kind, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(sectionId, 'autosave', title, body, at, at);
  }

  /** A revision of every section of a report whose text differs from its latest revision; also
   *  ends the current autosave window, so the next keystrokes start a new revision. */
  private recordEvent(sections: Section[], kind: RevisionKind): void {
    const at = this.now();
    const insert = this.db.prepare(
      'INSERT INTO revisions (section_id, kind, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const s of sections) {
      const last = this.latest(s.id);
      if (last && last.body === s.body && last.title === s.title && last.kind !== 'autosave') continue;
      insert.run(s.id, kind, s.title, s.body, at, at);
    }
  }

  /** Saves a named version of the whole report (manual 「保存版本」, or before import/export). */
  snapshot(report: Report, kind: RevisionKind, label: string): SnapshotInfo {
    const id = this.db.transaction(() => {
      this.recordEvent(report.sections, kind);
      const info = this.db
        .prepare('INSERT INTO snapshots (report_id, kind, label, data, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(report.id, kind, label, JSON.stringify(report), this.now());
      return Number(info.lastInsertRowid);
    })();
    return toSnapshotInfo(this.db.prepare('SELECT id, report_id, kind, label, created_at FROM snapshots WHERE id = ?').get(id) as SnapshotRow);
  }

  snapshots(reportId: number): SnapshotInfo[] {
    const rows = this.db
      .prepare('SELECT id, report_id, kind, label, created_at FROM snapshots WHERE report_id = ? ORDER BY id DESC')
      .all(reportId) as SnapshotRow[];
    return rows.map(toSnapshotInfo);
  }

  revisions(sectionId: number): Revision[] {
    const rows = this.db
      .prepare('SELECT * FROM revisions WHERE section_id = ? ORDER BY id DESC LIMIT 500')
      .all(sectionId) as RevisionRow[];
    return rows.map(toRevision);
  }

  /** Puts an old revision's text back; the text it replaces stays in history. */
  restoreRevision(revisionId: number): Section {
    return this.db.transaction(() => {
      const rev = this.db.prepare('SELECT * FROM revisions WHERE id = ?').get(revisionId) as RevisionRow | undefined;
      if (!rev) throw new AppError('NOT_FOUND', '没有找到该历史版本。');
      const row = this.db.prepare('SELECT * FROM sections WHERE id = ? AND deleted_at IS NULL').get(rev.section_id) as SectionRow | undefined;
      if (!row) throw new AppError('NOT_FOUND', '该历史版本所属的章节已被删除。');
      const current = toSection(row);
      this.recordEvent([current], 'restore');
      const at = this.now();
      this.db.prepare('UPDATE sections SET title = ?, body = ?, updated_at = ? WHERE id = ?').run(rev.title, rev.body, at, rev.section_id);
      this.db
        .prepare('INSERT INTO revisions (section_id, kind, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(rev.section_id, 'restore', rev.title, rev.body, at, at);
      return toSection(this.db.prepare('SELECT * FROM sections WHERE id = ?').get(rev.section_id) as SectionRow);
    })();
  }
}
