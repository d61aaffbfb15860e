// The workspace's top bar: back to the library, the report's title, the save state and the
// report-wide actions (the next year's report, 保存版本, 导出).
import type { ReactNode } from 'react';
import type { SaveState } from '../autosave/saveQueue';
import { SaveIndicator } from './SaveIndicator';

interface Props {
  title: string;
  saveState: SaveState;
  /** 「以此为基础新建…」, when it applies. */
  nextYear: ReactNode;
  onBack: () => void;
  onSaveVersion: () => void;
  onExport: () => void;
}

export function WorkspaceTopBar({ title, saveState, nextYear, onBack, onSaveVersion, onExport }: Props) {
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
        <button type="button" onClick={onSaveVersion} title="保存并留下一个版本（Ctrl+S）">
          保存版本
        </button>
        <button type="button" className="primary" onClick={onExport} title="按公文格式导出 Word 文件（Ctrl+E）">
          导出
        </button>
      </div>
    </header>
  );
}
