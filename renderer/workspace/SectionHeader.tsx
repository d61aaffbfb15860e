// Above the editor: the section's numbered title (rename in place), its state, and the structure
// actions (add, move, delete — required sections get 「无此项」 instead of delete).
import { memo, useEffect, useRef, useState } from 'react';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { useReadOnly } from '../components/ReadOnly';
import { SECTION_STATUS_LABEL, SECTION_STATUSES, type SectionStatus } from '../../shared/types';
import type { OutlineSection } from './useOutlineShape';

interface Props {
  /** useSectionShape: the same object while only the text changes. */
  section: OutlineSection;
  prefix: string;
  onRename: (title: string) => void;
  onStatus: (status: SectionStatus) => void;
  onNotApplicable: (reason: string | null) => void;
  onAddSibling: () => void;
  onAddChild: () => void;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
  /** The find bar's current match is in the title. */
  titleHit: boolean;
  /** Just added: the title takes the focus, selected, ready to be typed over. */
  focusTitle: boolean;
  onTitleFocused: () => void;
}

// Memoised: a keystroke in the section changes nothing it shows.
export const SectionHeader = memo(function SectionHeader(p: Props) {
  const { section } = p;
  const readOnly = useReadOnly();
  const [title, setTitle] = useState(section.title);
  const [askingNa, setAskingNa] = useState(false);
  const [naReason, setNaReason] = useState('本年度无其他需要报告的情况。');
  const [emptyTitle, setEmptyTitle] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setTitle(section.title);
    setEmptyTitle(false);
  }, [section.id, section.title]);
  const { focusTitle, onTitleFocused } = p;
  useEffect(() => {
    if (!focusTitle) return;
    input.current?.focus();
    input.current?.select();
    onTitleFocused();
  }, [focusTitle, onTitleFocused, section.id]);
  const commit = () => {
    const t = title.trim();
    // An empty title is refused out loud: the field keeps the focus until it has one (Esc: the old one).
    if (!t) {
      setEmptyTitle(true);
      input.current?.focus();
      return;
    }
    setEmptyTitle(false);
    if (t !== section.title) p.onRename(t);
    else setTitle(section.title);
  };
  return (
    <div className="section-header">
      <div className="section-title-row">
        <span className="section-prefix">{p.prefix}</span>
        <input
          ref={input}
          className={p.titleHit ? 'section-title-input find-hit' : 'section-title-input'}
          aria-label="章节标题"
          readOnly={readOnly}
          aria-invalid={emptyTitle}
          aria-describedby={emptyTitle ? 'title-error' : undefined}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            if (e.target.value.trim()) setEmptyTitle(false);
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) (e.target as HTMLInputElement).blur();
            if (e.key === 'Escape') {
              setTitle(section.title);
              setEmptyTitle(false);
            }
          }}
        />
      </div>
      {emptyTitle && (
        <p id="title-error" className="form-error small" role="alert">
          标题不能为空。请输入标题，或按 Esc 恢复原标题「{section.title}」。
        </p>
      )}
      <div className="section-tools">
        <label className="inline">
          状态
          <ChoiceSelect aria-label="章节状态" disabled={readOnly} values={SECTION_STATUSES} label={SECTION_STATUS_LABEL} value={section.status} onChange={p.onStatus} />
        </label>
        {section.required &&
          (section.notApplicable ? (
            <button type="button" onClick={() => p.onNotApplicable(null)} disabled={readOnly} title={`原因：${section.notApplicable}`}>
              取消「无此项」
            </button>
          ) : (
            <button type="button" onClick={() => setAskingNa(true)} disabled={readOnly}>
              标记「无此项」
            </button>
          ))}
        <span className="spacer" />
        <button type="button" onClick={p.onAddSibling} disabled={readOnly} title="在本节之后添加同级标题">
          + 同级标题
        </button>
        <button type="button" onClick={p.onAddChild} disabled={readOnly || section.level >= 4} title="在本节下添加下级标题">
          + 下级标题
        </button>
        <button type="button" onClick={() => p.onMove('up')} disabled={readOnly} aria-label="上移" title="把本节移到上一节之前">
          ↑
        </button>
        <button type="button" onClick={() => p.onMove('down')} disabled={readOnly} aria-label="下移" title="把本节移到下一节之后">
          ↓
        </button>
        <button
          type="button"
          className="danger"
          onClick={p.onDelete}
          disabled={readOnly || section.required}
          title={section.required ? '必填部分不能删除，可标记「无此项」' : '删除本节（可撤销）'}
        >
          删除
        </button>
      </div>
      {askingNa && (
        <form
          className="na-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!naReason.trim()) return;
            p.onNotApplicable(naReason.trim());
            setAskingNa(false);
          }}
        >
          <label>
            请说明「无此项」的原因（导出时写在本部分下）
            <input autoFocus value={naReason} onChange={(e) => setNaReason(e.target.value)} />
          </label>
          <button type="submit" className="primary">
            确定
          </button>
          <button type="button" onClick={() => setAskingNa(false)}>
            取消
          </button>
        </form>
      )}
    </div>
  );
});
