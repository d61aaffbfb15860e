// Writes a Report (a seed loaded as a report, a bench fixture) into a real store through the
// repository API, as an import or the wizard would, and returns it as read back.
import { linkedToParents } from '../../electron/services/reports/reportRepo';
import type { Store } from '../../electron/services/store';
import { documentOrder } from '../../shared/gongwen/sectionOrder';
import type { Report } from '../../shared/types';
import { reportHeadOf } from '../../shared/versions/content';

export function storeReport(store: Store, report: Report): Report {
  const sections = linkedToParents(documentOrder(report.sections), (s) => s.id, (s) => s.parentId, (s) => ({
    level: s.level,
    templateKey: s.templateKey,
    title: s.title,
    body: s.body,
    required: s.required,
  }));
  const { unit } = report;
  return store.reports.create({
    unit: { fullName: unit.fullName, shortName: unit.shortName, kind: unit.kind, superior: unit.superior, signatureName: unit.signatureName },
    year: report.year,
    templateId: report.templateId,
    templateVersion: report.templateVersion,
    ...reportHeadOf(report),
    sections,
  });
}
