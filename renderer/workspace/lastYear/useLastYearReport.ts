// Last year's report as the workspace needs it: its 「下一年度安排」 and its sections paired with
// this year's. Fetched once per report; the pairs again when sections are added or removed.
import { useEffect, useState } from 'react';
import type { LastYearComparison } from '../../../shared/lastYear/compare';
import type { LastYearPlans } from '../../../shared/lastYear/plans';
import { api, errorMessage } from '../../api';

export function useLastYearReport(reportId: number, sectionIds: string) {
  const [plans, setPlans] = useState<LastYearPlans | null>(null);
  const [comparison, setComparison] = useState<LastYearComparison | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.getLastYearPlans({ reportId }).then(
      (r) => live && setPlans(r.plans),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [reportId]);

  useEffect(() => {
    if (!sectionIds) return;
    let live = true;
    api.compareWithLastYear({ reportId }).then(
      (c) => {
        if (!live) return;
        setComparison(c);
        setError(null);
      },
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [reportId, sectionIds]);

  return { plans, comparison, error };
}
