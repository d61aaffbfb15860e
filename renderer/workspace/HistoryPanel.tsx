// The section's history: autosave revisions (coalesced) and those left by versions, imports,
// restores and exports, each named after what left it, to the second, with its 字数 change; any
// one can be compared with the current text (the 去年对照 marks) and put back. Restoring keeps the
// replaced text in history too.
import { useEffect, useState } from 'react';
import { REVISION_KIND_LABEL, type Report, type Revision } from '../../shared/types';
import { api, errorMessage } from '../api';
import { DiffRows } from '../components/DiffRows';
import { useToast } from '../components/Toasts';
import { countChars } from '../../shared/gongwen/zishu';
import { formatDateTime, formatDelta } from '../format';
import { compareBodies } from './lastYear/compareText';

interface Props {
  sectionId: number;
  /** The text in the editor now, to compare a revision with. */
  currentBody: string;
  /** Bumps when the section was saved, to refresh the list. */
  refreshKey: number;
  /** Reads the report back after a restore; resolves to it (null when that failed). */
  onRestored: () => Promise<Report | null>;
  beforeRestore: () => Promise<void>;
}

export function HistoryPanel({ sectionId, currentBody, refreshKey, onRestored, beforeRestore }: Props) {
  const [revisions, setRevisions] = useState<Revision[]>([]);
  const [open, setOpen] = useState<number | null>(null);
  const toast = useToast();
  useEffect(() => {
    api.listRevisions({ sectionId }).then(setRevisions, () => setRevisions([]));
  }, [sectionId, refreshKey]);

  const restore = async (rev: Revision) => {
    try {
      await beforeRestore();
      await api.restoreRevision({ revisionId: rev.id });
      const when = formatDateTime(rev.createdAt, { seconds: true });
      // Text typed while the restore was on its way is saved after it and wins: say so.
      const now = (await onRestored())?.sections.find((s) => s.id === sectionId)?.body;
      if (now === undefined || now === rev.body) toast({ kind: 'info', text: `已恢复 ${when} 的文字，原来的文字已留在历史中。` });
      else toast({ kind: 'info', sticky: true, text: `恢复时本节又有新的输入，现在保留的是输入后的文字，没有恢复成 ${when} 的文字；那份文字仍在历史中，可以再次恢复。` });
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    }
  };

  if (revisions.length === 0) return <p className="muted">本节还没有历史版本。开始输入后会自动保存。</p>;
  return (
    <div className="history">
      <p className="muted small">整份报告的版本在顶栏的「版本」中。</p>
      <ul>
        {revisions.map((r, i) => {
          const chars = countChars(r.body);
          const older = revisions[i + 1];
          const same = r.body === currentBody;
          return (
            <li key={r.id}>
              <div>
                <strong>{formatDateTime(r.createdAt, { seconds: true })}</strong>{' '}
                <span className="tag">{r.label || REVISION_KIND_LABEL[r.kind]}</span>
              </div>
              <div className="muted small">
                {chars} 字{older && `（${formatDelta(chars - countChars(older.body))}）`}
                {same ? ' · 与当前文字相同' : ''}：{r.body.slice(0, 40) || '（空）'}
              </div>
              <div className="history-actions">
                {!same && (
                  <button type="button" aria-expanded={open === r.id} onClick={() => setOpen(open === r.id ? null : r.id)}>
                    {open === r.id ? '收起对照' : '与当前对照'}
                  </button>
                )}
                {!same && (
                  <button type="button" onClick={() => void restore(r)}>
                    恢复此版本
                  </button>
                )}
              </div>
              {open === r.id && (
                <DiffRows
                  rows={compareBodies(r.body, currentBody)}
                  labels={[formatDateTime(r.createdAt, { seconds: true }), '当前']}
                  collapseSame
                  missing={['（无此段）', '（无此段）']}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
