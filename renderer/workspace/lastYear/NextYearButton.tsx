// 「以此为基础新建2025年报告」 in the top bar of an earlier year's report (an imported one, most
// often): the next step of the yearly routine in one click. Once the unit has that year's report
// the button stays, disabled, and says so; it is not offered for a year that has not come yet,
// nor on a copy that is itself still being checked (it was just made from last year's).
import { useEffect, useState } from 'react';
import { defaultReportYear } from '../../../shared/gongwen/dates';
import type { Report, ReportSummary } from '../../../shared/types';
import { api, errorMessage } from '../../api';
import { useReadOnly } from '../../components/ReadOnly';
import { useToast } from '../../components/Toasts';
import { newReportFromLastYear } from './newReportFromLastYear';

interface Props {
  report: Pick<Report, 'id' | 'unitId' | 'year'>;
  /** A copy made from an earlier report whose sections are still 待核对. */
  stillChecking: boolean;
  flush: () => Promise<void>;
  onOpenReport: (reportId: number) => void;
}

export function NextYearButton({ report, stillChecking, flush, onOpenReport }: Props) {
  /** The unit's report of the next year; undefined while the list loads. */
  const [existing, setExisting] = useState<ReportSummary | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const readOnly = useReadOnly();
  const toast = useToast();
  const { unitId, year, id } = report;
  const next = year + 1;

  useEffect(() => {
    let live = true;
    api.listReports({}).then(
      (list) => live && setExisting(list.find((r) => r.unitId === unitId && r.year === next) ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [unitId, next]);

  if (existing === undefined) return null;
  // Not offered: an empty mark saying why, so "not offered" can be told from "still loading".
  if (next > defaultReportYear(new Date()) || stillChecking) return <span className="next-year-off" data-reason={stillChecking ? 'checking' : 'future'} hidden />;
  if (existing) {
    return (
      <span className="next-year-done" title={`本单位已有${next}年的报告「${existing.title}」，请在报告列表中打开它。`}>
        <button type="button" className="next-year" disabled>
          已有{next}年报告
        </button>
      </span>
    );
  }
  return (
    <button
      type="button"
      className="next-year"
      disabled={busy || readOnly}
      title={`复制本报告的全部章节，新建${next}年的报告；复制的每一节标为「待核对」`}
      onClick={() => {
        setBusy(true);
        void flush()
          .then(() => newReportFromLastYear(id, next))
          .then(
            (created) => {
              toast({ kind: 'info', text: `已新建「${created.title}」并打开。各节标为「待核对」，高亮的年份和数字请逐一核对。` });
              onOpenReport(created.id);
            },
            (err: unknown) => {
              toast({ kind: 'error', text: errorMessage(err) });
              setBusy(false);
            },
          );
      }}
    >
      {busy ? '正在新建…' : `以此为基础新建${next}年报告`}
    </button>
  );
}
