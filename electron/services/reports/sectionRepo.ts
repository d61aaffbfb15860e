// Section edits: autosave of text (with coalesced revisions), title/status/checklist, add, remove
// (soft, undoable), reorder. Every write is one transaction.
import type { ParsedInput } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { unixLineEnds } from '../../../shared/export/unsaved';
import type { Section, SectionStatus } from '../../../shared/types';
import { writeTransaction, type Db } from '../db/database';
import { toSection, type SectionRow } from '../db/rowMappers';
import { HistoryRepo } from './historyRepo';

/** What updateSection may change, inferred from the call's schema. */
export type SectionPatch = Omit<ParsedInput<'updateSection'>, 'id'>;

/** Status after a text change: typing moves 未填写 → 编写中; clearing moves 编写中 back. */
export function statusAfterEdit(current: SectionStatus, body: string): SectionStatus {
  if (current === 'empty' && body.trim() !== '') return 'draft';
  if (current === 'draft' && body.trim() === '') return 'empty';
  return current;
}

export class SectionRepo {
  private readonly history: HistoryRepo;

  constructor(
    private readonly db: Db,
    private readonly now: () => string,
  ) {
    this.history = new HistoryRepo(db, now);
  }

  get(id: number): Section {
    const row = this.db.prepare('SELECT * FROM sections WHERE id = ? AND deleted_at IS NULL').get(id) as SectionRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', '没有找到该章节，可能已被删除。');
    return toSection(row);
  }

  saveText(id: number, rawBody: string): { id: number; status: SectionStatus; updatedAt: string } {
    const body = unixLineEnds(rawBody);
    return writeTransaction(this.db, () => {
      const current = this.get(id);
      const at = this.now();
      const status = statusAfterEdit(current.status, body);
      this.db.prepare('UPDATE sections SET body = ?, status = ?, updated_at = ? WHERE id = ?').run(body, status, at, id);
      this.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(at, current.reportId);
      this.history.recordAutosave(id, current.title, body);
      return { id, status, updatedAt: at };
    });
  }

  update(id: number, patch: SectionPatch): Section {
    writeTransaction(this.db, () => {
      const current = this.get(id);
      const at = this.now();
      const title = patch.title ?? current.title;
      const status = patch.status ?? current.status;
      const na = patch.notApplicable === undefined ? current.notApplicable : patch.notApplicable?.trim() || null;
      const points = patch.checkedPoints ?? current.checkedPoints;
      this.db
        .prepare('UPDATE sections SET title = ?, status = ?, not_applicable = ?, checked_points = ?, updated_at = ? WHERE id = ?')
        .run(title, status, na, JSON.stringify([...new Set(points)]), at, id);
      this.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(at, current.reportId);
    });
    return this.get(id);
  }

  private siblings(reportId: number, parentId: number | null): Section[] {
    const rows = this.db
      .prepare('SELECT * FROM sections WHERE report_id = ? AND parent_id IS ? AND deleted_at IS NULL ORDER BY position, id')
      .all(reportId, parentId) as SectionRow[];
    return rows.map(toSection);
  }

  add(reportId: number, parentId: number | null, afterId: number | null, title: string): Section {
    const id = writeTransaction(this.db, () => {
      const report = this.db.prepare('SELECT id FROM reports WHERE id = ?').get(reportId);
      if (!report) throw new AppError('NOT_FOUND', '没有找到该报告，可能已被删除。');
      let level = 1;
      if (parentId !== null) {
        const parent = this.get(parentId);
        if (parent.reportId !== reportId) throw new AppError('BAD_INPUT', '上级章节不属于这份报告。');
        if (parent.level >= 4) throw new AppError('CONFLICT', '标题最多四级，不能再添加下级。');
        level = parent.level + 1;
      }
      const siblings = this.siblings(reportId, parentId);
      const afterIndex = afterId === null ? -1 : siblings.findIndex((s) => s.id === afterId);
      if (afterId !== null && afterIndex < 0) throw new AppError('NOT_FOUND', '没有找到插入位置。');
      const at = this.now();
      const ordered = [...siblings];
      const info = this.db
        .prepare(
          `INSERT INTO sections (report_id, parent_id, position, level, template_key, title, body, status, required, updated_at)
           VALUES (?, ?, 0, ?, NULL, ?, '', 'empty', 0, ?)`,
        )
        .run(reportId, parentId, level, title, at);
      const newId = Number(info.lastInsertRowid);
      ordered.splice(afterIndex + 1, 0, { id: newId } as Section);
      this.renumber(ordered.map((s) => s.id));
      this.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(at, reportId);
      return newId;
    });
    return this.get(id);
  }

  private renumber(ids: number[]): void {
    const stmt = this.db.prepare('UPDATE sections SET position = ? WHERE id = ?');
    ids.forEach((sid, i) => stmt.run(i, sid));
  }

  /** Soft-deletes a section and its descendants. Required sections cannot be deleted. */
  remove(id: number): { reportId: number; removedIds: number[] } {
    return writeTransaction(this.db, () => {
      const target = this.get(id);
      const ids = this.descendantIds(id);
      const required = this.db
        .prepare(`SELECT title FROM sections WHERE required = 1 AND id IN (${ids.map(() => '?').join(',')})`)
        .get(...ids) as { title: string } | undefined;
      if (required) {
        throw new AppError('REQUIRED_SECTION', `「${required.title}」是必填部分，不能删除；如确无此项内容，可标记为「无此项」并说明原因。`);
      }
      const at = this.now();
      const stmt = this.db.prepare('UPDATE sections SET deleted_at = ? WHERE id = ?');
      for (const sid of ids) stmt.run(at, sid);
      this.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(at, target.reportId);
      return { reportId: target.reportId, removedIds: ids };
    });
  }

  /** Undo of remove: brings the sections back at their old positions. */
  restore(ids: number[]): number {
    return writeTransaction(this.db, () => {
      const rows = this.db
        .prepare(`SELECT * FROM sections WHERE id IN (${ids.map(() => '?').join(',')})`)
        .all(...ids) as SectionRow[];
      if (rows.length === 0) throw new AppError('NOT_FOUND', '没有找到要恢复的章节。');
      const reportId = rows[0]!.report_id;
      if (rows.some((r) => r.report_id !== reportId)) throw new AppError('BAD_INPUT', '要恢复的章节不属于同一份报告。');
      const stmt = this.db.prepare('UPDATE sections SET deleted_at = NULL WHERE id = ?');
      for (const r of rows) stmt.run(r.id);
      for (const parentId of new Set(rows.map((r) => r.parent_id))) {
        // Old positions win; ties (others moved meanwhile) keep the restored one first.
        const list = this.siblings(reportId, parentId);
        this.renumber(list.map((s) => s.id));
      }
      this.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(this.now(), reportId);
      return reportId;
    });
  }

  private descendantIds(id: number): number[] {
    const rows = this.db
      .prepare(
        `WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT s.id FROM sections s JOIN tree t ON s.parent_id = t.id WHERE s.deleted_at IS NULL)
         SELECT id FROM tree`,
      )
      .all(id) as Array<{ id: number }>;
    return rows.map((r) => r.id);
  }

  move(id: number, direction: 'up' | 'down'): number {
    return writeTransaction(this.db, () => {
      const target = this.get(id);
      const siblings = this.siblings(target.reportId, target.parentId);
      const i = siblings.findIndex((s) => s.id === id);
      const j = direction === 'up' ? i - 1 : i + 1;
      if (j < 0 || j >= siblings.length) return target.reportId;
      const ids = siblings.map((s) => s.id);
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
      this.renumber(ids);
      this.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(this.now(), target.reportId);
      return target.reportId;
    });
  }
}
