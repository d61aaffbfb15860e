// The parts of a report that are not sections: title, 主送机关, opening paragraph (「标题与开头」)
// and closing, 署名, 成文日期, heading layout (「结尾与落款」). Saved when a field loses focus or on
// Enter — once: the blur after an Enter sends nothing again.
import { useEffect, useRef, useState } from 'react';
import type { ReportTextField } from '../../shared/text/findReplace';
import type { HeadingStyle, ReportMeta } from '../../shared/types';
import { useReadOnly } from '../components/ReadOnly';

export type ReportInfoPart = 'head' | 'tail';
type Patch = Partial<Pick<ReportMeta, 'title' | 'addressee' | 'opening' | 'closing' | 'signatureName' | 'signatureDate' | 'headingStyle'>>;

interface Props {
  part: ReportInfoPart;
  report: ReportMeta;
  onSave: (patch: Patch) => void;
  /** The field holding the find bar's current match: outlined. */
  hit?: ReportTextField | null;
}

function Field(props: { label: string; value: string; multiline?: boolean; hint?: string; hit?: boolean; onCommit: (v: string) => void }) {
  // Read-only, not disabled: the text can still be selected and copied.
  const readOnly = useReadOnly();
  const [value, setValue] = useState(props.value);
  /** What this field sent and has not seen come back: the answers must not undo typing done since. */
  const sent = useRef<string[]>([]);
  useEffect(() => {
    const echo = sent.current.indexOf(props.value);
    if (echo >= 0) sent.current.splice(0, echo + 1);
    else {
      sent.current = [];
      setValue(props.value);
    }
  }, [props.value]);
  const commit = () => {
    if (value === props.value || value === sent.current.at(-1)) return;
    sent.current.push(value);
    props.onCommit(value);
  };
  return (
    <label className={props.hit ? 'info-field find-hit' : 'info-field'}>
      {props.label}
      {props.multiline ? (
        <textarea rows={5} value={value} readOnly={readOnly} onChange={(e) => setValue(e.target.value)} onBlur={commit} />
      ) : (
        <input value={value} readOnly={readOnly} onChange={(e) => setValue(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      )}
      {props.hint && <span className="muted small">{props.hint}</span>}
    </label>
  );
}

export function ReportInfoForm({ part, report, onSave, hit }: Props) {
  const readOnly = useReadOnly();
  if (part === 'head') {
    return (
      <div className="info-form">
        <h2>标题与开头</h2>
        <Field label="标题" hit={hit === 'reportTitle'} value={report.title} onCommit={(title) => onSave({ title })} hint="导出时按公文格式居中，过长会自动分行。" />
        <Field label="主送机关" hit={hit === 'addressee'} value={report.addressee} onCommit={(addressee) => onSave({ addressee })} hint="如「XX县人民政府」，导出时自动加全角冒号；公开版本可留空。" />
        <Field label="开头段落" hit={hit === 'opening'} value={report.opening} multiline onCommit={(opening) => onSave({ opening })} />
      </div>
    );
  }
  const setStyle = (headingStyle: HeadingStyle) => onSave({ headingStyle });
  return (
    <div className="info-form">
      <h2>结尾与落款</h2>
      <Field label="结尾段落（可选）" hit={hit === 'closing'} value={report.closing} multiline onCommit={(closing) => onSave({ closing })} />
      <Field label="署名" hit={hit === 'signatureName'} value={report.signatureName} onCommit={(signatureName) => onSave({ signatureName })} />
      <Field label="成文日期" hit={hit === 'signatureDate'} value={report.signatureDate} onCommit={(signatureDate) => onSave({ signatureDate })} hint="用阿拉伯数字，如「2025年12月31日」，月、日不加 0。" />
      <fieldset className="radio-row" disabled={readOnly}>
        <legend>二级标题「（一）」的排法</legend>
        <label>
          <input type="radio" name="headingStyle" checked={report.headingStyle === 'standalone'} onChange={() => setStyle('standalone')} />
          单独成行
        </label>
        <label>
          <input type="radio" name="headingStyle" checked={report.headingStyle === 'runin'} onChange={() => setStyle('runin')} />
          与正文同段（「（一）标题。正文…」）
        </label>
      </fieldset>
    </div>
  );
}
