// The print preview's data: pending edits are saved first, then the stored report and the unit's
// export settings are read — what the file would get — and laid out by the shared layout module.
// The time from the data to the pages painted is recorded as the performance measure
// 「nianbao-preview-layout」 (test/bench/cases/preview.ts reads it).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { layoutDocument, type DocumentLayout } from '../../../shared/export/layout/layout';
import { buildExportModel } from '../../../shared/export/model';
import type { ExportPreview } from '../../../shared/export/preview';
import { cssFontFamily } from '../../../shared/export/previewFonts';
import { EXPORT_FONT_KEYS } from '../../../shared/export/exportDefaults';
import { api, errorMessage } from '../../api';
import type { FontFamilies } from './PageSheet';
import { pageRules } from './printStyles';

export const PREVIEW_MEASURE = 'nianbao-preview-layout';

export type PreviewState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; preview: ExportPreview; layout: DocumentLayout; families: FontFamilies; pageCss: string };

export function usePrintPreview(reportId: number, flush: () => Promise<void>, keepEmpty: boolean) {
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  /** Set when pending edits could not be saved: the preview lacks them. */
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const started = useRef(0);

  const load = useCallback(async () => {
    try {
      await flush();
      setUnsaved(null);
    } catch (err) {
      setUnsaved(errorMessage(err));
    }
    try {
      const [preview, report] = await Promise.all([api.exportPreview({ reportId, keepEmpty }), api.openReport({ id: reportId })]);
      started.current = performance.now();
      const settings = preview.settings;
      const layout = layoutDocument(buildExportModel(report, settings, { keepEmpty }), settings);
      const families: FontFamilies = { latin: cssFontFamily(settings, 'latin') };
      for (const key of EXPORT_FONT_KEYS) families[key] = cssFontFamily(settings, key);
      setState({ status: 'ready', preview, layout, families, pageCss: pageRules(layout.geometry, settings.pageNumbers, families['song'] ?? 'serif') });
    } catch (err) {
      setState({ status: 'failed', message: errorMessage(err) });
    }
  }, [reportId, flush, keepEmpty]);

  useEffect(() => {
    void load();
  }, [load]);

  /** Called once the pages are in the DOM; measured at the next frame, when they are painted. */
  const rendered = useCallback(() => {
    const start = started.current;
    if (!start) return;
    started.current = 0;
    requestAnimationFrame(() => performance.measure(PREVIEW_MEASURE, { start, end: performance.now() }));
  }, []);

  return useMemo(() => ({ state, unsaved, reload: load, rendered }), [state, unsaved, load, rendered]);
}
