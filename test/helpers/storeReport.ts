// Writes a Report (a seed loaded as a report, a bench fixture) into a real store through the
// repository API, as an import or the wizard would, and returns it as read back.
import type { NewSection } from '../../electron/services/reports/reportRepo';
import type { Store } from '../../electron/services/store';
import { documentOrder } from '../../shared/gongwen/sectionOrder';
import type { Report } from '../../shared/types';

export function storeReport(store: Store, report: Report): Report {
  const ordered = documentOrder(report.sections);
  const index = new Map(ordered.map((s, i) => [s.id, i]));
  const sections: NewSection[] = ordered.map((s) => ({
    parentIndex: s.parentId === null ? null : (index.get(s.parentId) ?? null),
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
    title: report.title,
    addressee: report.addressee,
    opening: report.opening,
    closing: report.closing,
    signatureName: report.signatureName,
    signatureDate: report.signatureDate,
    headingStyle: report.headingStyle,
    sections,
  });
}
