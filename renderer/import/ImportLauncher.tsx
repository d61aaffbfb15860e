// Everything the library needs to start an import: the hidden file input behind 「导入」, the whole
// window as a drop target (with a hint while a file is dragged over it) and the import dialog.
// A file dropped while another dialog is open is refused, and never opened by the browser itself.
import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Report } from '../../shared/types';
import { lazyComponent, whenIdle } from '../lazyComponent';
import { IMPORT_ACCEPT } from './readFile';
import { useImportFlow, type ImportFlow } from './useImportFlow';

export interface ImportLauncher {
  flow: ImportFlow;
  /** Opens the system file chooser straight away (the empty library's 「导入去年的报告」). */
  chooseFile: () => void;
  /** The dialog's start page: choose, drop or paste. */
  openStart: (mode: 'file' | 'paste') => void;
  /** The input, the drag hint and the dialog, to render once in the screen. */
  element: ReactNode;
}

// The dialog and its preview come in a chunk of their own, fetched once the screen is idle.
const importDialog = lazyComponent(() => import('./ImportDialog').then((m) => m.ImportDialog));
const ImportDialog = importDialog.Component;

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function useImportLauncher(onImported: (report: Report) => void, onOtherFile?: (file: File) => boolean): ImportLauncher {
  const flow = useImportFlow();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { fromFile, state, open } = flow;
  const busy = state.phase === 'reading' || state.phase === 'recognising';
  const ours = state.phase !== 'closed';

  useEffect(() => whenIdle(importDialog.prefetch), []);

  const chooseFile = useCallback(() => {
    if (input.current) {
      input.current.value = '';
      input.current.click();
    }
  }, []);

  useEffect(() => {
    // Dialogs other than the import's own have their own business; a drop there means nothing.
    const blocked = () => !ours && document.querySelector('dialog[open]') !== null;
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      if (!blocked() && !busy) setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = blocked() || busy ? 'none' : 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      // A file of another kind (a report package) may be taken by someone else first.
      if (file && !blocked() && !busy && !onOtherFile?.(file)) void fromFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [fromFile, busy, ours, onOtherFile]);

  const element = (
    <>
      <input
        ref={input}
        type="file"
        hidden
        accept={IMPORT_ACCEPT}
        aria-label="选择要导入的文件"
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void fromFile(file);
        }}
      />
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          <p>松开鼠标，导入这个文件</p>
          <p className="small">支持 .docx、.doc、.txt</p>
        </div>
      )}
      {ours && (
        <Suspense fallback={null}>
          <ImportDialog flow={flow} onImported={onImported} />
        </Suspense>
      )}
    </>
  );

  return { flow, chooseFile, openStart: open, element };
}
