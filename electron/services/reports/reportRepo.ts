// Units and reports: create, list, open, update. Every write runs in one transaction.
import type Database from 'better-sqlite3';
import type { ReportPatch, UnitInput } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { documentOrder } from '../../../shared/gongwen/sectionOrder';
import type { HeadingStyle, Report, ReportMeta, ReportSummary, SectionStatus, Unit } from '../../../shared/types';
import { writeTransaction, type Db } from '../db/database';
import { MAX_IGNORED_FINDINGS, parseReportSettings, toReportMeta, toSection, toUnit, type ReportRow, type SectionRow, type UnitRow } from '../db/rowMappers';

export interface NewSection {
  /** Index of the parent in the same list, or null for a top-level section. */
  parentIndex: number | null;
  level: number;
  templateKey: string | null;
  title: string;
  body?: string;
  required: boolean;
  /** Default: 'draft' with a body, else 'empty'. Imported and copied sections are 'review'. */
  status?: SectionStatus;
  /** 「无此项」 and its reason, kept when a report is copied. */
  notApplicable?: string | null;
}

/**
 * `items` (each parent before its children) as NewSections: a parent is found by its key among
 * the items before it, or the section goes to the top level.
 */
export function linkedToParents<T, K>(
  items: readonly T[],
  key: (item: T) => K,
  parentKey: (item: T) => K | null,
  fields: (item: T) => Omit<NewSection, 'parentIndex'>,
): NewSection[] {
  const indexOf = new Map<K, number>();
  return items.map((item, i) => {
    const parent = parentKey(item);
    const section = { parentIndex: parent === null ? null : (indexOf.get(parent) ?? null), ...fields(item) };
    indexOf.set(key(item), i);
    return section;
  });
}

/** The report's own fields as stored, plus its unit and its first sections. */
export type NewReport = Pick<
  ReportMeta,
  'year' | 'templateId' | 'templateVersion' | 'title' | 'addressee' | 'opening' | 'closing' | 'signatureName' | 'signatureDate'
> & {
  unit: UnitInput;
  headingStyle?: HeadingStyle;
  basedOn?: number | null;
  sections: NewSection[];
};

/** The column each patchable field is stored in. */
export const PATCH_COLUMNS: Record<keyof ReportPatch, string> = {
  title: 'title',
  addressee: 'addressee',
  opening: 'opening',
  closing: 'closing',
  signatureName: 'signature_name',
  signatureDate: 'signature_date',
  headingStyle: 'heading_style',
};

export { MAX_IGNORED_FINDINGS };

/** A row of ofUnitAndYear. */
interface SameUnitRow {
  id: number;
  title: string;
  updated_at: string;
}

export class ReportRepo {
  private ofUnitAndYearQuery: Database.Statement<[string, number], SameUnitRow> | null = null;

  constructor(
    private readonly db: Db,
    private readonly now: () => string,
  ) {}

  /** Creates the unit or updates its profile (remembered for next year), keyed by full name. */
  upsertUnit(input: UnitInput): Unit {
    const at = this.now();
    const existing = this.db.prepare('SELECT * FROM units WHERE full_name = ?').get(input.fullName) as UnitRow | undefined;
    if (existing) {
      this.db
        .prepare(
          `UPDATE units SET kind = ?, short_name = coalesce(?, short_name), superior = coalesce(?, superior),
             signature_name = coalesce(?, signature_name), updated_at = ? WHERE id = ?`,
        )
        .run(input.kind, input.shortName || null, input.superior || null, input.signatureName || null, at, existing.id);
      return this.unit(existing.id);
    }
    const info = this.db
      .prepare(
        `INSERT INTO units (full_name, short_name, kind, superior, signature_name, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.fullName, input.shortName ?? '', input.kind, input.superior ?? '', input.signatureName ?? '', at, at);
    return this.unit(Number(info.lastInsertRowid));
  }

  unit(id: number): Unit {
    const row = this.db.prepare('SELECT * FROM units WHERE id = ?').get(id) as UnitRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', '没有找到该单位。');
    return toUnit(row);
  }

  listUnits(): Unit[] {
    return (this.db.prepare('SELECT * FROM units ORDER BY updated_at DESC').all() as UnitRow[]).map(toUnit);
  }

  create(input: NewReport): Report {
    const id = writeTransaction(this.db, () => {
      const unit = this.upsertUnit(input.unit);
      const at = this.now();
      const info = this.db
        .prepare(
          `INSERT INTO reports (unit_id, year, template_id, template_version, title, addressee, opening, closing,
             signature_name, signature_date, heading_style, based_on, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          unit.id, input.year, input.templateId, input.templateVersion, input.title, input.addressee, input.opening,
          input.closing, input.signatureName, input.signatureDate, input.headingStyle ?? 'standalone', input.basedOn ?? null, at, at,
        );
      const reportId = Number(info.lastInsertRowid);
      this.insertSections(reportId, input.sections, at);
      return reportId;
    });
    return this.open(id);
  }

  private insertSections(reportId: number, sections: NewSection[], at: string): void {
    const insert = this.db.prepare(
      `INSERT INTO sections (report_id, parent_id, position, level, template_key, title, body, status, not_applicable, required, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ids: number[] = [];
    const nextPosition = new Map<number | null, number>();
    for (const s of sections) {
      const parentId = s.parentIndex === null ? null : ids[s.parentIndex];
      if (parentId === undefined) throw new AppError('BAD_INPUT', '章节结构有误：上级章节不存在。');
      const position = nextPosition.get(parentId) ?? 0;
      nextPosition.set(parentId, position + 1);
      const body = s.body ?? '';
      const status = s.status ?? (body ? 'draft' : 'empty');
      const level = Math.min(4, Math.max(1, s.level));
      const info = insert.run(reportId, parentId, position, level, s.templateKey, s.title, body, status, s.notApplicable ?? null, s.required ? 1 : 0, at);
      ids.push(Number(info.lastInsertRowid));
    }
  }

  meta(id: number): ReportMeta {
    const row = this.db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as ReportRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', '没有找到该报告，可能已被删除。');
    return toReportMeta(row);
  }

  open(id: number): Report {
    const meta = this.meta(id);
    const rows = this.db
      .prepare('SELECT * FROM sections WHERE report_id = ? AND deleted_at IS NULL ORDER BY parent_id IS NOT NULL, parent_id, position, id')
      .all(id) as SectionRow[];
    // Document order (parent before children) so every consumer — UI, export, checks — reads alike.
    return { ...meta, unit: this.unit(meta.unitId), sections: documentOrder(rows.map(toSection)) };
  }

  list(): ReportSummary[] {
    const rows = this.db
      .prepare(
        `SELECT r.id, r.unit_id, u.full_name, u.kind, r.year, r.title, r.updated_at,
           count(s.id) AS section_count,
           coalesce(sum(s.status = 'done'), 0) AS done_count,
           count_chars(r.opening) + count_chars(r.closing) + coalesce(sum(count_chars(s.body)), 0) AS char_count
         FROM reports r
         JOIN units u ON u.id = r.unit_id
         LEFT JOIN sections s ON s.report_id = r.id AND s.deleted_at IS NULL
         GROUP BY r.id
         ORDER BY u.full_name, r.year DESC, r.updated_at DESC`,
      )
      .all() as Array<{
      id: number; unit_id: number; full_name: string; kind: string; year: number; title: string; updated_at: string;
      section_count: number; done_count: number; char_count: number;
    }>;
    return rows.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      unitName: r.full_name,
      unitKind: r.kind === 'department' ? 'department' : 'township',
      year: r.year,
      title: r.title,
      sectionCount: r.section_count,
      doneCount: r.done_count,
      charCount: r.char_count,
      updatedAt: r.updated_at,
    }));
  }

  /** The reports of one unit (its full name) and year, the one edited last first: what an import or
   *  a package of that unit and year would sit beside. Reads no text, where list() counts all of it. */
  ofUnitAndYear(unitName: string, year: number): Array<{ id: number; title: string; updatedAt: string }> {
    // Prepared once: every import preview asks, and compiling the query again cost more than running it.
    this.ofUnitAndYearQuery ??= this.db.prepare<[string, number], SameUnitRow>(
      'SELECT r.id, r.title, r.updated_at FROM reports r JOIN units u ON u.id = r.unit_id WHERE u.full_name = ? AND r.year = ? ORDER BY r.updated_at DESC',
    );
    const rows = this.ofUnitAndYearQuery.all(unitName, year);
    return rows.map((r) => ({ id: r.id, title: r.title, updatedAt: r.updated_at }));
  }

  update(id: number, patch: ReportPatch): ReportMeta {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as Array<[keyof ReportPatch, string]>;
    writeTransaction(this.db, () => {
      this.meta(id);
      if (entries.length === 0) return;
      const sets = entries.map(([k]) => `${PATCH_COLUMNS[k]} = ?`).join(', ');
      this.db.prepare(`UPDATE reports SET ${sets}, updated_at = ? WHERE id = ?`).run(...entries.map(([, v]) => v), this.now(), id);
    });
    return this.meta(id);
  }

  /** 审校 「忽略」, remembered in reports.settings (the oldest dropped past MAX_IGNORED_FINDINGS).
   *  Not an edit of the report's text, so updated_at stays. */
  setFindingIgnored(id: number, findingId: string, ignored: boolean): ReportMeta {
    writeTransaction(this.db, () => {
      const list = this.ignoredFindings(id).filter((x) => x !== findingId);
      if (ignored) list.push(findingId);
      this.setIgnoredFindings(id, list);
    });
    return this.meta(id);
  }

  private ignoredFindings(id: number): string[] {
    const row = this.db.prepare('SELECT settings FROM reports WHERE id = ?').get(id) as Pick<ReportRow, 'settings'> | undefined;
    if (!row) throw new AppError('NOT_FOUND', '没有找到该报告，可能已被删除。');
    return parseReportSettings(row.settings).ignoredFindings;
  }

  /** The whole 「忽略」 list at once (a report brought in by a package). Other settings stay. */
  setIgnoredFindings(id: number, list: readonly string[]): void {
    writeTransaction(this.db, () => {
      const row = this.db.prepare('SELECT settings FROM reports WHERE id = ?').get(id) as Pick<ReportRow, 'settings'> | undefined;
      if (!row) throw new AppError('NOT_FOUND', '没有找到该报告，可能已被删除。');
      const next = { ...parseReportSettings(row.settings), ignoredFindings: [...new Set(list)].slice(-MAX_IGNORED_FINDINGS) };
      this.db.prepare('UPDATE reports SET settings = ? WHERE id = ?').run(JSON.stringify(next), id);
    });
  }

  remove(id: number): void {
    writeTransaction(this.db, () => {
      this.meta(id);
      this.db.prepare('DELETE FROM reports WHERE id = ?').run(id);
    });
  }

  touch(id: number): void {
    this.db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(this.now(), id);
  }
}
