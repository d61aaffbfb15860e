// The section's history: autosave revisions (coalesced) and those left by snapshots, imports,
// restores and exports. Restoring keeps the replaced text in history too.
import { useEffect, useState } from 'react';
import type { Revision, RevisionKind } from '../../shared/types';
import { api, errorMessage } from '../api';
import { useToast } from '../components/Toasts';
import { countChars } from '../../shared/gongwen/zishu';
import { formatDateTime } from '../format';

const KIND_LABEL: Record<RevisionKind, string> = {
  autosave: '自动保存',
  snapshot: '手动保存版本',
  import: '导入',
  restore: '恢复',
  export: '导出',
};

interface Props {
  sectionId: number;
  /** Bumps when the section was saved, to refresh the list. */
  refreshKey: number;
  onRestored: () => void;
  beforeRestore: () => Promise<void>;
}

export function HistoryPanel({ sectionId, refreshKey, onRestored, beforeRestore }: Props) {
  const [revisions, setRevisions] = useState<Revision[]>([]);
  const toast = useToast();
  useEffect(() => {
    api.listRevisions({ sectionId }).then(setRevisions, () => setRevisions([]));
  }, [sectionId, refreshKey]);

  const restore = async (rev: Revision) => {
    try {
      await beforeRestore();
      await api.restoreRevision({ revisionId: rev.id });
      toast({ kind: 'info', text: `已恢复 ${formatDateTime(rev.createdAt)} 的版本，原文字已留在历史中。` });
      onRestored();
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    }
  };

  return (
    <div className="history">
      {revisions.length === 0 ? (
        <p className="muted">本节还没有历史版本。开始输入后会自动保存。</p>
      ) : (
        <ul>
          {revisions.map((r) => (
            <li key={r.id}>
              <div>
                <strong>{formatDateTime(r.createdAt)}</strong> <span className="tag">{KIND_LABEL[r.kind]}</span>
              </div>
              <div className="muted small">{countChars(r.body)} 字：{r.body.slice(0, 40) || '（空）'}</div>
              <button type="button" onClick={() => void restore(r)}>
                恢复此版本
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
