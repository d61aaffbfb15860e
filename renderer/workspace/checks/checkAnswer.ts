// What the 审校 run answers for one text of the report: the findings, and 「本报告写到了哪些方面」
// (the 完整性 tab), which also reads every section's text and so runs beside the checks, off the
// page's main thread, once typing pauses.
import { storedReportChecks, type CheckRules, type StoredReportChecks } from '../../../shared/checks';
import { documentOrder } from '../../../shared/gongwen/sectionOrder';
import { coverageReader, type CoverageList } from '../../../shared/structure/coverage';
import type { Report } from '../../../shared/types';

export interface CheckAnswer {
  result: StoredReportChecks;
  coverage: CoverageList | null;
}

/** A reader for one report's texts in turn: each run re-reads only the sections whose text changed. */
export function checkReader(): (report: Report, rules: CheckRules) => CheckAnswer {
  const readCoverage = coverageReader();
  const check = storedReportChecks();
  return (report, rules) => ({
    result: check(report, rules),
    coverage: rules.template ? readCoverage(rules.template, report.year, documentOrder(report.sections)) : null,
  });
}
