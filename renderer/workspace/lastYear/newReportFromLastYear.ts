// 「以去年报告为基础」 and 「以此为基础新建」: the new year's report copied from an earlier one. The
// copy leaves the 成文日期 empty; the same date the wizard would propose is filled in here.
import { defaultSignatureDate } from '../../../shared/gongwen/dates';
import { api } from '../../api';

export async function newReportFromLastYear(baseReportId: number, year: number): Promise<{ id: number; title: string }> {
  const report = await api.createFromLastYear({ baseReportId, year });
  try {
    await api.updateReport({ id: report.id, patch: { signatureDate: defaultSignatureDate(year, new Date()) } });
  } catch {
    // The report exists and opens; the date can be filled in under 「结尾与落款」.
  }
  return { id: report.id, title: report.title };
}
