// 「以此为基础新建2025年报告」 in the top bar of an earlier year's report (an imported one, most
// often) while the unit has no later report yet: the next step of the yearly routine in one click.
import { useEffect, useState } from 'react';
import { defaultReportYear } from '../../../shared/gongwen/dates';
import type { Report } from '../../../shared/types';
import { api, errorMessage } from '../../api';
import { useToast } from '../../components/Toasts';
import { newReportFromLastYear } from './newReportFromLastYear';

interface Props {
  report: Report;
  flush: () => Promise<void>;
  onOpenReport: (reportId: number) => void;
}

export function NextYearButton({ report, flush, onOpenReport }: Props) {
  const [hasLater, setHasLater] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToast();
  const { unitId, year, id } = report;

  useEffect(() => {
    let live = true;
    api.listReports({}).then(
      (list) => live && setHasLater(list.some((r) => r.unitId === unitId && r.year > year)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [unitId, year]);

  if (hasLater !== false || year >= defaultReportYear(new Date())) return null;
  const next = year + 1;
  return (
    <button
      type="button"
      className="next-year"
      disabled={busy}
      title={`复制本报告的全部章节，新建${next}年的报告；复制的每一节标为「待核对」`}
      onClick={() => {
        setBusy(true);
        void flush()
          .then(() => newReportFromLastYear(id, next))
          .then(onOpenReport, (err: unknown) => {
            toast({ kind: 'error', text: errorMessage(err) });
            setBusy(false);
          });
      }}
    >
      {busy ? '正在新建…' : `以此为基础新建${next}年报告`}
    </button>
  );
}
