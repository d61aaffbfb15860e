// Loads a report and keeps the local copy in step with what the main process confirmed, and the
// autosave of its sections. A report read back from the main process (after adding, moving,
// deleting or restoring a section) takes the text this window holds that is newer than it —
// typed during the round trip, queued or on its way — so the page's copy never falls behind.
import { useCallback, useEffect, useMemo, useState, type SetStateAction } from 'react';
import type { Report, Section } from '../../shared/types';
import { api, errorMessage } from '../api';
import { withNewerText } from '../autosave/saveQueue';
import { useAutosave, type SavedListeners } from '../autosave/useAutosave';

export function useReport(reportId: number) {
  const [report, setState] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The same report when the patch changes nothing: everything derived from it (the 审校 run, the
  // side panels) then has no reason to run again.
  const patchSection = useCallback((id: number, patch: Partial<Section>) => {
    setState((r) => {
      const section = r?.sections.find((s) => s.id === id);
      if (!r || !section || Object.entries(patch).every(([key, value]) => section[key as keyof Section] === value)) return r;
      return { ...r, sections: r.sections.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
    });
  }, []);

  // A save may move the section's status (空 → 编写中); its time is shown nowhere in the workspace,
  // and taking it would make every save a new report for the checks and panels to run over again.
  // A report field comes back as stored (illegal characters stripped); newer text queued for it wins.
  const autosave = useAutosave(
    reportId,
    useMemo<SavedListeners>(
      () => ({
        section: (res) => patchSection(res.id, { status: res.status }),
        field: (key, value) => setState((r) => (r && r[key] !== value ? { ...r, [key]: value } : r)),
      }),
      [patchSection],
    ),
  );
  const { queue } = autosave;

  /** A report from the main process (or an update of the copy): never behind the queue's text. */
  const setReport = useCallback((next: SetStateAction<Report | null>) => setState(typeof next === 'function' || next === null ? next : withNewerText(next, queue)), [queue]);

  const reload = useCallback(async () => {
    try {
      const since = queue.mark();
      const r = withNewerText(await api.openReport({ id: reportId }), queue, since);
      setState(r);
      return r;
    } catch (err) {
      setError(errorMessage(err));
      return null;
    }
  }, [reportId, queue]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { report, setReport, error, reload, patchSection, autosave };
}
