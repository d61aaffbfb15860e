// Section revisions. Autosaves are coalesced (one revision per section per few minutes); every
// version, import, restore and export leaves its own revision, named after what left it.
import { AppError } from '../../../shared/errors';
import type { Revision, RevisionKind, Section } from '../../../shared/types';
import { writeTransaction, type Db } from '../db/database';
import { toRevision, toSection, type RevisionRow, type SectionRow } from '../db/rowMappers';

/** Autosaves closer together than this update one revision instead of adding rows. */
export const COALESCE_MS = 5 * 60 * 1000;

type RevisionText = Pick<Section, 'id' | 'title' | 'body'>;

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

  private insert(sectionId: number, kind: RevisionKind, label: string, title: string, body: string, at: string): void {
    this.db
      .prepare('INSERT INTO revisions (section_id, kind, label, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(sectionId, kind, label, title, body, at, at);
  }

  /** Call inside the saving transaction. */
  recordAutosave(sectionId: number, title: string, body: string): void {
    const at = this.now();
    const last = this.latest(sectionId);
    if (last && last.kind === 'autosave' && Date.parse(at) - Date.parse(last.created_at) < COALESCE_MS) {
      this.db.prepare('UPDATE revisions SET title = ?, body = ?, updated_at = ? WHERE id = ?').run(title, body, at, last.id);
      return;
    }
    this.insert(sectionId, 'autosave', '', title, body, at);
  }

  /** A revision of every section whose text differs from its latest revision (or whose latest is
   *  an autosave); also ends the current autosave window, so the next keystrokes start a new
   *  revision. Call inside the transaction that makes the version. */
  recordEvent(sections: readonly RevisionText[], kind: RevisionKind, label: string): void {
    const at = this.now();
    for (const s of sections) {
      const last = this.latest(s.id);
      if (last && last.body === s.body && last.title === s.title && last.kind !== 'autosave') continue;
      this.insert(s.id, kind, label, s.title, s.body, at);
    }
  }

  /** The text a restore (or an import over the report) put into a section, after recordEvent
   *  kept the text it replaced. */
  recordRestored(section: RevisionText, label: string, kind: RevisionKind = 'restore'): void {
    this.insert(section.id, kind, label, section.title, section.body, this.now());
  }

  revisions(sectionId: number): Revision[] {
    const rows = this.db
      .prepare('SELECT * FROM revisions WHERE section_id = ? ORDER BY id DESC LIMIT 500')
      .all(sectionId) as RevisionRow[];
    return rows.map(toRevision);
  }

  /** Puts an old revision's text back; the text it replaces stays in history. */
  restoreRevision(revisionId: number): Section {
    return writeTransaction(this.db, () => {
      const rev = this.db.prepare('SELECT * FROM revisions WHERE id = ?').get(revisionId) as RevisionRow | undefined;
      if (!rev) throw new AppError('NOT_FOUND', '没有找到该历史版本。');
      const row = this.db.prepare('SELECT * FROM sections WHERE id = ? AND deleted_at IS NULL').get(rev.section_id) as SectionRow | undefined;
      if (!row) throw new AppError('NOT_FOUND', '该历史版本所属的章节已被删除。');
      const current = toSection(row);
      this.recordEvent([current], 'restore', '');
      const at = this.now();
      this.db.prepare('UPDATE sections SET title = ?, body = ?, updated_at = ? WHERE id = ?').run(rev.title, rev.body, at, rev.section_id);
      this.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(at, current.reportId);
      this.recordRestored({ id: rev.section_id, title: rev.title, body: rev.body }, '');
      return toSection(this.db.prepare('SELECT * FROM sections WHERE id = ?').get(rev.section_id) as SectionRow);
    });
  }
}
