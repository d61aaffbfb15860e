// The one restore layer: every row read back from SQLite becomes a domain object here, with
// defensive parsing of JSON columns and enums, so a hand-edited or older row never reaches the UI
// in a shape the types do not promise.
import { z } from 'zod';
import {
  HEADING_STYLES,
  REVISION_KINDS,
  SECTION_STATUSES,
  UNIT_KINDS,
  type ReportMeta,
  type Revision,
  type Section,
  type SnapshotInfo,
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
    title: row.title,
    body: row.body,
    createdAt: row.created_at,
  };
}

export function toSnapshotInfo(row: SnapshotRow): SnapshotInfo {
  return {
    id: row.id,
    reportId: row.report_id,
    label: row.label,
    kind: oneOf(REVISION_KINDS, row.kind, 'snapshot'),
    createdAt: row.created_at,
  };
}
