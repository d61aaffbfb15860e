// The row mappers (the restore layer the migrations speak of): every row read back from SQLite
// becomes a domain object here, with defensive parsing of JSON columns and enums, so a hand-edited
// or older row never reaches the UI in a shape the types do not promise.
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { exportSettingsSchema } from '../../../shared/export/settings';
import { MAX_IMPORT_TEXT_CHARS } from '../../../shared/import/limits';
import { VERSION_KIND_LABEL, VERSION_KINDS, type VersionContent, type VersionInfo, type VersionKind } from '../../../shared/versions/content';
import {
  HEADING_STYLES,
  REVISION_KINDS,
  SECTION_STATUSES,
  UNIT_KINDS,
  type ReportMeta,
  type Revision,
  type Section,
  type Unit,
} from '../../../shared/types';

export interface UnitRow {
  id: number;
  full_name: string;
  short_name: string;
  kind: string;
  superior: string;
  signature_name: string;
}

export interface ReportRow {
  id: number;
  unit_id: number;
  year: number;
  template_id: string;
  template_version: number;
  title: string;
  addressee: string;
  opening: string;
  closing: string;
  signature_name: string;
  signature_date: string;
  heading_style: string;
  based_on: number | null;
  settings: string;
  created_at: string;
  updated_at: string;
}

export interface SectionRow {
  id: number;
  report_id: number;
  parent_id: number | null;
  position: number;
  level: number;
  template_key: string | null;
  title: string;
  body: string;
  status: string;
  not_applicable: string | null;
  checked_points: string;
  required: number;
  deleted_at: string | null;
  updated_at: string;
}

export interface RevisionRow {
  id: number;
  section_id: number;
  kind: string;
  /** The version that left this revision (「送审稿」); '' for autosaves. */
  label: string;
  title: string;
  body: string;
  created_at: string;
}

export interface SnapshotRow {
  id: number;
  report_id: number;
  kind: string;
  label: string;
  created_at: string;
  /** Schema 2 on; NULL in rows written before (filled in when first read). */
  chars: number | null;
  text_key: string | null;
}

const oneOf = <T extends string>(values: readonly T[], value: string, fallback: T): T =>
  (values as readonly string[]).includes(value) ? (value as T) : fallback;

/** Parses a JSON column; a damaged value falls back instead of breaking the whole report. */
export function parseJsonColumn<T>(raw: string | null | undefined, schema: z.ZodType<T>, fallback: T): T {
  if (raw == null || raw === '') return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

const stringList = z.array(z.string());

/** The most 审校 「忽略」 a report remembers (the oldest are dropped past it). */
export const MAX_IGNORED_FINDINGS = 2000;

/** reports.settings: one JSON object of per-report settings. Each key falls back on its own, and
 * keys this version does not know are kept, so writing one setting back never loses another. */
const reportSettingsSchema = z.looseObject({
  ignoredFindings: z
    .array(z.unknown())
    .catch([])
    .transform((list) => list.filter((x): x is string => typeof x === 'string')),
});
export type ReportSettings = z.output<typeof reportSettingsSchema>;

export function parseReportSettings(raw: string | null | undefined): ReportSettings {
  return parseJsonColumn<ReportSettings>(raw, reportSettingsSchema, { ignoredFindings: [] });
}

export function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    fullName: row.full_name,
    shortName: row.short_name || row.full_name,
    kind: oneOf(UNIT_KINDS, row.kind, 'township'),
    superior: row.superior,
    signatureName: row.signature_name || row.full_name,
  };
}

export function toReportMeta(row: ReportRow): ReportMeta {
  return {
    id: row.id,
    unitId: row.unit_id,
    year: row.year,
    title: row.title,
    addressee: row.addressee,
    opening: row.opening,
    closing: row.closing,
    signatureName: row.signature_name,
    signatureDate: row.signature_date,
    templateId: row.template_id,
    templateVersion: row.template_version,
    basedOn: row.based_on,
    headingStyle: oneOf(HEADING_STYLES, row.heading_style, 'standalone'),
    ignoredFindings: parseReportSettings(row.settings).ignoredFindings,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toSection(row: SectionRow): Section {
  return {
    id: row.id,
    reportId: row.report_id,
    parentId: row.parent_id,
    position: row.position,
    level: Math.min(4, Math.max(1, row.level)),
    templateKey: row.template_key,
    title: row.title,
    // Bodies are stored with \n only; a pasted \r\n must not double every paragraph.
    body: row.body.replace(/\r\n?/g, '\n'),
    status: oneOf(SECTION_STATUSES, row.status, 'draft'),
    notApplicable: row.not_applicable,
    checkedPoints: parseJsonColumn(row.checked_points, stringList, []),
    required: row.required === 1,
    updatedAt: row.updated_at,
  };
}

export function toRevision(row: RevisionRow): Revision {
  return {
    id: row.id,
    sectionId: row.section_id,
    kind: oneOf(REVISION_KINDS, row.kind, 'autosave'),
    label: row.label ?? '',
    title: row.title,
    body: row.body,
    createdAt: row.created_at,
  };
}

/** Limits of a stored or packaged version: generous for anything the app writes, tight enough
 *  that a hostile file cannot make the app hold gigabytes. */
export const VERSION_LIMITS = {
  sections: 2000,
  title: 1000,
  field: 100_000,
  body: MAX_IMPORT_TEXT_CHARS,
  points: 500,
} as const;

const L = VERSION_LIMITS;
const versionSectionSchema = z.object({
  id: z.number().int().safe(),
  parentId: z.number().int().safe().nullable(),
  position: z.number().int().min(0).max(1_000_000).catch(0),
  level: z.number().int().min(1).max(4),
  templateKey: z.string().max(L.title).nullable(),
  title: z.string().max(L.title),
  body: z.string().max(L.body).transform((b) => b.replace(/\r\n?/g, '\n')),
  status: z.enum(SECTION_STATUSES).catch('draft'),
  notApplicable: z.string().max(L.field).nullable().catch(null),
  checkedPoints: z.array(z.string().max(L.title)).max(L.points).catch([]),
  required: z.boolean(),
});

/** A version's content. Rows written by schema 1 hold a whole Report (with ids and the unit):
 *  the extra keys are dropped. Sections must come parents first with unique ids. */
export const versionContentSchema = z
  .object({
    title: z.string().max(L.title),
    addressee: z.string().max(L.title),
    opening: z.string().max(L.field),
    closing: z.string().max(L.field),
    signatureName: z.string().max(L.title),
    signatureDate: z.string().max(L.title),
    headingStyle: z.enum(HEADING_STYLES).catch('standalone'),
    sections: z.array(versionSectionSchema).max(L.sections),
  })
  .superRefine((c, ctx) => {
    const seen = new Set<number>();
    for (const s of c.sections) {
      if (seen.has(s.id) || (s.parentId !== null && !seen.has(s.parentId))) {
        ctx.addIssue({ code: 'custom', message: 'sections out of order or repeated' });
        return;
      }
      seen.add(s.id);
    }
  });

/** The content of a stored version; a damaged row is an error (never an empty report that a
 *  restore would then write over the user's text). */
export function parseVersionContent(raw: string): VersionContent {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('IO_ERROR', DAMAGED_VERSION);
  }
  const parsed = versionContentSchema.safeParse(json);
  if (!parsed.success) throw new AppError('IO_ERROR', DAMAGED_VERSION);
  return parsed.data;
}

const DAMAGED_VERSION = '这个版本的数据已损坏，无法打开或恢复。其他版本和当前内容不受影响。';

export function toVersionKind(kind: string, label: string): VersionKind {
  // Schema 1 wrote 'snapshot' for every version the user or a fix made.
  if (kind === 'snapshot') return label === VERSION_KIND_LABEL.fixall ? 'fixall' : label.startsWith('以') && label.endsWith('新建') ? 'base' : 'manual';
  return oneOf(VERSION_KINDS, kind, 'manual');
}

export function toVersionInfo(row: SnapshotRow & { chars: number }, charDelta: number | null): VersionInfo {
  return {
    id: row.id,
    reportId: row.report_id,
    kind: toVersionKind(row.kind, row.label),
    label: row.label,
    createdAt: row.created_at,
    chars: row.chars,
    charDelta,
  };
}

const unitDocumentSchema = z.object({
  fullName: z.string().trim().min(1).max(100),
  shortName: z.string().max(50).catch(''),
  kind: z.enum(UNIT_KINDS),
  superior: z.string().max(100).catch(''),
  signatureName: z.string().max(100).catch(''),
});

/** A report as a package carries it (electron/services/package). */
const packageReportSchema = z.object({
  unit: unitDocumentSchema,
  year: z.number().int().min(2000).max(2100),
  templateId: z.string().max(100),
  templateVersion: z.number().int().min(0).max(1_000_000),
  ignoredFindings: z.array(z.string().max(300)).max(MAX_IGNORED_FINDINGS).catch([]),
  exportSettings: exportSettingsSchema.nullable().catch(null),
  content: versionContentSchema,
});
export type PackageReport = z.output<typeof packageReportSchema>;

export interface PackageVersion {
  createdAt: string;
  kind: VersionKind;
  label: string;
  content: VersionContent;
}

const BAD_PACKAGE = '报告包中的内容不完整或格式不对，可能被其他程序改动过，无法导入。';

function parsePackageJson<T>(raw: string, schema: z.ZodType<T>, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('PACKAGE_INVALID', `${BAD_PACKAGE}（${what}不是有效的数据）`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new AppError('PACKAGE_INVALID', `${BAD_PACKAGE}（${what}：${parsed.error.issues[0]?.path.join('.') || '结构不对'}）`);
  return parsed.data;
}

export function parsePackageReport(raw: string): PackageReport {
  return parsePackageJson(raw, packageReportSchema, '报告');
}

const isoTime = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)));

export function parsePackageVersion(row: { created_at: string; kind: string; label: string; data: string }): PackageVersion {
  const head = z.object({ createdAt: isoTime, label: z.string().max(100) }).safeParse({ createdAt: row.created_at, label: row.label });
  if (!head.success) throw new AppError('PACKAGE_INVALID', `${BAD_PACKAGE}（版本的时间或名称）`);
  return {
    createdAt: new Date(head.data.createdAt).toISOString(),
    kind: toVersionKind(row.kind, row.label),
    label: head.data.label,
    content: parsePackageJson(row.data, versionContentSchema, '版本'),
  };
}
