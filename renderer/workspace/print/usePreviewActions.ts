// 打印 and 导出 PDF from the preview. Both print the pages on screen: in the app through the
// main window's print/printToPDF; in a browser (nianbao serve), where the page cannot reach the
// printer itself, through the browser's print dialog (which also offers 「另存为 PDF」).
import { useCallback, useState } from 'react';
import type { CallOutput } from '../../../shared/api';
import { api, ApiCallError, errorMessage, transport } from '../../api';

export type PdfRun =
  | { phase: 'idle' }
  | { phase: 'choosing' }
  | { phase: 'writing'; path: string }
  | { phase: 'done'; result: CallOutput<'exportPdf'> }
  | { phase: 'browser' }
  | { phase: 'failed'; message: string };

const unsupported = (err: unknown) => err instanceof ApiCallError && err.code === 'UNSUPPORTED';

export function usePreviewActions(reportId: number) {
  const [pdf, setPdf] = useState<PdfRun>({ phase: 'idle' });
  const [printError, setPrintError] = useState<string | null>(null);

  const print = useCallback(async () => {
    setPrintError(null);
    try {
      await api.printPages({});
    } catch (err) {
      if (unsupported(err)) window.print();
      else setPrintError(errorMessage(err));
    }
  }, []);

  const exportPdf = useCallback(async () => {
    if (transport === 'browser') {
      setPdf({ phase: 'browser' });
      window.print();
      return;
    }
    setPdf({ phase: 'choosing' });
    try {
      const chosen = await api.chooseExportPath({ reportId, format: 'pdf' });
      if ('cancelled' in chosen) {
        setPdf({ phase: 'idle' });
        return;
      }
      setPdf({ phase: 'writing', path: chosen.path });
      setPdf({ phase: 'done', result: await api.exportPdf({ reportId, path: chosen.path }) });
    } catch (err) {
      if (unsupported(err)) {
        setPdf({ phase: 'browser' });
        window.print();
      } else {
        setPdf({ phase: 'failed', message: errorMessage(err) });
      }
    }
  }, [reportId]);

  return { pdf, exportPdf, print, printError };
}
