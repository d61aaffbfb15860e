// Loads a report and keeps the local copy in step with what the main process confirmed.
import { useCallback, useEffect, useState } from 'react';
import type { Report, Section } from '../../shared/types';
import { api, errorMessage } from '../api';

export function useReport(reportId: number) {
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const r = await api.openReport({ id: reportId });
      setReport(r);
      return r;
    } catch (err) {
      setError(errorMessage(err));
      return null;
    }
  }, [reportId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // The same report when the patch changes nothing: everything derived from it (the 审校 run, the
  // side panels) then has no reason to run again.
  const patchSection = useCallback((id: number, patch: Partial<Section>) => {
    setReport((r) => {
      const section = r?.sections.find((s) => s.id === id);
      if (!r || !section || Object.entries(patch).every(([key, value]) => section[key as keyof Section] === value)) return r;
      return { ...r, sections: r.sections.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
    });
  }, []);

  return { report, setReport, error, reload, patchSection };
}
