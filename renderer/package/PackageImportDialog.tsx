// What a chosen report package holds, and how to add it: 「导入」, or when this PC has the same
// unit's report of that year, 「作为副本」 / 「替换（先保存当前为版本）」.
import type { PackageImportMode } from '../../shared/package';
import { Dialog } from '../components/Dialog';
import { formatDateTime } from '../format';
import type { PackageImportState } from './usePackageImport';

interface Props {
  state: Exclude<PackageImportState, { phase: 'closed' }>;
  onConfirm: (mode: PackageImportMode) => void;
  onChooseAgain: () => void;
  onClose: () => void;
}

export function PackageImportDialog({ state, onConfirm, onChooseAgain, onClose }: Props) {
  const busy = state.phase === 'reading' || (state.phase === 'preview' && state.busy);
  return (
    <Dialog title="导入报告包" onCancel={() => (busy ? undefined : onClose())}>
      <div className="form package-import">
        {state.phase === 'reading' && <p role="status">正在读取并检查「{state.fileName}」…</p>}
        {state.phase === 'failed' && (
          <>
            <p className="form-error" role="alert">
              无法导入「{state.fileName}」：{state.message}
            </p>
            <div className="dialog-actions">
              <button type="button" onClick={onClose}>
                关闭
              </button>
              <button type="button" className="primary" onClick={onChooseAgain}>
                另选文件…
              </button>
            </div>
          </>
        )}
        {state.phase === 'preview' && (
          <>
            <dl className="package-facts">
              <dt>单位</dt>
              <dd>{state.preview.unitName}</dd>
              <dt>年度</dt>
              <dd>{state.preview.year}年度</dd>
              <dt>标题</dt>
              <dd>{state.preview.title || '（无标题）'}</dd>
              <dt>内容</dt>
              <dd>
                {state.preview.sectionCount} 节，{state.preview.chars} 字{state.preview.versionCount > 0 ? `，${state.preview.versionCount} 个版本` : '，不含历史版本'}
              </dd>
              <dt>导出于</dt>
              <dd>{formatDateTime(state.preview.exportedAt)}</dd>
            </dl>
            {state.preview.existing ? (
              <div className="package-conflict" role="alert">
                <p>
                  本机已有这个单位{state.preview.year}年度的报告：<strong>{state.preview.existing.title}</strong>（最后修改于 {formatDateTime(state.preview.existing.updatedAt)}）。
                </p>
                <p className="muted small">「作为副本」会在列表中多一份报告，两份都保留；「替换」会用报告包的内容替换本机这份，替换前的内容先保存为一个版本，可在「版本」中恢复。</p>
              </div>
            ) : (
              <p className="muted small">导入后会在报告列表中出现，各节的内容和状态与导出时相同。</p>
            )}
            {state.error && (
              <p className="form-error" role="alert">
                {state.error}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" onClick={onClose} disabled={state.busy}>
                取消
              </button>
              {state.preview.existing ? (
                <>
                  <button type="button" disabled={state.busy} onClick={() => onConfirm('copy')}>
                    作为副本
                  </button>
                  <button type="button" className="primary" disabled={state.busy} onClick={() => onConfirm('replace')}>
                    替换（先保存当前为版本）
                  </button>
                </>
              ) : (
                <button type="button" className="primary" disabled={state.busy} onClick={() => onConfirm('new')}>
                  导入
                </button>
              )}
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}
