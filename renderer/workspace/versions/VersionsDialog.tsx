// 「版本」: every version of the report, compared with the current text or with another version,
// section by section; 「恢复到此版本」 (the current text is kept as a version first) and 「恢复本节」.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { compareVersions } from '../../../shared/versions/compare';
import { reportChars } from '../../../shared/gongwen/zishu';
import { VERSION_KIND_LABEL, versionContentOf, type VersionContent, type VersionInfo } from '../../../shared/versions/content';
import type { Report } from '../../../shared/types';
import { api, errorMessage } from '../../api';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { formatDateTime } from '../../format';
import { VersionDiff } from './VersionDiff';
import { VersionList } from './VersionList';
import './versions.css';

interface Props {
  report: Report;
  /** Pushes pending autosaves (before a restore writes over the text). */
  flush: () => Promise<void>;
  /** The report after a restore: the workspace shows it and resets its editor. */
  onRestored: (report: Report) => void;
  onClose: () => void;
}

const nameOf = (v: VersionInfo) => v.label || VERSION_KIND_LABEL[v.kind];
const CURRENT = 'current';

export function VersionsDialog({ report, flush, onRestored, onClose }: Props) {
  const toast = useToast();
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [against, setAgainst] = useState<number | typeof CURRENT>(CURRENT);
  const [contents, setContents] = useState<ReadonlyMap<number, VersionContent>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  /** The name being typed while 「重命名」 is open. */
  const [renaming, setRenaming] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const list = await api.listVersions({ reportId: report.id });
      setVersions(list);
      setSelected((s) => (s !== null && list.some((v) => v.id === s) ? s : (list[0]?.id ?? null)));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [report.id]);
  useEffect(() => {
    void load();
  }, [load]);

  // Versions are read once each; a restore does not change an existing version.
  useEffect(() => {
    for (const id of [selected, against]) {
      if (typeof id !== 'number' || contents.has(id)) continue;
      api.openVersion({ versionId: id }).then(
        ({ content }) => setContents((m) => new Map(m).set(id, content)),
        (err: unknown) => setError(errorMessage(err)),
      );
    }
  }, [selected, against, contents]);

  const current = useMemo(() => versionContentOf(report), [report]);
  const version = versions?.find((v) => v.id === selected) ?? null;
  const other = typeof against === 'number' ? (versions?.find((v) => v.id === against) ?? null) : null;
  const compare = useMemo(() => {
    if (!version) return null;
    const mine = contents.get(version.id);
    const theirs = other ? contents.get(other.id) : current;
    if (!mine || !theirs) return null;
    // Older on the left: a version against now, or the earlier of two versions.
    const swap = other !== null && other.id < version.id;
    const label = (v: VersionInfo) => `${nameOf(v)}（${formatDateTime(v.createdAt, { seconds: true })}）`;
    return {
      diff: swap ? compareVersions(theirs, mine) : compareVersions(mine, theirs),
      labels: (swap ? [label(other), label(version)] : [label(version), other ? label(other) : '当前内容']) as [string, string],
    };
  }, [version, other, contents, current]);

  const restore = async () => {
    if (!version) return;
    setBusy(true);
    try {
      await flush();
      const res = await api.restoreVersion({ versionId: version.id });
      onRestored(res.report);
      toast({
        kind: 'info',
        text: !res.changed
          ? `当前内容与「${nameOf(version)}」相同，无需恢复。`
          : `已恢复到「${nameOf(version)}」（${formatDateTime(version.createdAt, { seconds: true })}）。恢复前的内容已保存为版本「${res.savedBefore ? nameOf(res.savedBefore) : ''}」，可随时再恢复。`,
      });
      onClose();
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
      setBusy(false);
    }
  };

  const restoreSection = async (sectionId: number) => {
    if (!version) return;
    try {
      await flush();
      const next = await api.restoreVersionSection({ versionId: version.id, sectionId });
      onRestored(next);
      const title = next.sections.find((s) => s.id === sectionId)?.title ?? '';
      toast({ kind: 'info', text: `已把「${title}」恢复为「${nameOf(version)}」中的内容，原来的文字留在本节的历史版本中。` });
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    }
  };

  const rename = async (label: string) => {
    setRenaming(null);
    if (!version || label === version.label) return;
    try {
      await api.renameVersion({ versionId: version.id, label });
      await load();
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    }
  };

  return (
    <Dialog title="版本" onCancel={onClose} wide>
      <div className="versions">
        {error && <p className="form-error">{error}</p>}
        {versions === null && !error && <p className="muted">正在读取版本…</p>}
        {versions?.length === 0 && <p className="muted">还没有保存过版本。点击「保存版本」（Ctrl+S）把当前内容存为一个版本，以后可以对照或恢复。</p>}
        {versions && versions.length > 0 && (
          <div className="versions-body">
            <VersionList versions={versions} currentChars={reportChars(current)} selected={selected} onSelect={(id) => {
                setSelected(id);
                setConfirming(false);
                setRenaming(null);
              }}
            />
            <section className="versions-compare" aria-label="版本对照">
              {version && (
                <div className="versions-toolbar">
                  {renaming === null ? (
                    <strong>{nameOf(version)}</strong>
                  ) : (
                    <form
                      className="versions-rename"
                      onSubmit={(e) => {
                        e.preventDefault();
                        void rename(renaming.trim());
                      }}
                    >
                      <input aria-label="版本名称" autoFocus maxLength={60} value={renaming} onChange={(e) => setRenaming(e.target.value)} />
                      <button type="submit">确定</button>
                      <button type="button" onClick={() => setRenaming(null)}>
                        取消
                      </button>
                    </form>
                  )}
                  <label>
                    对照：
                    <select value={String(against)} onChange={(e) => setAgainst(e.target.value === CURRENT ? CURRENT : Number(e.target.value))}>
                      <option value={CURRENT}>当前内容</option>
                      {versions
                        .filter((v) => v.id !== version.id)
                        .map((v) => (
                          <option key={v.id} value={v.id}>
                            {nameOf(v)}（{formatDateTime(v.createdAt, { seconds: true })}）
                          </option>
                        ))}
                    </select>
                  </label>
                  <span className="spacer" />
                  {renaming === null && (
                    <button type="button" onClick={() => setRenaming(version.label)}>
                      重命名
                    </button>
                  )}
                  <button type="button" className="primary" disabled={busy} onClick={() => setConfirming(true)}>
                    恢复到此版本…
                  </button>
                </div>
              )}
              {confirming && version && (
                <div className="versions-confirm" role="alertdialog" aria-label="确认恢复">
                  <p>
                    恢复后，整份报告将与「{nameOf(version)}」（{formatDateTime(version.createdAt, { seconds: true })}）完全相同。当前内容会先保存为一个版本，随时可以再恢复回来。
                  </p>
                  <button type="button" className="primary" disabled={busy} onClick={() => void restore()}>
                    {busy ? '正在恢复…' : '确定恢复'}
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    取消
                  </button>
                </div>
              )}
              {compare ? (
                <VersionDiff diff={compare.diff} labels={compare.labels} onRestoreSection={against === CURRENT ? (id) => void restoreSection(id) : undefined} />
              ) : (
                version && !error && <p className="muted">正在读取…</p>
              )}
            </section>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
    </Dialog>
  );
}
