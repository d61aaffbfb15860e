// A data folder that could not be written at start (a write-protected USB stick, a full disk) is
// open for viewing, search, 审校 and export only. Every screen reads that from here and turns its
// editing off; the banner says why, for as long as the app runs.
import { createContext, useContext } from 'react';
import { READ_ONLY_REMEDY } from '../../shared/errors';
import type { ReadOnlyState } from '../../shared/types';

export const ReadOnlyContext = createContext<ReadOnlyState | null>(null);

/** True while nothing may be changed. */
export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext) !== null;
}

export function ReadOnlyBanner({ state, dataDir }: { state: ReadOnlyState; dataDir: string }) {
  return (
    <div className="banner banner-warning read-only-banner" role="status">
      <strong>{state.message}</strong>
      <span className="muted small">
        {state.reason === 'full' ? '请清理磁盘空间后重新打开年报助手。' : `${READ_ONLY_REMEDY}后重新打开。`}数据文件夹：{dataDir}
      </span>
    </div>
  );
}
