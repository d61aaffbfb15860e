// The parts with nothing written: by default they are left out of the file (a chain of bare
// headings pushes the 落款 onto a page of its own and tells the reader nothing). The note names
// them and offers 「仍然导出空白标题」, which keeps each heading with an empty line under it.
import type { EmptyPart } from '../../../shared/export/model';

interface Props {
  parts: readonly EmptyPart[];
  keepEmpty: boolean;
  onKeepEmpty: (keep: boolean) => void;
}

export function EmptyPartsNote({ parts, keepEmpty, onKeepEmpty }: Props) {
  if (parts.length === 0) return null;
  const required = parts.filter((p) => p.required).length;
  const names = parts.map((p) => `「${p.title}」`).join('');
  return (
    <div className="export-note export-warn empty-parts" data-testid="empty-parts">
      <p>
        {keepEmpty ? `${parts.length} 个空白部分只导出标题：` : `${parts.length} 个空白部分不写入文件：`}
        {names}
        {required > 0 && `（其中 ${required} 个为必填部分）`}
      </p>
      <label>
        <input type="checkbox" checked={keepEmpty} onChange={(e) => onKeepEmpty(e.target.checked)} />
        仍然导出空白标题
      </label>
    </div>
  );
}
