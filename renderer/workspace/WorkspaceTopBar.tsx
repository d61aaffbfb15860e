// The workspace's top bar: back to the library, the report's title, the save state and the
// report-wide actions (the next year's report, 保存版本, 版本, 打印预览, 导出).
import { memo, type ReactNode } from 'react';
import type { SaveState } from '../autosave/saveQueue';
import { useReadOnly } from '../components/ReadOnly';
import { ZoomControl } from '../components/Zoom';
import { SaveIndicator } from './SaveIndicator';

interface Props {
  title: string;
  saveState: SaveState;
  /** 「以此为基础新建…」, when it applies. */
  nextYear: ReactNode;
  onBack: () => void;
  onSaveVersion: () => void;
  onVersions: () => void;
  onExport: () => void;
  /** In the narrow layout: the side panel's drawer. */
  drawer: { open: boolean; onToggle: () => void; badge: number } | null;
  onPreview: () => void;
}

// Memoised: typing changes at most the save state it shows.
export const WorkspaceTopBar = memo(function WorkspaceTopBar({ title, saveState, nextYear, onBack, onSaveVersion, onVersions, onExport, drawer, onPreview }: Props) {
  const readOnly = useReadOnly();
  return (
    <header className="topbar">
      <button type="button" onClick={onBack}>
        ← 报告列表
      </button>
      <h1 className="report-heading" title={title}>
        {title}
      </h1>
      <SaveIndicator state={saveState} />
      <div className="topbar-actions">
        {nextYear}
        <ZoomControl />
        {drawer && (
          <button type="button" className="drawer-toggle" aria-pressed={drawer.open} onClick={drawer.onToggle} title={drawer.open ? '收起右侧的写作指引、审校和历史版本' : '打开写作指引、完整性、审校和历史版本'}>
            {drawer.open ? '收起指引' : '指引与审校'}
            {!drawer.open && drawer.badge > 0 && <span className="badge">{drawer.badge}</span>}
          </button>
        )}
        <button type="button" onClick={onSaveVersion} disabled={readOnly} title="把整份报告保存为一个版本，可起名（Ctrl+S 直接保存）">
          保存版本
        </button>
        <button type="button" onClick={onVersions} title="查看、对照和恢复保存过的版本">
          版本
        </button>
        {/* 「预览」 where the bar is narrow (workspace.css); the name stays 打印预览. */}
        <button type="button" className="preview-button" aria-label="打印预览" onClick={onPreview} title="按导出的版式查看每一页，可打印或导出 PDF（Ctrl+P）">
          <span className="wide-only">打印</span>预览
        </button>
        <button type="button" className="primary" onClick={onExport} title="按公文格式导出 Word 文件（Ctrl+E）">
          导出
        </button>
      </div>
    </header>
  );
});
