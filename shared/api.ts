// The one API contract. Every call is declared here once: its name, the zod schema of its single
// input and the type of its single output. The preload, the main-process handlers, the e2e bridge
// and the CLI all derive from this table, so a call cannot exist on one side only.
// A call's schema is declared as a function of the schema kit (shared/apiInputs.ts, zod and the
// pieces calls share) and built only where payloads are checked: the page imports this table for
// its names and types and so loads no zod (it is most of a first screen's script otherwise).
import type { z } from 'zod';
import type { SchemaKit } from './apiInputs';
import type { ApiError } from './errors';
import {
  SECTION_STATUSES,
  SECTION_TITLE_MAX,
  type AppStatus,
  type BackupInfo,
  type RestoredBackupInfo,
  type DeletedSection,
  type Report,
  type ReportMeta,
  type ReportSummary,
  type Revision,
  type SearchHit,
  type Section,
  type TemplateProblemInfo,
  type TemplateSummary,
  type Unit,
} from './types';
import type { Template } from './templates/schema';
import { MAX_IMPORT_TEXT_CHARS } from './import/limits';
import type { ImportPreview } from './import/preview';
import type { LastYearComparison } from './lastYear/compare';
import type { LastYearPlans } from './lastYear/plans';
import type { ExportPreview } from './export/preview';
import type { ExportSettings } from './export/settings';
import type { StoredReportChecks } from './checks';
import type { RuleData } from './checks/types';
import { cleanSearchQuery } from './text/searchQuery';
import type { VersionContent, VersionInfo } from './versions/content';
import { PACKAGE_IMPORT_MODES, type PackagePreview } from './package';

interface CallSpec<I extends z.ZodType, O> {
  /** Builds the input's schema from the kit (shared/apiInputs.ts does, once). */
  input: (kit: SchemaKit) => I;
  /** Phantom: carries the output type only. */
  output?: O;
}

function call<I extends z.ZodType>(input: (kit: SchemaKit) => I) {
  return { returns: <O>(): CallSpec<I, O> => ({ input }) };
}

/** The user's decision on one source section of an import (shared/apiInputs.ts). */
export type ImportMappingChoice = z.output<SchemaKit['importMappingChoice']>;
/** A unit as a call gives it (trimmed), inferred from its schema. */
export type UnitInput = z.output<SchemaKit['unitInput']>;
/** The report fields a call may change, inferred from their schema. */
export type ReportPatch = z.output<SchemaKit['reportPatch']>;
/** Unsaved editor text an export is built from (apiInputs.ts: never written to the data file). */
export type UnsavedEdits = z.output<SchemaKit['unsavedEdits']>;

export const contract = {
  appStatus: call(({ none }) => none).returns<AppStatus>(),

  listTemplates: call(({ none }) => none).returns<{ templates: TemplateSummary[]; problems: TemplateProblemInfo[] }>(),
  getTemplate: call(({ z, text }) => z.object({ id: text(100) }).strict()).returns<Template>(),

  listUnits: call(({ none }) => none).returns<Unit[]>(),
  listReports: call(({ none }) => none).returns<ReportSummary[]>(),
  createReport: call(
    ({ z, year, text, unitInput, reportPatch, areaSet }) =>
      z
        .object({
          unit: unitInput,
          year,
          /** Defaults to the first template that suits the unit kind. */
          templateId: text(100).optional(),
          areaSet: areaSet.optional(),
          customAreas: z.array(text(100)).max(30).optional(),
          /** What the wizard showed and the user may have edited. */
          overrides: reportPatch.pick({ title: true, addressee: true, opening: true, signatureDate: true }).optional(),
        })
        .strict(),
  ).returns<Report>(),
  openReport: call(({ z, id }) => z.object({ id }).strict()).returns<Report>(),
  updateReport: call(({ z, id, reportPatch }) => z.object({ id, patch: reportPatch }).strict()).returns<ReportMeta>(),
  deleteReport: call(({ z, id }) => z.object({ id }).strict()).returns<{ id: number }>(),

  /** Autosave: the section body, newest wins. */
  saveSectionText: call(({ z, id, sectionBody }) => z.object({ id, body: sectionBody }).strict()).returns<{
    id: number;
    status: Section['status'];
    updatedAt: string;
  }>(),
  updateSection: call(
    ({ z, id, text }) =>
      z
        .object({
          id,
          title: text(SECTION_TITLE_MAX).trim().min(1, '标题不能为空').optional(),
          status: z.enum(SECTION_STATUSES).optional(),
          notApplicable: text(500).nullable().optional(),
          checkedPoints: z.array(text(100)).max(200).optional(),
        })
        .strict(),
  ).returns<Section>(),
  addSection: call(
    ({ z, id, text }) =>
      z
        .object({
          reportId: id,
          parentId: id.nullable(),
          /** Insert after this sibling; null puts the section first. */
          afterId: id.nullable(),
          title: text(SECTION_TITLE_MAX).trim().min(1, '标题不能为空'),
        })
        .strict(),
  ).returns<Section>(),
  /** Deletes a section and its children (kept in the file, so it can be undone). */
  removeSection: call(({ z, id }) => z.object({ id }).strict()).returns<{ reportId: number; removedIds: number[] }>(),
  /** 「最近删除」: the report's deleted sections of the last 30 days, newest first. */
  listDeletedSections: call(({ z, id }) => z.object({ reportId: id }).strict()).returns<DeletedSection[]>(),
  /** Undo of removeSection, and 「恢复」 in 「最近删除」: the section and what was deleted with it
   *  go back to their place, with their text and history. */
  restoreDeletedSection: call(({ z, id }) => z.object({ id }).strict()).returns<Report>(),
  moveSection: call(({ z, id }) => z.object({ id, direction: z.enum(['up', 'down']) }).strict()).returns<Report>(),

  /** 「保存版本」 (named by the user), or the version the UI keeps before 全部修正 / 全部替换.
   *  Text the newest version already holds adds nothing: created is false, version is that one. */
  saveVersion: call(
    ({ z, id, text }) =>
      z
        .object({
          reportId: id,
          label: text(60).trim().optional(),
          kind: z.enum(['manual', 'fixall', 'replaceall']).optional(),
        })
        .strict(),
  ).returns<{ created: boolean; version: VersionInfo }>(),
  /** Newest first, with 字数 and its change from the version before. */
  listVersions: call(({ z, id }) => z.object({ reportId: id }).strict()).returns<VersionInfo[]>(),
  /** One version's whole content, for compare and restore. */
  openVersion: call(({ z, id }) => z.object({ versionId: id }).strict()).returns<{ version: VersionInfo; content: VersionContent }>(),
  renameVersion: call(({ z, id, text }) => z.object({ versionId: id, label: text(60).trim() }).strict()).returns<VersionInfo>(),
  /** Puts a whole version back; what it replaces is kept as a version first (savedBefore). */
  restoreVersion: call(({ z, id }) => z.object({ versionId: id }).strict()).returns<{ report: Report; savedBefore: VersionInfo | null; changed: boolean }>(),
  /** Puts one section of a version back (re-created if it was deleted since). */
  restoreVersionSection: call(({ z, id }) => z.object({ versionId: id, sectionId: z.number().int().safe() }).strict()).returns<Report>(),
  listRevisions: call(({ z, id }) => z.object({ sectionId: id }).strict()).returns<Revision[]>(),
  restoreRevision: call(({ z, id }) => z.object({ revisionId: id }).strict()).returns<Section>(),

  /** The report (and section) open when the app was last used, to reopen it; null: the library.
   *  Kept in the data file, so a copy of it reopens where its own work was. */
  getLastOpened: call(({ none }) => none).returns<{ last: { reportId: number; sectionId: number | null } | null }>(),
  setLastOpened: call(({ z, id }) => z.object({ reportId: id.nullable(), sectionId: id.nullable() }).strict()).returns<{ saved: true }>(),

  backupNow: call(({ none }) => none).returns<BackupInfo>(),
  /** The backups in the data folder, newest first. */
  listBackups: call(({ none }) => none).returns<BackupInfo[]>(),
  /** 「恢复到此备份」: a backup (from the list, or a file chosen with chooseBackupFile) becomes the
   *  data file after it is checked; the current one is backed up first (safety). Every call after it
   *  goes to the restored database. */
  restoreBackup: call(({ z, text }) => z.object({ file: text(4000).min(1) }).strict()).returns<RestoredBackupInfo>(),
  /** 「打开备份文件夹」 in the file manager. */
  openBackupFolder: call(({ none }) => none).returns<{ opened: true }>(),
  /** 「备份到U盘…」, step 1: the system's folder chooser. */
  chooseBackupFolder: call(({ none }) => none).returns<{ folder: string } | { cancelled: true }>(),
  /** 「备份到U盘…」: one self-contained backup file of everything in the chosen folder, read back to
   *  prove it restores. In the app, only a folder chosen with chooseBackupFolder is accepted. */
  backupToFolder: call(({ z, text }) => z.object({ folder: text(4000).min(1) }).strict()).returns<{ path: string; bytes: number }>(),
  /** 「从文件恢复…」: the system's open dialog for a backup file (e.g. on a USB stick). */
  chooseBackupFile: call(({ none }) => none).returns<{ file: string } | { cancelled: true }>(),
  search: call(({ z }) => z.object({ query: z.string().max(100).overwrite(cleanSearchQuery).min(1, '请输入要搜索的文字') }).strict()).returns<SearchHit[]>(),

  /** The import dialog opened: start the reader process now, while the user picks a file, so the
   *  first preview does not wait for it to start (it stops again after a minute unused). */
  prepareImport: call(({ none }) => none).returns<{ ready: true }>(),
  /** Import, step 1: reads a file (its bytes) or pasted text — or maps an earlier preview again,
   *  e.g. onto another template — and proposes a mapping. Stores nothing but the preview in memory.
   *  The bytes travel as bytes (structured clone); the file's size is judged where it is picked
   *  (renderer, CLI) and by the reader process, which refuses more than MAX_IMPORT_FILE_BYTES. */
  previewImport: call(
    ({ z, year, text, bytes }) =>
      z
        .object({
          fileName: text(255).optional(),
          data: bytes.optional(),
          text: text(MAX_IMPORT_TEXT_CHARS).optional(),
          previewId: text(64).optional(),
          templateId: text(100).optional(),
          year: year.optional(),
          unitName: text(100).optional(),
        })
        .strict()
        .refine((v) => [v.data, v.text, v.previewId].filter((x) => x !== undefined).length === 1, {
          message: '请选择要导入的文件，或粘贴报告文字。',
        }),
  ).returns<ImportPreview>(),
  /** Import, step 2: creates the report from a preview and the user's mapping, in one transaction. */
  confirmImport: call(
    ({ z, year, text, unitInput, reportPatch, importMappingChoice }) =>
      z
        .object({
          previewId: text(64),
          unit: unitInput,
          year,
          templateId: text(100),
          /** Sections not listed keep the proposed mapping. */
          mapping: z.array(importMappingChoice).max(2000),
          overrides: reportPatch.pick({ title: true, addressee: true, opening: true, signatureName: true, signatureDate: true }).optional(),
        })
        .strict(),
  ).returns<Report>(),
  /** 「以去年报告为基础」: a new report for `year` copied from an earlier one, every section 待核对. */
  createFromLastYear: call(({ z, id, year }) => z.object({ baseReportId: id, year }).strict()).returns<Report>(),
  /** Last year's 「下一年度安排」 (based_on, else the unit's latest earlier report). */
  getLastYearPlans: call(({ z, id }) => z.object({ reportId: id }).strict()).returns<{ plans: LastYearPlans | null }>(),
  /** Last year's counterpart of every section, for the side-by-side view. */
  compareWithLastYear: call(({ z, id }) => z.object({ reportId: id }).strict()).returns<LastYearComparison>(),

  /** Export, before writing: outline, page count, empty parts, fonts this PC lacks (and what the
   *  preview draws instead), file name, last folder. keepEmpty: 「仍然导出空白标题」. unsaved: the
   *  editor's text the data's medium refused to save, used for this preview only (never stored). */
  exportPreview: call(({ z, id, unsavedEdits }) => z.object({ reportId: id, keepEmpty: z.boolean().optional(), unsaved: unsavedEdits.optional() }).strict()).returns<ExportPreview>(),
  /** The system save dialog for a .docx (default) or a PDF, at the last folder with the default file name. */
  chooseExportPath: call(({ z, id }) => z.object({ reportId: id, format: z.enum(['docx', 'pdf']).optional() }).strict()).returns<{ path: string } | { cancelled: true }>(),
  /** Writes the .docx atomically with the unit's settings and leaves an 'export' snapshot. In the
   *  app, only a path chosen with chooseExportPath is accepted. unsaved: as for exportPreview — the
   *  file has that text, the data file stays as it is (and no snapshot is kept of it). */
  exportReport: call(
    ({ z, id, text, unsavedEdits }) =>
      z
        .object({ reportId: id, path: text(4000).trim().min(1, '请选择保存位置'), keepEmpty: z.boolean().optional(), unsaved: unsavedEdits.optional() })
        .strict(),
  ).returns<{
    path: string;
    bytes: number;
    /** Set when the file was written but something after it (the snapshot) failed. */
    warning: string | null;
  }>(),
  /** Writes the print preview on screen as a PDF (A4, the pages as printed), atomically. Only in
   *  the app (the window prints itself); a browser gets UNSUPPORTED and prints through its dialog. */
  exportPdf: call(({ z, id, text }) => z.object({ reportId: id, path: text(4000).trim().min(1, '请选择保存位置') }).strict()).returns<{ path: string; bytes: number }>(),
  /** The system print dialog for the print preview on screen (UNSUPPORTED in a browser: it prints itself). */
  printPages: call(({ none }) => none).returns<{ printed: boolean }>(),
  /** Opens the folder of a file exported in this session, with the file selected. */
  showInFolder: call(({ z, text }) => z.object({ path: text(4000).min(1) }).strict()).returns<{ shown: true }>(),
  /** Opens a file exported in this session in its program (Word/WPS, the PDF reader). */
  openExportedFile: call(({ z, text }) => z.object({ path: text(4000).min(1) }).strict()).returns<{ opened: true }>(),
  /** The unit's format settings (fonts, 三级标题加粗, 加盖印章, 页码). */
  saveExportSettings: call(({ z, id, exportSettings }) => z.object({ unitId: id, settings: exportSettings }).strict()).returns<ExportSettings>(),

  /** 审校: the rule data loaded at start-up (resources/rules: terms, titles, lexicon); a broken file
   *  gives none of its rules and a problem to show, the other checks still run. */
  getCheckRules: call(({ none }) => none).returns<RuleData & { problems: Array<{ file: string; message: string }> }>(),
  /** 审校 over the stored report (CLI, export): open and ignored findings, counts of the open ones. */
  checkReport: call(({ z, id }) => z.object({ id }).strict()).returns<StoredReportChecks & { problems: string[] }>(),
  /** 审校 「忽略」 / 「恢复」 of one finding, remembered with the report. */
  setFindingIgnored: call(({ z, id, text }) => z.object({ reportId: id, findingId: text(300).min(1), ignored: z.boolean() }).strict()).returns<ReportMeta>(),

  /** 「导出报告包」, step 1: the save dialog (a .nianbao file named for the unit and year). */
  choosePackagePath: call(({ z, id }) => z.object({ reportId: id }).strict()).returns<{ path: string } | { cancelled: true }>(),
  /** 「导出报告包」: one report (unit, sections, 审校 settings; its versions with withHistory) in one
   *  file, written atomically. In the app, only a path chosen with choosePackagePath is accepted.
   *  skipped: versions too damaged to carry. */
  exportPackage: call(
    ({ z, id, text }) =>
      z.object({ reportId: id, path: text(4000).trim().min(1, '请选择保存位置'), withHistory: z.boolean() }).strict(),
  ).returns<{ path: string; bytes: number; skipped: number }>(),
  /** 「导入报告包」, step 1: reads and checks a package (its bytes); writes nothing. Says what it
   *  holds and which report of the same unit and year is here already. */
  openPackage: call(
    ({ z, text, bytes }) =>
      z
        .object({
          fileName: text(255),
          data: bytes,
        })
        .strict(),
  ).returns<PackagePreview>(),
  /** 「导入报告包」, step 2: adds it — new, as a copy beside the one here, or over it (that one is
   *  kept as a version first: savedBefore). */
  importPackage: call(({ z, text }) => z.object({ previewId: text(64), mode: z.enum(PACKAGE_IMPORT_MODES) }).strict()).returns<{
    report: Report;
    savedBefore: VersionInfo | null;
  }>(),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.keys(contract) as CallName[];

/** The calls that change the data folder: refused while it is open read-only (AppStatus.readOnly). */
export const WRITE_CALLS: ReadonlySet<CallName> = new Set<CallName>([
  'createReport', 'updateReport', 'deleteReport', 'saveSectionText', 'updateSection', 'addSection', 'removeSection',
  'restoreDeletedSection', 'moveSection', 'saveVersion', 'renameVersion', 'restoreVersion', 'restoreVersionSection',
  'restoreRevision', 'setLastOpened', 'backupNow', 'restoreBackup', 'previewImport', 'confirmImport',
  'createFromLastYear', 'saveExportSettings', 'setFindingIgnored', 'importPackage', 'openPackage',
]);

/** A call's input schema (built by shared/apiInputs.ts). */
export type InputSchema<K extends CallName> = ReturnType<Contract[K]['input']>;
/** What a caller passes (before zod defaults/transforms). */
export type CallInput<K extends CallName> = z.input<InputSchema<K>>;
/** What a handler receives (after validation). */
export type ParsedInput<K extends CallName> = z.output<InputSchema<K>>;
export type CallOutput<K extends CallName> = NonNullable<Contract[K]['output']>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The calls as the preload (or the e2e bridge, or the browser-mode page) puts them on window.api:
 *  results, never thrown errors, because errors lose their fields when they cross the context bridge. */
export type RawCalls = { [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>> };

/** What UI code calls: resolves with the output or throws ApiCallError. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> };

/** The IPC channel name of a call. */
export const channelOf = (name: CallName): string => `api:${name}`;
export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.hasOwn(contract, name);

/**
 * The other direction: requests the shell (the Electron main process, or the browser-mode server)
 * sends to the page, which answers each with a value its `reply` check accepts (a plain guard: the
 * page carries these, and it loads no zod). Declared here once like
 * the calls; the preload, the browser-mode page and the e2e bridge all carry them.
 * `unanswered` is the answer when no screen has registered a handler, `failed` when the handler threw.
 */
export const shellRequests = {
  /** Push every pending autosave now: the window is closing, the Windows session is ending or the
   *  browser-mode server is stopping. Answers true once everything reached the database. */
  flush: { channel: 'shell:flush', reply: (v: unknown): v is boolean => typeof v === 'boolean', unanswered: true, failed: false },
} as const;

export type ShellRequestName = keyof typeof shellRequests;
export const SHELL_REQUEST_NAMES = Object.keys(shellRequests) as ShellRequestName[];
export type ShellReply<K extends ShellRequestName> = (typeof shellRequests)[K]['reply'] extends (v: unknown) => v is infer R ? R : never;
export type ShellHandler<K extends ShellRequestName> = () => Promise<ShellReply<K>>;
/** The channel the page answers on, with the request's id and the reply. */
export const SHELL_REPLY_CHANNEL = 'shell:reply';
export const isShellRequestName = (name: unknown): name is ShellRequestName =>
  typeof name === 'string' && Object.hasOwn(shellRequests, name);

/** window.api: the contract's calls, plus the page's side of the shell requests — nothing else. */
export type RawApi = RawCalls & {
  /** Registers the page's answer to a shell request; returns the function that removes it. */
  onShellRequest<K extends ShellRequestName>(name: K, handler: ShellHandler<K>): () => void;
};
