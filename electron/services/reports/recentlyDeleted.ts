// 「最近删除」: a deleted section stays in the file (soft delete) with its text and history for 30
// days, restorable at its old place; after that it is removed for good (at start-up). One entry
// per deletion: the section the user deleted, with the sub-sections that went with it.
import { AppError } from '../../../shared/errors';
import { countChars } from '../../../shared/gongwen/zishu';
import type { DeletedSection } from '../../../shared/types';
import { writeTransaction, type Db } from '../db/database';
import type { SectionRow } from '../db/rowMappers';
import type { SectionRepo } from './sectionRepo';

export const KEEP_DELETED_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export class RecentlyDeleted {
  constructor(
    private readonly db: Db,
    private readonly sections: SectionRepo,
    private readonly now: () => string,
  ) {}

  private cutoff(): string {
    return new Date(Date.parse(this.now()) - KEEP_DELETED_DAYS * DAY_MS).toISOString();
  }

  /** The report's deletions of the last 30 days, newest first. */
  list(reportId: number): DeletedSection[] {
    const rows = this.db.prepare('SELECT * FROM sections WHERE report_id = ?').all(reportId) as SectionRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const children = new Map<number, SectionRow[]>();
    for (const r of rows) if (r.parent_id !== null) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
    const cutoff = this.cutoff();
    const out: DeletedSection[] = [];
    for (const r of rows) {
      if (r.deleted_at === null || r.deleted_at < cutoff) continue;
      const parent = r.parent_id === null ? undefined : byId.get(r.parent_id);
      // Deleted together with its parent: part of the parent's entry.
      if (parent?.deleted_at === r.deleted_at) continue;
      const group = this.group(r, children);
      const expires = Date.parse(r.deleted_at) + KEEP_DELETED_DAYS * DAY_MS;
      out.push({
        id: r.id,
        reportId,
        title: r.title,
        level: r.level,
        deletedAt: r.deleted_at,
        expiresAt: new Date(expires).toISOString(),
        daysLeft: Math.max(1, Math.ceil((expires - Date.parse(this.now())) / DAY_MS)),
        subsections: group.length - 1,
        chars: group.reduce((n, s) => n + countChars(s.body), 0),
        parentTitle: parent?.title ?? null,
        parentDeleted: parent !== undefined && parent.deleted_at !== null,
      });
    }
    return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || b.id - a.id);
  }

  /** The section and what was deleted with it (same time, below it). */
  private group(root: SectionRow, children: Map<number, SectionRow[]>): SectionRow[] {
    const out = [root];
    for (let i = 0; i < out.length; i++) {
      for (const c of children.get(out[i]!.id) ?? []) if (c.deleted_at === root.deleted_at) out.push(c);
    }
    return out;
  }

  /** Puts a deletion back at its old place, with its text and history; returns the report's id. */
  restore(id: number): number {
    return writeTransaction(this.db, () => {
      const row = this.db.prepare('SELECT * FROM sections WHERE id = ?').get(id) as SectionRow | undefined;
      if (!row || row.deleted_at === null) throw new AppError('NOT_FOUND', '没有找到要恢复的章节：它可能已经恢复，或删除已超过 30 天。');
      const parent = row.parent_id === null ? undefined : (this.db.prepare('SELECT * FROM sections WHERE id = ?').get(row.parent_id) as SectionRow | undefined);
      if (parent && parent.deleted_at !== null) {
        throw new AppError('CONFLICT', `「${row.title}」的上级标题「${parent.title}」也已删除，请先恢复「${parent.title}」。`);
      }
      const rows = this.db.prepare('SELECT * FROM sections WHERE report_id = ?').all(row.report_id) as SectionRow[];
      const children = new Map<number, SectionRow[]>();
      for (const r of rows) if (r.parent_id !== null) children.set(r.parent_id, [...(children.get(r.parent_id) ?? []), r]);
      return this.sections.restore(this.group(row, children).map((r) => r.id));
    });
  }

  /** Removes for good what was deleted more than 30 days ago (its history goes with it). */
  purge(): number {
    return this.db.prepare('DELETE FROM sections WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(this.cutoff()).changes;
  }
}
