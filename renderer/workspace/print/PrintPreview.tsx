// 「打印预览」: the report's pages as the .docx sets them (the shared layout), with 打印, 导出 PDF
// and 导出 Word. A click on a line opens its section (or the title/落款 form). Rendered outside the
// app's root, so printing shows these pages only (styles.css, @media print).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { ExportedFile } from '../export/ExportedFile';
import { EmptyPartsNote } from '../export/EmptyPartsNote';
import { PageSheet, type LinePlace } from './PageSheet';
import { usePageRules } from './printStyles';
import { usePreviewActions, type PdfRun } from './usePreviewActions';
import { usePrintPreview } from './usePrintPreview';

interface Props {
  reportId: number;
  flush: () => Promise<void>;
  keepEmpty: boolean;
  onKeepEmpty: (keep: boolean) => void;
  onClose: () => void;
  onOpen: (where: LinePlace) => void;
  onExportWord: () => void;
}

const ZOOMS = [0.5, 0.67, 0.8, 1, 1.25];

function PdfStatus({ run }: { run: PdfRun }) {
  switch (run.phase) {
    case 'idle':
      return null;
    case 'choosing':
      return <p className="muted">请在保存对话框中选择 PDF 的保存位置…</p>;
    case 'writing':
      return (
        <p role="status">
          <progress aria-label="正在导出 PDF" /> 正在导出 PDF：{run.path}
        </p>
      );
    case 'done':
      return (
        <div className="pv-done" role="status">
          <ExportedFile path={run.result.path} bytes={run.result.bytes} />
        </div>
      );
    case 'browser':
      return <p className="muted">请在浏览器的打印对话框中选择「另存为 PDF」。</p>;
    case 'failed':
      return (
        <p className="form-error" role="alert">
          {run.message}
        </p>
      );
  }
}

function FontNote({ substitutes, checked }: { substitutes: Array<{ requested: string; shown: string | null }>; checked: boolean }) {
  if (!checked) return <p className="pv-note muted">无法检查本机字体，预览按可用的相近字体显示。</p>;
  if (substitutes.length === 0) return <p className="pv-note muted">预览使用文件中的字体。</p>;
  return (
    <div className="pv-note" data-testid="preview-fonts">
      <p>本机没有文件所用的以下字体，预览用相近字体代替（分行、分页与文件相同）：</p>
      <ul className="pv-fonts">
        {substitutes.map((s) => (
          <li key={s.requested}>
            {s.requested} → {s.shown ?? '系统默认字体'}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PrintPreview({ reportId, flush, keepEmpty, onKeepEmpty, onClose, onOpen, onExportWord }: Props) {
  const { state, unsaved, rendered } = usePrintPreview(reportId, flush, keepEmpty);
  const { pdf, exportPdf, print, printError } = usePreviewActions(reportId);
  const [zoom, setZoom] = useState(0.8);
  const overlay = useRef<HTMLDivElement>(null);
  // Keyboard users land in the preview, not behind it.
  useEffect(() => overlay.current?.focus(), []);
  const busy = pdf.phase === 'choosing' || pdf.phase === 'writing';
  usePageRules(state.status === 'ready' ? state.pageCss : null);

  useLayoutEffect(() => {
    if (state.status === 'ready') rendered();
  }, [state, rendered]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !busy) {
        e.preventDefault();
        onClose();
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        e.stopImmediatePropagation();
        if (state.status === 'ready') void print();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [busy, onClose, print, state.status]);

  const ready = state.status === 'ready' ? state : null;
  return createPortal(
    <div ref={overlay} tabIndex={-1} className="pv-overlay" role="dialog" aria-modal="true" aria-label="打印预览">
      <div className="pv-toolbar">
        <h2>打印预览</h2>
        {ready && (
          <span className="pv-count" data-testid="preview-pages">
            共 {ready.layout.pages.length} 页 · A4 · 每页 22 行
          </span>
        )}
        <span className="pv-zoom">
          <button type="button" aria-label="缩小" disabled={zoom <= ZOOMS[0]!} onClick={() => setZoom(ZOOMS[Math.max(0, ZOOMS.indexOf(zoom) - 1)] ?? zoom)}>
            −
          </button>
          <span>{Math.round(zoom * 100)}%</span>
          <button type="button" aria-label="放大" disabled={zoom >= ZOOMS[ZOOMS.length - 1]!} onClick={() => setZoom(ZOOMS[Math.min(ZOOMS.length - 1, ZOOMS.indexOf(zoom) + 1)] ?? zoom)}>
            ＋
          </button>
        </span>
        <span className="pv-actions">
          <button type="button" className="primary" disabled={!ready || busy} onClick={() => void print()} title="打印这些页面（Ctrl+P）">
            打印
          </button>
          <button type="button" disabled={!ready || busy} onClick={() => void exportPdf()}>
            导出 PDF
          </button>
          <button type="button" disabled={busy} onClick={onExportWord}>
            导出 Word
          </button>
          <button type="button" disabled={busy} onClick={onClose} title="关闭预览（Esc）">
            关闭
          </button>
        </span>
      </div>
      <div className="pv-side">
        {unsaved && <p className="form-error">有修改尚未保存（{unsaved}），预览不包含这些修改。</p>}
        {printError && <p className="form-error" role="alert">{printError}</p>}
        <PdfStatus run={pdf} />
        {ready && <FontNote substitutes={ready.preview.fontSubstitutes} checked={ready.preview.fonts.checked} />}
        {ready && <EmptyPartsNote parts={ready.preview.emptyParts} keepEmpty={keepEmpty} onKeepEmpty={onKeepEmpty} />}
        {ready && <p className="pv-note muted">点击页面上的文字可打开该处所在的部分进行修改。</p>}
      </div>
      <div className="pv-scroll">
        {state.status === 'loading' && <p className="muted pad">正在排版…</p>}
        {state.status === 'failed' && (
          <p className="form-error pad" role="alert">
            {state.message}
          </p>
        )}
        {ready && (
          <div className="pv-pages" style={{ zoom }}>
            {ready.layout.pages.map((page) => (
              <PageSheet key={page.number} layout={ready.layout} page={page} families={ready.families} pageNumbers={ready.preview.settings.pageNumbers} onOpen={onOpen} />
            ))}
          </div>
        )}
      </div>
    </div>,
    document.body,
  );
}
