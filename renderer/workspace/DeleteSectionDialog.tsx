// Asked before a section with text is deleted: what goes, and where to find it again.
import { FormDialog } from '../components/Dialog';
import { formatCount } from '../format';

interface Props {
  title: string;
  /** 字数 of the section and its sub-sections. */
  chars: number;
  subsections: number;
  onConfirm: () => void;
  onCancel: () => void;
}

export function DeleteSectionDialog({ title, chars, subsections, onConfirm, onCancel }: Props) {
  return (
    <FormDialog title="删除章节" className="form delete-section" submitLabel="删除" danger onSubmit={onConfirm} onCancel={onCancel}>
      <p>
        确定删除「{title}」吗？
        <br />
        <span className="muted">
          本节{subsections > 0 ? `及其 ${subsections} 个下级标题` : ''}共有 {formatCount(chars)} 字。
        </span>
      </p>
      <p>删除后 30 天内，可在提纲下方的「最近删除」中恢复，文字和历史版本都会保留。</p>
    </FormDialog>
  );
}
