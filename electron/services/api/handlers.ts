// The handler table: one function per contract call, over the electron-free services. The IPC
// layer, the e2e bridge and the CLI all use this same table.
import { z } from 'zod';
import type { AppStatus } from '../../../shared/types';
import { AppError } from '../../../shared/errors';
import type { Template } from '../../../shared/templates/schema';
import { draftReport, summarizeTemplate } from '../reports/fromTemplate';
import { searchSections } from '../reports/search';
import { LastYearService } from '../lastYear/lastYearService';
import { ImportService } from '../import/importService';
import { PackageService } from '../package/packageService';
import { BackupService, type BackupRestorer } from '../backup/backupService';
import { ImportReader } from '../import/reader';
import type { SpawnReader } from '../import/readerProcess';
import { ExportService } from '../export/exportService';
import type { PlatformHooks } from '../export/platform';
import type { Store } from '../store';
import type { AppLog } from '../log';
import { loadTemplates, templatesDir, type LoadedTemplates } from '../templates/loader';
import { checkStoredReport } from '../../../shared/checks';
import { loadCheckRules, rulesDir, type LoadedCheckRules } from '../checks/rules';
import type { Handlers } from './dispatch';

export interface HandlerEnv {
  version: string;
  /** Loaded once at start-up; broken files are listed in problems and skipped. */
  templates: LoadedTemplates;
  /** 审校 term rules, loaded once at start-up; a broken file gives no terms and a problem. */
  rules: LoadedCheckRules;
  /** The save dialog and file manager: the Electron shell or an e2e stub; the CLI has none. */
  platform?: PlatformHooks;
  /** How the import reader process starts: Electron's utilityProcess in the app; by default
   *  child_process.fork (CLI, tests). */
  spawnReader?: SpawnReader;
  /** The app's or browser mode's log: program errors behind the handlers (a reader that cannot start). */
  log?: AppLog;
}

/** The environment every transport uses: templates from resources/templates (or `dir`), check
 *  rules from resources/rules (or `rules`). */
export function handlerEnv(version: string, dir?: string, rules?: string): HandlerEnv {
  const templates = loadTemplates(templatesDir(dir));
  for (const p of templates.problems) console.warn(`[templates] ${p.message}`);
  const checkRules = loadCheckRules(rulesDir(rules));
  for (const p of checkRules.problems) console.warn(`[rules] ${p.message}`);
  return { version, templates, rules: checkRules };
}

const LAST_OPENED_KEY = 'ui.lastOpened';
const lastOpenedSchema = z.object({ reportId: z.number().int().positive(), sectionId: z.number().int().positive().nullable() }).nullable();

/** The remembered report and section, if they still exist. */
function lastOpened(store: Store): { reportId: number; sectionId: number | null } | null {
  const last = store.settings.get(LAST_OPENED_KEY, lastOpenedSchema, null);
  if (!last) return null;
  try {
    store.reports.meta(last.reportId);
  } catch {
    return null;
  }
  try {
    const section = last.sectionId === null ? null : store.sections.get(last.sectionId);
    return { reportId: last.reportId, sectionId: section?.reportId === last.reportId ? section.id : null };
  } catch {
    // The section was deleted meanwhile: open the report at its start.
    return { reportId: last.reportId, sectionId: null };
  }
}

/** `restorer` (the session) is what can swap the database for a backup; without one (a bare table
 *  over a store, as in most tests) restoreBackup is refused. */
export function createHandlers(store: Store, env: HandlerEnv, restorer?: BackupRestorer): Handlers {
  const { reports, sections, history, versions, backups } = store;
  const templates: readonly Template[] = env.templates.templates;
  const imports = new ImportService(store, templates, new ImportReader({ ...(env.spawnReader ? { spawn: env.spawnReader } : {}), ...(env.log ? { log: env.log } : {}) }));
  const lastYear = new LastYearService(store);
  const exports = new ExportService(store, env.platform);
  const packages = new PackageService(store, env.version, env.platform);
  const backupService = new BackupService(store, env.platform, restorer);
  return {
    appStatus: (): AppStatus => ({
      version: env.version,
      dataDir: store.dataDir,
      dbPath: store.dbPath,
      schemaVersion: store.db.pragma('user_version', { simple: true }) as number,
      recovery: store.recovery,
      lastBackupAt: backups.newest()?.createdAt ?? null,
      readOnly: store.readOnly,
    }),

    listTemplates: () => ({ templates: templates.map(summarizeTemplate), problems: env.templates.problems }),
    getTemplate: ({ id }) => {
      const t = templates.find((x) => x.id === id);
      if (!t) throw new AppError('NOT_FOUND', '没有找到该报告模板，可能模板文件已被删除或有误。');
      return t;
    },

    listUnits: () => reports.listUnits(),
    listReports: () => reports.list(),
    createReport: (req) => reports.create(draftReport(templates, req)),
    openReport: ({ id }) => reports.open(id),
    updateReport: ({ id, patch }) => reports.update(id, patch),
    deleteReport: ({ id }) => {
      reports.remove(id);
      return { id };
    },

    saveSectionText: ({ id, body }) => sections.saveText(id, body),
    updateSection: ({ id, ...patch }) => sections.update(id, patch),
    addSection: ({ reportId, parentId, afterId, title }) => sections.add(reportId, parentId, afterId, title),
    removeSection: ({ id }) => sections.remove(id),
    listDeletedSections: ({ reportId }) => {
      reports.meta(reportId);
      return store.recentlyDeleted.list(reportId);
    },
    restoreDeletedSection: ({ id }) => reports.open(store.recentlyDeleted.restore(id)),
    moveSection: ({ id, direction }) => reports.open(sections.move(id, direction)),

    saveVersion: ({ reportId, label, kind }) => versions.save(reportId, kind ?? 'manual', label ?? ''),
    listVersions: ({ reportId }) => versions.list(reportId),
    openVersion: ({ versionId }) => versions.open(versionId),
    renameVersion: ({ versionId, label }) => versions.rename(versionId, label),
    restoreVersion: ({ versionId }) => versions.restore(versionId),
    restoreVersionSection: ({ versionId, sectionId }) => versions.restoreSection(versionId, sectionId),
    listRevisions: ({ sectionId }) => history.revisions(sectionId),
    restoreRevision: ({ revisionId }) => history.restoreRevision(revisionId),

    getLastOpened: () => ({ last: lastOpened(store) }),
    setLastOpened: ({ reportId, sectionId }) => {
      store.settings.set(LAST_OPENED_KEY, reportId === null ? null : { reportId, sectionId });
      return { saved: true as const };
    },

    backupNow: () => backups.create(store.db, 'manual'),
    listBackups: () => backups.list(),
    restoreBackup: ({ file }) => backupService.restore(file),
    openBackupFolder: () => backupService.openFolder(),
    chooseBackupFolder: () => backupService.chooseFolder(),
    backupToFolder: ({ folder }) => backupService.toFolder(folder),
    chooseBackupFile: () => backupService.chooseFile(),
    search: ({ query }) => searchSections(store.db, query),

    prepareImport: () => {
      // Read-only refuses imports: no reader to start then.
      if (!store.readOnly) imports.reader.warm();
      return { ready: true as const };
    },
    previewImport: (req) => imports.preview(req),
    confirmImport: (req) => imports.confirm(req),
    createFromLastYear: ({ baseReportId, year }) => lastYear.createFromLastYear(baseReportId, year),
    getLastYearPlans: ({ reportId }) => ({ plans: lastYear.lastYearPlans(reportId) }),
    compareWithLastYear: ({ reportId }) => lastYear.compareWithLastYear(reportId),

    exportPreview: ({ reportId, keepEmpty, unsaved }) => exports.preview(reportId, keepEmpty, unsaved),
    chooseExportPath: ({ reportId, format }) => exports.choosePath(reportId, format),
    exportReport: ({ reportId, path, keepEmpty, unsaved }) => exports.exportReport(reportId, path, keepEmpty, unsaved),
    exportPdf: ({ reportId, path }) => exports.exportPdf(reportId, path),
    printPages: () => exports.printPages(),
    openExportedFile: async ({ path }) => {
      await exports.openExportedFile(path);
      return { opened: true as const };
    },
    showInFolder: ({ path }) => {
      exports.showInFolder(path);
      return { shown: true as const };
    },
    saveExportSettings: ({ unitId, settings }) => exports.saveSettings(unitId, settings),

    getCheckRules: () => env.rules,
    checkReport: ({ id }) => {
      const report = reports.open(id);
      const template = templates.find((t) => t.id === report.templateId) ?? null;
      return { ...checkStoredReport(report, { ...env.rules, template }), problems: env.rules.problems.map((p) => p.message) };
    },
    setFindingIgnored: ({ reportId, findingId, ignored }) => reports.setFindingIgnored(reportId, findingId, ignored),

    choosePackagePath: ({ reportId }) => packages.choosePath(reportId),
    exportPackage: ({ reportId, path, withHistory }) => packages.exportPackage(reportId, path, { withHistory }),
    openPackage: ({ fileName, data }) => packages.preview(fileName, data),
    importPackage: ({ previewId, mode }) => packages.importPackage(previewId, mode),
  };
}
