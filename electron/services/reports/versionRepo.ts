// Whole-report versions: saved by the user (「送审稿」) and automatically before anything that
// rewrites much at once (全部修正, 全部替换, restore, 以此为基础新建, export, a package over it).
// Every write is one transaction, so a crash leaves the report fully before or fully after.
import { AppError } from '../../../shared/errors';
import { reportChars } from '../../../shared/gongwen/zishu';
import type { Report, ReportMeta, RevisionKind } from '../../../shared/types';
import {
  VERSION_KIND_LABEL,
  textKey,
  versionContentOf,
  type VersionContent,
  type VersionInfo,
  type VersionKind,
} from '../../../shared/versions/content';
import { writeTransaction, type Db } from '../db/database';
import { parseVersionContent, toSection, toVersionInfo, type SectionRow, type SnapshotRow } from '../db/rowMappers';
import type { HistoryRepo } from './historyRepo';
import type { ReportRepo } from './reportRepo';
import { statusAfterEdit } from './sectionRepo';

export type SaveResult = { created: true; version: VersionInfo } | { created: false; version: VersionInfo };

export interface RestoreResult {
  report: Report;
  /** The version holding the text as it was before; null when nothing changed. */
  savedBefore: VersionInfo | null;
  changed: boolean;
}

type FullRow = SnapshotRow & { data: string };
const INFO_COLUMNS = 'id, report_id, kind, label, created_at, chars, text_key';

/** The kind of the section revisions a version leaves, where it has one of its own. */
const REVISION_KIND: Partial<Record<VersionKind, RevisionKind>> = { import: 'import', export: 'export', package: 'import' };

/** How the UI and the section history name a version: its label, else what made it. */
export function versionName(v: Pick<VersionInfo, 'kind' | 'label'>): string {
  return v.label || VERSION_KIND_LABEL[v.kind];
}

export class VersionRepo {
  constructor(
    private readonly db: Db,
    private readonly now: () => string,
    private readonly reports: ReportRepo,
    private readonly history: HistoryRepo,
  ) {}

  /** Fills chars and text_key of rows written before schema 2. */
  private complete(row: SnapshotRow): SnapshotRow & { chars: number; text_key: string } {
    if (row.chars !== null && row.text_key !== null) return row as SnapshotRow & { chars: number; text_key: string };
    const full = this.db.prepare('SELECT data FROM snapshots WHERE id = ?').get(row.id) as { data: string };
    let chars = 0;
    let key = '';
    try {
      const content = parseVersionContent(full.data);
      chars = reportChars(content);
      key = textKey(content);
    } catch {
      // A damaged copy stays listed (opening it says so); it never equals the current text.
    }
    // Filled in once for older versions; a read-only data folder computes them each time.
    if (!this.db.readonly) this.db.prepare('UPDATE snapshots SET chars = ?, text_key = ? WHERE id = ?').run(chars, key, row.id);
    return { ...row, chars, text_key: key };
  }

  private newest(reportId: number): (SnapshotRow & { chars: number; text_key: string }) | null {
    const row = this.db.prepare(`SELECT ${INFO_COLUMNS} FROM snapshots WHERE report_id = ? ORDER BY id DESC LIMIT 1`).get(reportId) as SnapshotRow | undefined;
    return row ? this.complete(row) : null;
  }

  private info(id: number): VersionInfo {
    const row = this.db.prepare(`SELECT ${INFO_COLUMNS} FROM snapshots WHERE id = ?`).get(id) as SnapshotRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', '没有找到该版本，可能报告已被删除。');
    const done = this.complete(row);
    const before = this.db.prepare(`SELECT ${INFO_COLUMNS} FROM snapshots WHERE report_id = ? AND id < ? ORDER BY id DESC LIMIT 1`).get(row.report_id, id) as SnapshotRow | undefined;
    return toVersionInfo(done, before ? done.chars - this.complete(before).chars : null);
  }

  /**
   * Keeps the report as it is now. Text the newest version already holds adds nothing (except an
   * export after something else: that the text went out is worth its own entry).
   */
  save(reportId: number, kind: VersionKind, label: string): SaveResult {
    return writeTransaction(this.db, (): SaveResult => {
      const report = this.reports.open(reportId);
      const content = versionContentOf(report);
      const key = textKey(content);
      const newest = this.newest(reportId);
      if (newest && newest.text_key === key && (kind !== 'export' || newest.kind === 'export')) {
        return { created: false, version: this.info(newest.id) };
      }
      const name = label.trim().slice(0, 100);
      this.history.recordEvent(report.sections, REVISION_KIND[kind] ?? 'snapshot', name || VERSION_KIND_LABEL[kind]);
      const info = this.db
        .prepare('INSERT INTO snapshots (report_id, kind, label, data, created_at, chars, text_key) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(reportId, kind, name, JSON.stringify(content), this.now(), reportChars(content), key);
      return { created: true, version: this.info(Number(info.lastInsertRowid)) };
    });
  }

  /** Adds a version as it was made elsewhere (a package's history): its own time, kind and name. */
  insert(reportId: number, kind: VersionKind, label: string, createdAt: string, content: VersionContent): void {
    this.db
      .prepare('INSERT INTO snapshots (report_id, kind, label, data, created_at, chars, text_key) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(reportId, kind, label, JSON.stringify(content), createdAt, reportChars(content), textKey(content));
  }

  /** Newest first, each with its 字数 change from the one before. */
  list(reportId: number): VersionInfo[] {
    return writeTransaction(this.db, () => {
      this.reports.meta(reportId);
      const rows = (this.db.prepare(`SELECT ${INFO_COLUMNS} FROM snapshots WHERE report_id = ? ORDER BY id DESC`).all(reportId) as SnapshotRow[]).map((r) =>
        this.complete(r),
      );
      return rows.map((r, i) => toVersionInfo(r, i + 1 < rows.length ? r.chars - rows[i + 1]!.chars : null));
    });
  }

  open(versionId: number): { version: VersionInfo; content: VersionContent } {
    const version = this.info(versionId);
    const row = this.db.prepare('SELECT data FROM snapshots WHERE id = ?').get(versionId) as Pick<FullRow, 'data'>;
    return { version, content: parseVersionContent(row.data) };
  }

  rename(versionId: number, label: string): VersionInfo {
    const info = this.db.prepare('UPDATE snapshots SET label = ? WHERE id = ?').run(label.trim().slice(0, 100), versionId);
    if (info.changes === 0) throw new AppError('NOT_FOUND', '没有找到该版本，可能报告已被删除。');
    return this.info(versionId);
  }

  /** Puts a whole version back; the text it replaces is kept as a version first. */
  restore(versionId: number): RestoreResult {
    return writeTransaction(this.db, (): RestoreResult => {
      const { version, content } = this.open(versionId);
      const current = this.reports.open(version.reportId);
      if (textKey(versionContentOf(current)) === textKey(content)) return { report: current, savedBefore: null, changed: false };
      const name = versionName(version);
      const saved = this.save(version.reportId, 'restore', `恢复「${name}」前`.slice(0, 100));
      this.apply(version.reportId, content, `恢复「${name}」`);
      return { report: this.reports.open(version.reportId), savedBefore: saved.version, changed: true };
    });
  }

  /** Puts one section of a version back (re-created where it was if it has been deleted since). */
  restoreSection(versionId: number, sectionId: number): Report {
    return writeTransaction(this.db, () => {
      const { version, content } = this.open(versionId);
      const wanted = content.sections.find((s) => s.id === sectionId);
      if (!wanted) throw new AppError('NOT_FOUND', '该版本中没有这一节。');
      const label = `恢复「${versionName(version)}」中的本节`;
      const row = this.db.prepare('SELECT * FROM sections WHERE id = ? AND report_id = ?').get(sectionId, version.reportId) as SectionRow | undefined;
      if (row && row.deleted_at === null) {
        const current = toSection(row);
        this.history.recordEvent([current], 'restore', '');
        this.db
          .prepare('UPDATE sections SET title = ?, body = ?, not_applicable = ?, status = ?, updated_at = ? WHERE id = ?')
          .run(wanted.title, wanted.body, wanted.notApplicable, statusAfterEdit(current.status, wanted.body), this.now(), sectionId);
        this.history.recordRestored({ id: sectionId, title: wanted.title, body: wanted.body }, label);
      } else {
        // Gone from the report: back under its parent (if that is still there), after the sibling
        // it followed in the version, or first.
        const live = versionContentOf(this.reports.open(version.reportId)).sections;
        const parentId = wanted.parentId !== null && live.some((s) => s.id === wanted.parentId) ? wanted.parentId : null;
        const earlier = new Set(content.sections.slice(0, content.sections.indexOf(wanted)).map((s) => s.id));
        const anchor = live.findLastIndex((s) => s.parentId === parentId && earlier.has(s.id));
        const at = anchor >= 0 ? anchor + 1 : parentId === null ? 0 : live.findIndex((s) => s.id === parentId) + 1;
        const restored = { ...wanted, parentId, level: parentId === null ? 1 : wanted.level };
        const sections = withPositions([...live.slice(0, at), restored, ...live.slice(at)]);
        this.apply(version.reportId, { ...headOf(this.reports.meta(version.reportId)), sections }, label);
      }
      this.reports.touch(version.reportId);
      return this.reports.open(version.reportId);
    });
  }

  /**
   * Makes the report hold exactly `content`: its head, and its sections — the ones still in the
   * file (even deleted) updated in place so their history stays with them, others re-created,
   * and the ones the content lacks deleted (softly: 「撤销」 and older versions still reach them).
   * Returns the ids the content's sections got. Call inside a transaction.
   */
  apply(reportId: number, content: VersionContent, label: string, kind: RevisionKind = 'restore'): Map<number, number> {
    const at = this.now();
    this.db
      .prepare(
        `UPDATE reports SET title = ?, addressee = ?, opening = ?, closing = ?, signature_name = ?, signature_date = ?,
           heading_style = ?, updated_at = ? WHERE id = ?`,
      )
      .run(content.title, content.addressee, content.opening, content.closing, content.signatureName, content.signatureDate, content.headingStyle, at, reportId);
    const rows = this.db.prepare('SELECT * FROM sections WHERE report_id = ?').all(reportId) as SectionRow[];
    const existing = new Map(rows.map((r) => [r.id, r]));
    const ids = new Map<number, number>();
    const nextPosition = new Map<number | null, number>();
    const update = this.db.prepare(
      `UPDATE sections SET parent_id = ?, position = ?, level = ?, template_key = ?, title = ?, body = ?, status = ?,
         not_applicable = ?, checked_points = ?, required = ?, deleted_at = NULL, updated_at = ? WHERE id = ?`,
    );
    const insert = this.db.prepare(
      `INSERT INTO sections (report_id, parent_id, position, level, template_key, title, body, status, not_applicable,
         checked_points, required, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const s of content.sections) {
      const parentId = s.parentId === null ? null : (ids.get(s.parentId) ?? null);
      const position = nextPosition.get(parentId) ?? 0;
      nextPosition.set(parentId, position + 1);
      const values = [s.level, s.templateKey, s.title, s.body, s.status, s.notApplicable, JSON.stringify(s.checkedPoints), s.required ? 1 : 0, at] as const;
      const old = existing.get(s.id);
      if (old) {
        ids.set(s.id, s.id);
        const before = toSection(old);
        const same =
          old.deleted_at === null && old.parent_id === parentId && old.position === position && before.level === s.level &&
          old.template_key === s.templateKey && before.title === s.title && before.body === s.body && before.status === s.status &&
          before.notApplicable === s.notApplicable && old.checked_points === values[6] && before.required === s.required;
        if (same) continue;
        const textChanged = old.deleted_at !== null || before.title !== s.title || before.body !== s.body;
        if (textChanged && old.deleted_at === null) this.history.recordEvent([before], 'restore', '');
        update.run(parentId, position, ...values, s.id);
        if (textChanged) this.history.recordRestored({ id: s.id, title: s.title, body: s.body }, label, kind);
      } else {
        const id = Number(insert.run(reportId, parentId, position, ...values).lastInsertRowid);
        ids.set(s.id, id);
        this.history.recordRestored({ id, title: s.title, body: s.body }, label, kind);
      }
    }
    const kept = new Set(ids.values());
    const remove = this.db.prepare('UPDATE sections SET deleted_at = ? WHERE id = ?');
    for (const r of rows) if (r.deleted_at === null && !kept.has(r.id)) remove.run(at, r.id);
    return ids;
  }
}

function headOf(meta: ReportMeta): Omit<VersionContent, 'sections'> {
  const { sections: _none, ...head } = versionContentOf({ ...meta, sections: [] });
  return head;
}

/** Positions 0, 1, 2… among siblings, in list order. */
function withPositions(sections: VersionContent['sections']): VersionContent['sections'] {
  const next = new Map<number | null, number>();
  return sections.map((s) => {
    const position = next.get(s.parentId) ?? 0;
    next.set(s.parentId, position + 1);
    return { ...s, position };
  });
}
