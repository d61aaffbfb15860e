// The export dialog's state: the preview (after pending autosaves are flushed), the unit's format
// settings, and one export run — save dialog, write, success or a failure the user can retry with
// another name. Nothing of the report changes here; a failed run leaves the dialog as it was.
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { CallOutput, UnsavedEdits } from '../../../shared/api';
import type { ExportPreview } from '../../../shared/export/preview';
import type { ExportSettings, ExportSettingsInput } from '../../../shared/export/settings';
import type { ErrorCode } from '../../../shared/errors';
import { api, ApiCallError, errorMessage } from '../../api';
import { ReadOnlyContext } from '../../components/ReadOnly';

export type ExportResult = CallOutput<'exportReport'>;

export type RunState =
  | { phase: 'idle' }
  | { phase: 'choosing' }
  | { phase: 'writing'; path: string }
  | { phase: 'done'; result: ExportResult }
  | { phase: 'failed'; code: ErrorCode | 'NO_BRIDGE' | null; message: string };

/** Failures where another name or folder is the way out (the dialog offers 「另选位置导出」). */
export const RETRY_ELSEWHERE: ReadonlySet<string> = new Set(['FILE_LOCKED', 'FOLDER_READ_ONLY', 'FOLDER_NOT_FOUND', 'DISK_FULL', 'IO_ERROR']);

/**
 * `pending` gives the edits the save queue still holds. While the data's medium refuses writes
 * (read-only, full) the preview and the file are built from them — what the user sees — without
 * saving them; otherwise (nothing pending, or a medium that can be written) from what is saved.
 */
export function useExport(reportId: number, flush: () => Promise<void>, keepEmpty: boolean, pending: () => UnsavedEdits | undefined) {
  const medium = useContext(ReadOnlyContext);
  /** The call's `unsaved` part, when there is any to send. */
  const withUnsaved = useCallback((): { unsaved?: UnsavedEdits } => {
    const unsaved = medium ? pending() : undefined;
    return unsaved ? { unsaved } : {};
  }, [medium, pending]);
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  /** Set when pending edits could not be saved: the file would lack them. */
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const [run, setRun] = useState<RunState>({ phase: 'idle' });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  /** Pushes pending autosaves; false (with the reason kept) when that failed. */
  const flushFirst = useCallback(async (): Promise<boolean> => {
    try {
      await flush();
      if (live.current) setUnsaved(null);
      return true;
    } catch (err) {
      if (live.current) setUnsaved(errorMessage(err));
      return false;
    }
  }, [flush]);

  const loadPreview = useCallback(async () => {
    try {
      const next = await api.exportPreview({ reportId, keepEmpty, ...withUnsaved() });
      if (!live.current) return;
      setPreview(next);
      setPreviewError(null);
    } catch (err) {
      if (live.current) setPreviewError(errorMessage(err));
    }
  }, [reportId, keepEmpty, withUnsaved]);

  useEffect(() => {
    void flushFirst().then(loadPreview);
  }, [flushFirst, loadPreview]);

  const saveSettings = useCallback(
    async (settings: ExportSettingsInput): Promise<ExportSettings | null> => {
      if (!preview) return null;
      try {
        const saved = await api.saveExportSettings({ unitId: preview.unitId, settings });
        await loadPreview();
        return saved;
      } catch (err) {
        if (live.current) setPreviewError(errorMessage(err));
        return null;
      }
    },
    [preview, loadPreview],
  );

  /** 「选择位置并导出」: flush, the save dialog, then the write. A cancel returns to idle. */
  const exportNow = useCallback(async () => {
    setRun({ phase: 'choosing' });
    try {
      await flushFirst();
      const chosen = await api.chooseExportPath({ reportId });
      if (!live.current) return;
      if ('cancelled' in chosen) {
        setRun({ phase: 'idle' });
        return;
      }
      setRun({ phase: 'writing', path: chosen.path });
      const result = await api.exportReport({ reportId, path: chosen.path, keepEmpty, ...withUnsaved() });
      if (live.current) setRun({ phase: 'done', result });
    } catch (err) {
      if (live.current) setRun({ phase: 'failed', code: err instanceof ApiCallError ? err.code : null, message: errorMessage(err) });
    }
  }, [reportId, flushFirst, keepEmpty, withUnsaved]);

  return { preview, previewError, unsaved, run, exportNow, saveSettings };
}
