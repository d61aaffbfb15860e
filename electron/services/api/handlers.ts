// The handler table: one function per contract call, over the electron-free services. The IPC
// layer, the e2e bridge and the CLI all use this same table.
import type { AppStatus } from '../../../shared/types';
import { searchSections } from '../reports/search';
import { plainOutline, PLAIN_OUTLINE_ID } from '../reports/plainOutline';
import type { Store } from '../store';
import type { Handlers } from './dispatch';

export interface HandlerEnv {
  version: string;
}

function defaultTitle(unitName: string, year: number): string {
  return `${unitName}关于${year}年度法治政府建设情况的报告`;
}

export function createHandlers(store: Store, env: HandlerEnv): Handlers {
  const { reports, sections, history, backups } = store;
  return {
    appStatus: (): AppStatus => ({
      version: env.version,
      dataDir: store.dataDir,
      dbPath: store.dbPath,
      schemaVersion: store.db.pragma('user_version', { simple: true }) as number,
      recovery: store.recovery,
      lastBackupAt: backups.newest()?.createdAt ?? null,
    }),

    listUnits: () => reports.listUnits(),
    listReports: () => reports.list(),
    createReport: ({ unit, year }) => {
      const signatureName = unit.signatureName || unit.fullName;
      return reports.create({
        unit,
        year,
        templateId: PLAIN_OUTLINE_ID,
        templateVersion: 1,
        title: defaultTitle(unit.fullName, year),
        addressee: unit.superior ? `${unit.superior}：` : '',
        opening: '',
        closing: '',
        signatureName,
        signatureDate: '',
        sections: plainOutline(),
      });
    },
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
    restoreSections: ({ ids }) => reports.open(sections.restore(ids)),
    moveSection: ({ id, direction }) => reports.open(sections.move(id, direction)),

    createSnapshot: ({ reportId, label }) => history.snapshot(reports.open(reportId), 'snapshot', label ?? ''),
    listSnapshots: ({ reportId }) => history.snapshots(reportId),
    listRevisions: ({ sectionId }) => history.revisions(sectionId),
    restoreRevision: ({ revisionId }) => history.restoreRevision(revisionId),

    backupNow: () => backups.create(store.db, 'manual'),
    listBackups: () => backups.list(),
    search: ({ query }) => searchSections(store.db, query),
  };
}
