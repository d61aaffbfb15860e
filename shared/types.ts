// Domain types shared by main, renderer and CLI. Everything read back from the DB, settings or
// files is normalised into these shapes by the row mappers (electron/services/db/rowMappers.ts).
import { choices } from './choices';

export const { values: UNIT_KINDS, label: UNIT_KIND_LABEL } = choices({ township: '乡镇', department: '县级部门' });
export type UnitKind = (typeof UNIT_KINDS)[number];

export const { values: SECTION_STATUSES, label: SECTION_STATUS_LABEL } = choices({ empty: '未填写', draft: '编写中', review: '待核对', done: '已完成' });
export type SectionStatus = (typeof SECTION_STATUSES)[number];
/** The longest section title the app stores (a pasted heading is cut to it). */
export const SECTION_TITLE_MAX = 200;

/** How level-2 headings are laid out: on their own line, or run into the first paragraph. */
export const HEADING_STYLES = ['standalone', 'runin'] as const;
export type HeadingStyle = (typeof HEADING_STYLES)[number];

export interface Unit {
  id: number;
  fullName: string;
  shortName: string;
  kind: UnitKind;
  /** 上级机关 / 主送机关, e.g. 「XX县人民政府」. */
  superior: string;
  signatureName: string;
}

export interface Section {
  id: number;
  reportId: number;
  parentId: number | null;
  position: number;
  level: number;
  /** Template section key; null for a section the user added. */
  templateKey: string | null;
  title: string;
  /** Plain text, one paragraph per line. */
  body: string;
  status: SectionStatus;
  /** Set when a required section is declared 「无此项」; holds the reason. */
  notApplicable: string | null;
  /** Ids of the template key points the user ticked. */
  checkedPoints: string[];
  /** Required by the template: cannot be deleted, only marked 「无此项」. */
  required: boolean;
  updatedAt: string;
}

/** An entry of 「最近删除」: a section the user deleted, with the sub-sections deleted with it. */
export interface DeletedSection {
  id: number;
  reportId: number;
  title: string;
  level: number;
  deletedAt: string;
  /** After this it is removed for good. */
  expiresAt: string;
  /** Whole days left to restore it (at least 1 while it is listed). */
  daysLeft: number;
  /** How many sub-sections went with it. */
  subsections: number;
  /** 字数 of it and its sub-sections. */
  chars: number;
  /** The heading it was under; null for a top-level section. */
  parentTitle: string | null;
  /** The heading it was under is deleted too: restore that first. */
  parentDeleted: boolean;
}

export interface ReportMeta {
  id: number;
  unitId: number;
  year: number;
  title: string;
  addressee: string;
  opening: string;
  closing: string;
  signatureName: string;
  /** 成文日期 as 「YYYY年M月D日」, may be empty. */
  signatureDate: string;
  templateId: string;
  templateVersion: number;
  basedOn: number | null;
  headingStyle: HeadingStyle;
  /** Ids of the 审校 findings the writer chose to ignore (kept in reports.settings). Always set
   * by the row mappers; optional only so reports built by hand (tests, import) need not name it. */
  ignoredFindings?: string[];
  createdAt: string;
  updatedAt: string;
}

export interface Report extends ReportMeta {
  unit: Unit;
  sections: Section[];
}

export interface ReportSummary {
  id: number;
  unitId: number;
  unitName: string;
  unitKind: UnitKind;
  year: number;
  title: string;
  sectionCount: number;
  doneCount: number;
  charCount: number;
  updatedAt: string;
}

/** What left a revision, as the section's history names it. */
export const { values: REVISION_KINDS, label: REVISION_KIND_LABEL } = choices({ autosave: '自动保存', snapshot: '版本', import: '导入', restore: '恢复', export: '导出' });
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface Revision {
  id: number;
  sectionId: number;
  kind: RevisionKind;
  /** The version that left it (「送审稿」, 「全部修正前」); '' for autosaves. */
  label: string;
  title: string;
  body: string;
  createdAt: string;
}

export interface BackupInfo {
  file: string;
  /** quit: taken when the app closed with changes since the last backup. */
  reason: 'daily' | 'manual' | 'premigration' | 'quit';
  createdAt: string;
  bytes: number;
}

/** What made a backup, as the app and the CLI name it. */
export const BACKUP_REASON_LABEL: Record<BackupInfo['reason'], string> = {
  daily: '每日自动',
  manual: '手动',
  premigration: '升级前',
  quit: '退出时',
};

/** What 「恢复到此备份」 did: the backup now in use (and its reports), and where the data as it
 *  was just before went — a backup, so going back is one more restore. */
export interface RestoredBackupInfo {
  restored: BackupInfo;
  reports: number;
  safety: BackupInfo;
}

/** What start-up had to do to get a healthy database; shown to the user once. */
export interface RecoveryInfo {
  /** Why: the file was damaged (moved aside, never deleted), or it was gone. */
  cause: 'damaged' | 'missing';
  /** Where the damaged files went; null when there was no file to move. */
  corruptMovedTo: string | null;
  restoredFrom: string;
  backupCreatedAt: string;
  /** Reports the restored backup holds. */
  reports: number;
  /** Newer backups passed over because they were damaged, empty or held no reports. */
  skippedBackups: number;
}

export interface AppStatus {
  version: string;
  dataDir: string;
  dbPath: string;
  schemaVersion: number;
  recovery: RecoveryInfo | null;
  lastBackupAt: string | null;
  /** Set when the data folder could not be written at start (write-protected stick, full disk), or
   *  since a write failed on it while running: the library is open for viewing, search, 审校 and
   *  export only; every write is refused. */
  readOnly: ReadOnlyState | null;
}

export interface ReadOnlyState {
  reason: 'read-only' | 'full';
  /** 'start': found at start-up, the file is open for reading only until the app is opened again.
   *  'running': a write failed while running; the app leaves the state by itself once the medium
   *  can be written again (the unsaved text waits in the save queue meanwhile). */
  since: 'start' | 'running';
  /** The banner: 「数据所在位置只读：可以查看和导出，不能修改」 or 「磁盘空间已满…」. */
  message: string;
}

export interface SearchHit {
  reportId: number;
  sectionId: number;
  year: number;
  unitName: string;
  sectionTitle: string;
  snippet: string;
}

/** What the wizard needs to offer a template; the full template comes from getTemplate. */
export interface TemplateSummary {
  id: string;
  version: number;
  name: string;
  description: string;
  unitKinds: UnitKind[];
  addresseeHint: string;
  areaSets: Array<{ id: string; name: string; description: string; default: boolean }>;
}

export interface TemplateProblemInfo {
  file: string;
  message: string;
}
