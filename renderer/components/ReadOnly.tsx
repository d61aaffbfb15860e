// A data folder that could not be written at start (a write-protected USB stick, a full disk), or
// whose medium refused a write while running, is open for viewing, search, 审校 and export only.
// Every screen reads that from here and turns its editing off; the banner says why — found at
// start, for as long as the app runs; found while running, until the medium can be written again.
import { createContext, useContext } from 'react';
import { MEDIA_FIX, mediaRemedy } from '../../shared/errors';
import type { ReadOnlyState } from '../../shared/types';

export const ReadOnlyContext = createContext<ReadOnlyState | null>(null);

/** True while nothing may be changed. */
export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext) !== null;
}

export function ReadOnlyBanner({ state, dataDir, onRetry }: { state: ReadOnlyState; dataDir: string; onRetry: () => void }) {
  return (
    <div className="banner banner-warning read-only-banner" role="status">
      <strong>{state.message}</strong>
      <span className="muted small">
        {state.since === 'running'
          ? `还没保存的修改留在编辑框中，不会丢失。${MEDIA_FIX[state.reason]}后会自动保存，也可点「重试保存」。`
          : `${mediaRemedy(state)}。`}
        数据文件夹：{dataDir}
      </span>
      {state.since === 'running' && (
        <button type="button" onClick={onRetry} title="看数据所在位置现在能否写入：能写入就继续编辑，并保存刚才的修改">
          重试保存
        </button>
      )}
    </div>
  );
}
