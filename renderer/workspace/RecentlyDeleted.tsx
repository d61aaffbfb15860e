// 「最近删除」 under the outline: the report's sections deleted in the last 30 days, each with what
// went with it, its 字数 and how long it can still be restored; 「恢复」 puts it back at its place
// with its text and history.
import { useEffect, useState } from 'react';
import type { DeletedSection, Report } from '../../shared/types';
import { api, errorMessage } from '../api';
import { Dialog } from '../components/Dialog';
import { useToast } from '../components/Toasts';
import { formatCount, formatDateTime } from '../format';

interface Props {
  reportId: number;
  /** Bumps when something was deleted or restored elsewhere. */
  refreshKey: number;
  /** Pushes pending autosaves before anything changes. */
  flush: () => Promise<void>;
  onRestored: (report: Report, sectionId: number) => void;
}

export function RecentlyDeleted({ reportId, refreshKey, flush, onRestored }: Props) {
  const [list, setList] = useState<DeletedSection[]>([]);
  const [open, setOpen] = useState(false);
  const [tick, setTick] = useState(0);
  const toast = useToast();

  useEffect(() => {
    let live = true;
    api.listDeletedSections({ reportId }).then(
      (l) => live && setList(l),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [reportId, refreshKey, tick, open]);

  const restore = async (d: DeletedSection) => {
    try {
      await flush();
      const report = await api.restoreDeletedSection({ id: d.id });
      toast({ kind: 'info', text: `已恢复「${d.title}」，文字和历史版本都在。` });
      setOpen(false);
      setTick((t) => t + 1);
      onRestored(report, d.id);
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    }
  };

  return (
    <>
      <button type="button" className="outline-deleted" onClick={() => setOpen(true)} title="本报告 30 天内删除的章节，可恢复">
        最近删除{list.length > 0 ? `（${list.length}）` : ''}
      </button>
      {open && (
        <Dialog title="最近删除" onCancel={() => setOpen(false)} wide>
          <div className="recently-deleted">
            {list.length === 0 ? (
              <p className="muted">30 天内没有删除过章节。</p>
            ) : (
              <ul>
                {list.map((d) => (
                  <li key={d.id}>
                    <div className="deleted-what">
                      <strong>{d.title}</strong>
                      <span className="muted small">
                        {d.parentTitle ? `原在「${d.parentTitle}」下 · ` : ''}
                        {d.subsections > 0 ? `含 ${d.subsections} 个下级标题 · ` : ''}
                        {formatCount(d.chars)} 字 · 删除于 {formatDateTime(d.deletedAt)} · 还可恢复 {d.daysLeft} 天
                      </span>
                    </div>
                    <button
                      type="button"
                      onClick={() => void restore(d)}
                      disabled={d.parentDeleted}
                      title={d.parentDeleted ? `上级标题「${d.parentTitle ?? ''}」也已删除，请先恢复它` : '恢复到原来的位置'}
                    >
                      恢复
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <div className="dialog-actions">
              <button type="button" onClick={() => setOpen(false)}>
                关闭
              </button>
            </div>
          </div>
        </Dialog>
      )}
    </>
  );
}
