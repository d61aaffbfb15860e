// 「保存版本」: a name for the version (optional; the usual ones a click away), Enter saves.
import { useState } from 'react';
import { FormDialog } from '../../components/Dialog';

const USUAL_NAMES = ['初稿', '征求意见稿', '送审稿', '修改稿', '定稿'];

interface Props {
  onSave: (label: string) => void;
  onCancel: () => void;
}

export function SaveVersionDialog({ onSave, onCancel }: Props) {
  const [label, setLabel] = useState('');
  return (
    <FormDialog title="保存版本" className="form" submitLabel="保存" onSubmit={() => onSave(label.trim())} onCancel={onCancel}>
      <label>
        版本名称（可不填）
        <input autoFocus maxLength={60} value={label} placeholder="例如：送审稿" onChange={(e) => setLabel(e.target.value)} />
      </label>
      <div className="version-names" aria-label="常用名称">
        {USUAL_NAMES.map((n) => (
          <button type="button" key={n} className={n === label ? 'chip chip-on' : 'chip'} onClick={() => setLabel(n)}>
            {n}
          </button>
        ))}
      </div>
      <p className="muted small">整份报告（标题、主送机关、开头、各节正文和落款）会保存为一个版本，以后可以对照或恢复。</p>
    </FormDialog>
  );
}
