// 「以去年报告为基础」: a new year's report copied from an earlier one of the same unit, plus what
// the workspace shows beside it — last year's plans and last year's text section by section.
import { AppError } from '../../../shared/errors';
import type { Report, ReportMeta } from '../../../shared/types';
import { pairWithLastYear, type LastYearComparison } from '../../../shared/lastYear/compare';
import { lastYearPlans, type LastYearPlans } from '../../../shared/lastYear/plans';
import { shiftYears, titleForYear } from '../../../shared/lastYear/shiftYear';
import { linkedToParents } from '../reports/reportRepo';
import type { Store } from '../store';
import { writeTransaction } from '../db/database';

export class LastYearService {
  constructor(private readonly store: Store) {}

  /**
   * Copies the base report's sections (keys, titles, bodies, required flags, 「无此项」) into a
   * new report for `year`. Years move in the title, the opening and the headings only (never
   * inside a quoted name); the title names the unit as it is on record; the 成文日期 is left
   * empty for the UI to propose; every copied section is 待核对, and 审校 asks to confirm the
   * 主送 and 署名 that were carried over.
   */
  createFromLastYear(baseReportId: number, year: number): Report {
    const { db, reports, versions } = this.store;
    const base = reports.open(baseReportId);
    if (year <= base.year) {
      throw new AppError('CONFLICT', `新报告的年度（${year}年）应晚于所依据报告的年度（${base.year}年）。`);
    }
    const sections = linkedToParents(base.sections, (s) => s.id, (s) => s.parentId, (s) => ({
      level: s.level,
      templateKey: s.templateKey,
      title: shiftYears(s.title, base.year, year),
      body: s.body,
      required: s.required,
      status: 'review',
      notApplicable: s.notApplicable,
    }));
    const id = writeTransaction(db, () => {
      // The base as it was when the new year's report was made from it.
      versions.save(base.id, 'derive', `以此为基础新建${year}年报告前`);
      const created = reports.create({
        unit: {
          fullName: base.unit.fullName,
          shortName: base.unit.shortName,
          kind: base.unit.kind,
          superior: base.unit.superior,
          signatureName: base.unit.signatureName,
        },
        year,
        templateId: base.templateId,
        templateVersion: base.templateVersion,
        title: titleForYear(base.title, base.unit, base.year, year),
        addressee: base.addressee,
        opening: shiftYears(base.opening, base.year, year),
        closing: base.closing,
        signatureName: base.signatureName,
        signatureDate: '',
        headingStyle: base.headingStyle,
        basedOn: base.id,
        sections,
      });
      versions.save(created.id, 'base', `以${base.year}年报告为基础新建`);
      return created.id;
    });
    return reports.open(id);
  }

  /** The report this one was based on; else the unit's latest report of an earlier year. */
  lastYearOf(report: ReportMeta): Report | null {
    if (report.basedOn !== null) {
      try {
        return this.store.reports.open(report.basedOn);
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'NOT_FOUND')) throw err;
      }
    }
    const row = this.store.db
      .prepare('SELECT id FROM reports WHERE unit_id = ? AND year < ? ORDER BY year DESC, updated_at DESC, id DESC LIMIT 1')
      .get(report.unitId, report.year) as { id: number } | undefined;
    return row ? this.store.reports.open(row.id) : null;
  }

  /** Last year's 「下一年度安排」 for the guidance panel; null when there is no earlier report or part. */
  lastYearPlans(reportId: number): LastYearPlans | null {
    const lastYear = this.lastYearOf(this.store.reports.meta(reportId));
    return lastYear ? lastYearPlans(lastYear) : null;
  }

  /** Each section of the report with last year's counterpart (if any) for the side-by-side view. */
  compareWithLastYear(reportId: number): LastYearComparison {
    const report = this.store.reports.open(reportId);
    const lastYear = this.lastYearOf(report);
    if (!lastYear) {
      return { lastYear: null, pairs: pairWithLastYear(report.sections, []) };
    }
    return {
      lastYear: { id: lastYear.id, year: lastYear.year, title: lastYear.title, opening: lastYear.opening },
      pairs: pairWithLastYear(report.sections, lastYear.sections),
    };
  }
}
