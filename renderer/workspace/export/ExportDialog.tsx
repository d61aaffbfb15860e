// 「导出」: the preview of the file (outline, pages, fonts, open items), the unit's format options,
// then 「选择位置并导出」 — the save dialog and the write. A failure (file open in Word, read-only or
// missing folder, disk full) is shown here with the way out, and the dialog stays open.
import { useContext, useEffect, useMemo, useState } from 'react';
import { NO_RULES, type RuleData, type StoredReportChecks } from '../../../shared/checks';
import { MEDIA_FIX } from '../../../shared/errors';
import type { Template } from '../../../shared/templates/schema';
import type { UnsavedEdits } from '../../../shared/api';
import type { Report } from '../../../shared/types';
import { api, transport } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ReadOnlyContext, useReadOnly } from '../../components/ReadOnly';
import { EmptyPartsNote } from './EmptyPartsNote';
import { ExportedFile } from './ExportedFile';
import { ExportOptions } from './ExportOptions';
import { ExportSummary } from './ExportSummary';
import { openItems } from './openItems';
import { RETRY_ELSEWHERE, useExport, type RunState } from './useExport';

interface Props {
  report: Report;
  template: Template | null;
  /** Pushes the workspace's pending autosaves; the export reads the report from the database. */
  flush: () => Promise<void>;
  /** The edits the save queue still holds: while the medium refuses writes the file is built from them. */
  pending: () => UnsavedEdits | undefined;
  keepEmpty: boolean;
  onKeepEmpty: (keep: boolean) => void;
  /** Closes the dialog and opens 打印预览. */
  onPreview: () => void;
  /** The workspace's 审校 result (from its worker), if it has one: the dialog then runs no checks
   *  of its own on the page. It may trail the last keystroke by a moment; it is only shown. */
  findings?: StoredReportChecks | null;
  onClose: () => void;
  /** Closes the dialog at a section (an open item). */
  onOpenSection: (sectionId: number) => void;
}

/** Browser mode has no save dialog or file manager: the file goes to the folder shown, and the
 *  page offers it as a download. */
const inBrowser = transport === 'browser';

/** Edits not saved yet. Refused by the data's medium (read-only, full): the file is built from
 *  what the editor shows, so it has them, and they are saved once the medium can be written. Any
 *  other failed save: the file is written from what is saved and lacks them. Said before the
 *  export and again beside the file. */
function UnsavedNote({ reason }: { reason: string }) {
  const medium = useContext(ReadOnlyContext);
  if (medium) {
    return (
      <p className="form-error" role="alert" data-testid="export-unsaved">
        编辑框中还有修改没有保存（{medium.message.split('：')[0]}）。导出的文件按编辑框中的内容写出，<strong>包含这些还没保存的修改</strong>；{MEDIA_FIX[medium.reason]}
        后会自动保存到数据文件。
      </p>
    );
  }
  return (
    <p className="form-error" role="alert" data-testid="export-unsaved">
      编辑框中还有修改没有保存（{reason}），导出的文件里<strong>没有这些修改</strong>。需要时可先在编辑框中选中这些文字复制出来；保存成功后再导出的文件就会包含它们。
    </p>
  );
}

function RunStatus({ run, unsaved }: { run: RunState; unsaved: boolean }) {
  const readOnly = useReadOnly();
  switch (run.phase) {
    case 'idle':
      return null;
    case 'choosing':
      return <p className="export-run muted">{inBrowser ? '正在准备…' : '请在保存对话框中选择保存位置和文件名…'}</p>;
    case 'writing':
      return (
        <div className="export-run" role="status">
          <progress aria-label="正在导出" />
          <span>正在导出：{run.path}</span>
        </div>
      );
    case 'done':
      return (
        <div className="export-run export-done" role="status">
          <ExportedFile path={run.result.path} bytes={run.result.bytes} />
          {run.result.warning && <p className="export-warn">{run.result.warning}</p>}
          {unsaved && <p className="export-warn">{readOnly ? '这份文件包含编辑框中还没保存的修改（数据文件里还没有）。' : '这份文件不含编辑框中尚未保存的修改。'}</p>}
          {/* A read-only library keeps no version of what was exported. */}
          {!readOnly && <p className="muted small">导出时的内容已留作一个版本，可在「历史版本」中找回。</p>}
        </div>
      );
    case 'failed':
      return (
        <div className="export-run export-failed" role="alert">
          <p>{run.message}</p>
          <p className="muted small">报告内容没有任何改动{RETRY_ELSEWHERE.has(run.code ?? '') ? '，可另选文件名或位置再导出' : ''}。</p>
        </div>
      );
  }
}

export function ExportDialog({ report, template, flush, pending, findings = null, keepEmpty, onKeepEmpty, onPreview, onClose, onOpenSection }: Props) {
  const { preview, previewError, unsaved, run, exportNow, saveSettings } = useExport(report.id, flush, keepEmpty, pending);
  const [rules, setRules] = useState<RuleData>(NO_RULES);
  const ownChecks = findings === null;
  useEffect(() => {
    if (!ownChecks) return;
    let live = true;
    // Without the rule data the structural and arithmetic errors are still listed; the data only
    // adds the lexicon's errors, so a failure here is silent.
    api.getCheckRules({}).then(
      (loaded) => live && setRules(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ownChecks]);
  const items = useMemo(() => openItems(report, template, rules, findings), [report, template, rules, findings]);
  const busy = run.phase === 'choosing' || run.phase === 'writing';
  // The unit's format settings are stored in the data folder; exporting writes only the file.
  const readOnly = useReadOnly();
  const retry = run.phase === 'failed' && RETRY_ELSEWHERE.has(run.code ?? '');

  return (
    <Dialog title="导出 Word 文档" wide onCancel={() => !busy && onClose()}>
      <div className="export-dialog">
        <div className="export-scroll">
          {unsaved && <UnsavedNote reason={unsaved} />}
          {previewError && (
            <p className="form-error" role="alert">
              {previewError}
            </p>
          )}
          {preview ? (
            <>
              <EmptyPartsNote parts={preview.emptyParts} keepEmpty={keepEmpty} onKeepEmpty={onKeepEmpty} />
              <ExportSummary
                preview={preview}
                items={items}
                onOpenSection={(id) => {
                  if (!busy) onOpenSection(id);
                }}
              />
              <ExportOptions settings={preview.settings} missingFonts={preview.fonts.missing} disabled={busy || readOnly} onSave={(s) => void saveSettings(s)} />
            </>
          ) : (
            !previewError && <p className="muted">正在准备导出预览…</p>
          )}
        </div>
        <RunStatus run={run} unsaved={unsaved !== null} />
        {/* After an export the path is in the 已导出 box; the folder offered here is then stale. */}
        <div className="dialog-actions export-actions">
          {preview && run.phase !== 'done' && (
            <p className="export-target">
              文件名 <strong data-testid="export-file-name">{preview.defaultFileName}</strong>，保存在
              {preview.lastFolder ? <span className="export-path"> {preview.lastFolder}</span> : '「文档」文件夹'}
              <span className="muted">{inBrowser ? '（浏览器模式：直接保存到这里，同名文件不会被覆盖，之后可下载）' : '（可在保存对话框中更改）'}</span>
            </p>
          )}
          {run.phase === 'done' ? (
            <>
              <button type="button" onClick={() => void exportNow()}>
                另存一份
              </button>
              <button type="button" className="primary" onClick={onClose}>
                完成
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={onClose} disabled={busy}>
                取消
              </button>
              <button type="button" onClick={onPreview} disabled={busy} title="按导出的版式查看每一页，可打印或导出 PDF">
                打印预览
              </button>
              <button type="button" className="primary" disabled={!preview || busy} onClick={() => void exportNow()}>
                {busy ? '正在导出…' : inBrowser ? '导出到此文件夹' : retry ? '另选位置导出' : '选择位置并导出'}
              </button>
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}
