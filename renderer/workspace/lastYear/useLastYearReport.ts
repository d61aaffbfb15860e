// Last year's report as the workspace needs it: its 「下一年度安排」 and its sections paired with
// this year's. Fetched once per report; the pairs again when sections are added or removed.
import { useEffect, useState } from 'react';
import type { PreviousComparison } from '../../../shared/lastYear/compare';
import type { PreviousPlans } from '../../../shared/lastYear/plans';
import { api, errorMessage } from '../../api';

export function usePreviousYear(reportId: number, sectionIds: string) {
  const [plans, setPlans] = useState<PreviousPlans | null>(null);
  const [comparison, setComparison] = useState<PreviousComparison | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.getPreviousPlans({ reportId }).then(
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
    api.compareWithPrevious({ reportId }).then(
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
