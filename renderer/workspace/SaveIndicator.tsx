// 「保存中 / 已保存 / 保存失败」 as the save queue reports it; 「只读」 while nothing can be saved.
import { useContext } from 'react';
import type { SaveState } from '../autosave/saveQueue';
import { ReadOnlyContext } from '../components/ReadOnly';

export function SaveIndicator({ state }: { state: SaveState }) {
  const readOnly = useContext(ReadOnlyContext);
  // Nothing is saved while the data cannot be written: 「已保存在本机」 would promise what is not so.
  if (readOnly) {
    const medium = readOnly.reason === 'full' ? '磁盘空间已满' : '只读';
    // Refused while running with text still queued: it is not saved, and must not look it.
    if (readOnly.since === 'running' && state.kind !== 'idle' && state.kind !== 'saved') {
      return (
        <span className="save-state" data-state="unsaved" role="alert" title={`${readOnly.message}。还没保存的修改留在编辑框中，不会丢失。`}>
          {medium}：修改尚未保存
        </span>
      );
    }
    return (
      <span className="save-state" data-state="read-only" title={readOnly.message}>
        {medium}：不能修改
      </span>
    );
  }
  switch (state.kind) {
    case 'idle':
      return <span className="save-state" data-state="idle" title="所有修改都已保存在本机">已保存在本机</span>;
    case 'pending':
    case 'saving':
      return <span className="save-state" data-state="saving">保存中…</span>;
    case 'saved':
      return <span className="save-state" data-state="saved">已保存</span>;
    case 'error':
      return (
        <span className="save-state" data-state="error" role="alert">
          保存失败：{state.message}（将自动重试，请不要关闭程序）
        </span>
      );
  }
}
