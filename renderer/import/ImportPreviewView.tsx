// The import preview: what was recognised (editable where the user may know better), the template
// it is mapped onto, and the table of headings → template sections. Nothing is stored until
// 「确认导入」; a failure is shown here and the library stays as it was.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { ImportPreview } from '../../shared/import/preview';
import { UNIT_KIND_LABEL, UNIT_KINDS, type Report, type TemplateSummary, type UnitKind } from '../../shared/types';
import { api, errorMessage } from '../api';
import { MappingTable } from './MappingTable';
import { conflicts, droppedSet, initialChoices, toMapping } from './mapping';
import { RecognisedNotes } from './RecognisedNotes';

interface Props {
  preview: ImportPreview;
  remap: (templateId: string) => Promise<void>;
  onCancel: () => void;
  onImported: (report: Report) => void;
}

interface Facts {
  title: string;
  addressee: string;
  unitName: string;
  kind: UnitKind;
  year: string;
  signatureName: string;
  signatureDate: string;
}

function factsOf(p: ImportPreview, templates: readonly TemplateSummary[]): Facts {
  const kind = p.unitKind ?? templates.find((t) => t.id === p.template.id)?.unitKinds[0] ?? 'township';
  return {
    title: p.title,
    addressee: p.addressee,
    unitName: p.unitName,
    kind,
    year: p.year === null ? '' : String(p.year),
    signatureName: p.signatureName,
    signatureDate: p.signatureDate,
  };
}

export function ImportPreviewView({ preview, remap, onCancel, onImported }: Props) {
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [facts, setFacts] = useState<Facts>(() => factsOf(preview, []));
  const [choices, setChoices] = useState(() => initialChoices(preview));
  const [mappedFor, setMappedFor] = useState(preview);
  const [busy, setBusy] = useState<'remap' | 'confirm' | null>(null);
  const [error, setError] = useState<string | null>(null);

  // A new mapping (another template) brings new proposals; the recognised facts stay as edited.
  if (mappedFor !== preview) {
    setMappedFor(preview);
    setChoices(initialChoices(preview));
  }

  useEffect(() => {
    api.listTemplates({}).then((r) => setTemplates(r.templates), () => undefined);
  }, []);

  const dropped = useMemo(() => droppedSet(preview, choices), [preview, choices]);
  const clash = useMemo(() => conflicts(preview, choices), [preview, choices]);
  const conflicting = useMemo(() => new Set([...clash.values()].flat()), [clash]);
  const areaSetNames = useMemo(
    () => new Map((templates.find((t) => t.id === preview.template.id)?.areaSets ?? []).map((a) => [a.id, a.name])),
    [templates, preview.template.id],
  );
  const kept = preview.entries.filter((e) => !dropped.has(e.sourceIndex)).length;
  const set = <K extends keyof Facts>(k: K, v: Facts[K]) => setFacts((f) => ({ ...f, [k]: v }));

  const changeTemplate = async (templateId: string) => {
    setBusy('remap');
    setError(null);
    try {
      await remap(templateId);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    const year = Number(facts.year);
    const unitName = facts.unitName.trim();
    if (!unitName) return setError('请填写单位全称，例如「盘龙彝族乡人民政府」。');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return setError('请填写报告的年度（四位数字，例如 2024）。');
    if (clash.size > 0) return setError('有几个标题对应到了同一个模板章节（已标红），请只保留一个，或改为「作为本单位自定标题」。');
    setBusy('confirm');
    setError(null);
    try {
      const report = await api.confirmImport({
        previewId: preview.previewId,
        unit: {
          fullName: unitName,
          shortName: unitName === preview.unitName ? preview.shortName : '',
          kind: facts.kind,
          superior: facts.addressee.trim(),
          signatureName: facts.signatureName.trim(),
        },
        year,
        templateId: preview.template.id,
        mapping: toMapping(preview, choices),
        overrides: {
          title: facts.title.trim(),
          addressee: facts.addressee.trim(),
          signatureName: facts.signatureName.trim(),
          signatureDate: facts.signatureDate.trim(),
        },
      });
      onImported(report);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(null);
    }
  };

  const field = (k: Exclude<keyof Facts, 'kind'>, label: string, extra?: { wide?: boolean; placeholder?: string }) => (
    <label className={extra?.wide ? 'wide' : undefined}>
      {label}
      {k === 'title' ? (
        // Titles run to two lines; all of it should be readable before confirming.
        <textarea name={k} rows={2} value={facts[k]} placeholder="未识别，可在此填写" onChange={(e) => set(k, e.target.value.replace(/\n/g, ''))} />
      ) : (
        <input
          name={k}
          value={facts[k]}
          placeholder={extra?.placeholder ?? '未识别，可在此填写'}
          inputMode={k === 'year' ? 'numeric' : undefined}
          onChange={(e) => set(k, e.target.value)}
        />
      )}
    </label>
  );

  return (
    <form className="import-preview" onSubmit={confirm}>
      <div className="import-body">
        <div className="import-left">
          <section className="import-facts form-grid form" aria-label="识别结果">
            {field('title', '标题', { wide: true })}
            {field('unitName', '单位全称', { wide: true, placeholder: '没能从文件中确定单位，请填写单位全称' })}
            {field('addressee', '主送机关')}
            {field('year', '报告年度', { placeholder: '如 2024' })}
            <fieldset className="radio-row wide">
              <legend>单位类型</legend>
              {UNIT_KINDS.map((k) => (
                <label key={k}>
                  <input type="radio" name="kind" checked={facts.kind === k} onChange={() => set('kind', k)} />
                  {UNIT_KIND_LABEL[k]}
                </label>
              ))}
            </fieldset>
            {field('signatureName', '署名')}
            {field('signatureDate', '成文日期', { placeholder: '未识别，如 2024年12月20日' })}
            <div className="wide import-opening">
              <span>开头段落</span>
              <p title={preview.opening}>{preview.opening || <span className="muted">未识别到开头段落</span>}</p>
            </div>
          </section>
          <RecognisedNotes preview={preview} />
        </div>
        <section className="import-map" aria-label="标题对应">
          <div className="import-map-head">
            <h3>标题对应到模板</h3>
            <label className="inline">
              模板
              <select
                aria-label="模板"
                value={preview.template.id}
                disabled={busy !== null || templates.length === 0}
                onChange={(e) => void changeTemplate(e.target.value)}
              >
                {(templates.length > 0 ? templates : [{ id: preview.template.id, name: preview.template.name }]).map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
            {busy === 'remap' && <span className="muted small">正在重新对应…</span>}
          </div>
          <p className="muted small">
            将导入 {kept} / {preview.entries.length} 个标题。可逐行改为模板中的其他章节、「作为本单位自定标题」（保留在原位置）或「不导入」。报告保留自己的标题和结构；《规定》要求的五个部分中文件没有的，会补上空白章节，第一部分的各个方面只作写作指引，不会补。
          </p>
          {preview.entries.length === 0 ? (
            <p className="muted">文件中没有识别到「一、」「（一）」这样的标题，全文会放进第一部分，导入后可再调整。</p>
          ) : (
            <MappingTable
              preview={preview}
              choices={choices}
              dropped={dropped}
              conflicting={conflicting}
              areaSetNames={areaSetNames}
              onChange={(index, choice) => setChoices((c) => new Map(c).set(index, choice))}
            />
          )}
        </section>
      </div>
      {preview.existingReportIds.length > 0 && (
        <p className="import-existing">
          本单位已有 {preview.year} 年的报告；确认后会另存为一份新的报告，已有的报告不受影响。
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <span className="muted small import-promise">确认之前不会保存任何内容。导入后各节标为「待核对」。</span>
        <button type="button" onClick={onCancel} disabled={busy === 'confirm'}>
          取消
        </button>
        <button type="submit" className="primary" disabled={busy !== null}>
          {busy === 'confirm' ? '正在导入…' : '确认导入'}
        </button>
      </div>
    </form>
  );
}
