// 「导入去年的报告」: choose or drop a Word/text file (or paste the text), watch it being read, then
// the preview. A refusal (damaged, encrypted, too large, hostile) is said here in plain Chinese
// with the ways forward; nothing reaches the library until the preview is confirmed.
import { useState, type ReactNode } from 'react';
import type { Report } from '../../shared/types';
import { Dialog } from '../components/Dialog';
import { FilePickButton } from './FilePickButton';
import { ImportPreviewView } from './ImportPreviewView';
import { IMPORT_ACCEPT } from './readFile';
import type { ImportFlow } from './useImportFlow';

interface Props {
  flow: ImportFlow;
  onImported: (report: Report) => void;
}

function PasteForm({ onSubmit, onCancel }: { onSubmit: (text: string) => void; onCancel: () => void }) {
  const [text, setText] = useState('');
  return (
    <form
      className="form import-paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit(text);
      }}
    >
      <label>
        把去年报告的全文粘贴到这里（从 Word、WPS 或网页复制均可）
        <textarea name="pasted" rows={14} value={text} autoFocus onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
        <button type="submit" className="primary" disabled={!text.trim()}>
          识别
        </button>
      </div>
    </form>
  );
}

/** A step under way: what is happening, how far (a moving bar without `value`), and 取消. */
function Progress({ children, label, value, onCancel }: { children: ReactNode; label: string; value?: number; onCancel: () => void }) {
  return (
    <div className="import-progress" aria-live="polite">
      <p>{children}</p>
      {value === undefined ? <progress aria-label={label} /> : <progress max={1} value={value} aria-label={label} />}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </div>
  );
}

export function ImportDialog({ flow, onImported }: Props) {
  const pick = (file: File) => void flow.fromFile(file);
  const { state } = flow;
  if (state.phase === 'closed') return null;
  const title = state.phase === 'preview' ? '导入预览：请核对识别结果和标题对应' : '导入去年的报告';

  const body = () => {
    switch (state.phase) {
      case 'start':
        return (
          <div className="import-start">
            <div className="tabs" role="tablist">
              <button type="button" role="tab" aria-selected={state.mode === 'file'} className={state.mode === 'file' ? 'tab active' : 'tab'} onClick={() => flow.open('file')}>
                选择文件
              </button>
              <button type="button" role="tab" aria-selected={state.mode === 'paste'} className={state.mode === 'paste' ? 'tab active' : 'tab'} onClick={() => flow.open('paste')}>
                粘贴文字
              </button>
            </div>
            {state.mode === 'file' ? (
              <>
                <div className="import-drop">
                  <p>把 Word 文件或文本文件拖到这个窗口里，或</p>
                  <FilePickButton label="选择文件…" className="primary big" onFile={pick} />
                  <p className="muted small">支持 {IMPORT_ACCEPT.replaceAll(',', '、')}，不超过 50 MB。先显示识别结果，确认后才保存。</p>
                </div>
                <div className="dialog-actions">
                  <button type="button" onClick={flow.close}>
                    取消
                  </button>
                </div>
              </>
            ) : (
              <PasteForm onSubmit={(text) => void flow.fromText(text)} onCancel={flow.close} />
            )}
          </div>
        );
      case 'reading':
        return (
          <Progress label="读取进度" value={state.progress} onCancel={flow.close}>
            正在读取「{state.fileName}」… {Math.round(state.progress * 100)}%
          </Progress>
        );
      case 'recognising':
        return (
          <Progress label="识别进度" onCancel={flow.close}>
            正在识别「{state.fileName}」的标题、章节和落款…
          </Progress>
        );
      case 'failed':
        return (
          <div className="import-failed">
            <p className="import-error" role="alert">
              <strong>「{state.fileName}」没有导入。</strong>
              {state.message}
            </p>
            <p className="muted small">报告库没有任何改动。</p>
            <div className="dialog-actions">
              <button type="button" onClick={() => flow.open('paste')}>
                改为粘贴文字
              </button>
              <button type="button" onClick={flow.close}>
                关闭
              </button>
              <FilePickButton label="重新选择文件" className="primary" onFile={pick} />
            </div>
          </div>
        );
      case 'preview':
        return <ImportPreviewView preview={state.preview} remap={flow.remap} onCancel={flow.close} onImported={onImported} />;
    }
  };

  return (
    <Dialog title={title} onCancel={flow.close} wide>
      <div className={`import-dialog import-${state.phase}`}>{body()}</div>
    </Dialog>
  );
}
