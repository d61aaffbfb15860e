// The import as the library sees it: where the dialog is (start, reading the file, waiting for the
// recognition, the preview, a refusal) and the steps between. A newer file, or closing the dialog,
// makes the answers of an older one be ignored, so a slow read never overwrites what is on screen.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ImportPreview } from '../../shared/import/preview';
import { api, errorMessage } from '../api';
import { FileRefusal, readFileBytes } from './readFile';

export type ImportState =
  | { phase: 'closed' }
  | { phase: 'start'; mode: 'file' | 'paste' }
  | { phase: 'reading'; fileName: string; progress: number }
  | { phase: 'recognising'; fileName: string }
  | { phase: 'preview'; preview: ImportPreview }
  | { phase: 'failed'; fileName: string; message: string };

export interface ImportFlow {
  state: ImportState;
  open: (mode: 'file' | 'paste') => void;
  fromFile: (file: File) => Promise<void>;
  fromText: (text: string) => Promise<void>;
  /** Maps the same text onto another template (nothing is read again); throws on failure. */
  remap: (templateId: string) => Promise<void>;
  close: () => void;
}

export function useImportFlow(): ImportFlow {
  const [state, setState] = useState<ImportState>({ phase: 'closed' });
  const run = useRef(0);
  const current = useRef(state);
  current.current = state;

  const recognise = useCallback(async (ticket: number, fileName: string, input: Parameters<typeof api.previewImport>[0]) => {
    setState({ phase: 'recognising', fileName });
    try {
      const preview = await api.previewImport(input);
      if (run.current === ticket) setState({ phase: 'preview', preview });
    } catch (err) {
      if (run.current === ticket) setState({ phase: 'failed', fileName, message: errorMessage(err) });
    }
  }, []);

  const fromFile = useCallback(
    async (file: File) => {
      const ticket = ++run.current;
      setState({ phase: 'reading', fileName: file.name, progress: 0 });
      let data: Uint8Array;
      try {
        data = await readFileBytes(file, (progress) => {
          if (run.current === ticket) setState({ phase: 'reading', fileName: file.name, progress });
        });
      } catch (err) {
        const message = err instanceof FileRefusal ? err.message : `无法读取「${file.name}」，请重试。`;
        if (run.current === ticket) setState({ phase: 'failed', fileName: file.name, message });
        return;
      }
      if (run.current !== ticket) return;
      await recognise(ticket, file.name, { fileName: file.name, data });
    },
    [recognise],
  );

  const fromText = useCallback(
    async (text: string) => {
      const ticket = ++run.current;
      await recognise(ticket, '粘贴的文字', { text });
    },
    [recognise],
  );

  // The preview stays on screen meanwhile (the user's edits with it); a failure is the caller's to show.
  const remap = useCallback(async (templateId: string) => {
    const shown = current.current;
    if (shown.phase !== 'preview') return;
    const ticket = run.current;
    const { preview } = shown;
    const next = await api.previewImport({
      previewId: preview.previewId,
      templateId,
      ...(preview.year !== null ? { year: preview.year } : {}),
      ...(preview.unitName ? { unitName: preview.unitName } : {}),
    });
    if (run.current === ticket) setState({ phase: 'preview', preview: next });
  }, []);

  const open = useCallback((mode: 'file' | 'paste') => {
    run.current++;
    setState({ phase: 'start', mode });
    // The reader process starts while the user picks a file; if it cannot, the preview says so.
    api.prepareImport({}).catch(() => undefined);
  }, []);
  const close = useCallback(() => {
    run.current++;
    setState({ phase: 'closed' });
  }, []);

  return useMemo(() => ({ state, open, fromFile, fromText, remap, close }), [state, open, fromFile, fromText, remap, close]);
}
