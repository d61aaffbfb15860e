// New report in two steps. 1: the unit profile (remembered for next year), the year and the
// template with its area list. 2: the title, 主送机关, opening and 成文日期 the template proposes —
// all editable — then create. When the unit already has reports of earlier years, step 1 offers
// one of them as the base instead (「以已有报告为基础」), and the copy is created right away.
// Enter moves to the next field (it never creates the report half filled); the dialog keeps one
// size from step to step.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { defaultReportYear, defaultSignatureDate } from '../../shared/gongwen/dates';
import { defaultTitle } from '../../shared/gongwen/placeholders';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import type { AreaSetId, Template } from '../../shared/templates/schema';
import { UNIT_KIND_LABEL, UNIT_KINDS, type TemplateSummary } from '../../shared/types';
import { api, errorMessage } from '../api';
import { Dialog } from '../components/Dialog';
import { enterMovesOn } from '../components/enterMovesOn';
import { newReportFromLastYear } from '../workspace/lastYear/newReportFromLastYear';
import { useBaseReport } from '../workspace/lastYear/useBaseReport';
import { useUnitProfile } from './useUnitProfile';

interface Props {
  onCancel: () => void;
  onCreated: (reportId: number) => void;
}

export function NewReportWizard({ onCancel, onCreated }: Props) {
  const [step, setStep] = useState<1 | 2>(1);
  /** Null until the list has arrived: 下一步 waits for it (it would start without a template). */
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [templateProblems, setTemplateProblems] = useState<string[]>([]);
  const { units, profile, setName, set } = useUnitProfile();
  const [year, setYear] = useState(String(defaultReportYear(new Date())));
  const [templateId, setTemplateId] = useState('');
  const [areaSet, setAreaSet] = useState<AreaSetId | ''>('');
  const [customAreas, setCustomAreas] = useState('');
  const [full, setFull] = useState<Template | null>(null);
  const [draft, setDraft] = useState({ title: '', addressee: '', opening: '', signatureDate: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = useBaseReport(profile.fullName, Number(year));
  const based = base.baseId !== null;
  /** The templates and the unit's earlier reports have arrived: 下一步 does what the form shows. */
  const ready = templates !== null && base.loaded;

  useEffect(() => {
    api.listTemplates({}).then(
      (r) => {
        setTemplates(r.templates);
        setTemplateProblems(r.problems.map((p) => p.message));
      },
      (err: unknown) => {
        setTemplates([]);
        setTemplateProblems([`未能读取模板：${errorMessage(err)}`]);
      },
    );
  }, []);

  const suitable = useMemo(() => (templates ?? []).filter((t) => t.unitKinds.includes(profile.kind)), [templates, profile.kind]);
  const chosen = suitable.find((t) => t.id === templateId) ?? suitable[0];
  const chosenSet = chosen?.areaSets.find((a) => a.id === areaSet) ?? chosen?.areaSets.find((a) => a.default) ?? chosen?.areaSets[0];

  const areas = customAreas.split('\n').map((l) => l.trim()).filter(Boolean);

  const next = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    const y = Number(year);
    if (!profile.fullName.trim()) return setError('请填写单位全称，例如「盘龙彝族乡人民政府」。');
    if (!Number.isInteger(y) || y < 2000 || y > 2100) return setError('请填写四位数的年度，例如 2025。');
    if (base.baseId !== null) {
      setBusy(true);
      setError(null);
      try {
        onCreated((await newReportFromLastYear(base.baseId, y)).id);
      } catch (err) {
        setError(errorMessage(err));
        setBusy(false);
      }
      return;
    }
    if (chosenSet?.id === 'custom' && areas.length === 0) return setError('选择「本单位自定标题」时，请每行填写一个标题。');
    setError(null);
    try {
      const t = chosen ? await api.getTemplate({ id: chosen.id }) : null;
      setFull(t);
      const unit = { ...profile, fullName: profile.fullName.trim() };
      const d = t ? instantiateTemplate(t, { unit, year: y, areaSet: chosenSet?.id as AreaSetId, customAreas: areas }) : null;
      setDraft({
        title: d?.title ?? defaultTitle(unit.fullName, y),
        addressee: d?.addressee ?? unit.superior,
        opening: d?.opening ?? '',
        signatureDate: defaultSignatureDate(y, new Date()),
      });
      setStep(2);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const report = await api.createReport({
        unit: { ...profile, fullName: profile.fullName.trim() },
        year: Number(year),
        ...(full ? { templateId: full.id } : {}),
        ...(chosenSet ? { areaSet: chosenSet.id as AreaSetId } : {}),
        ...(chosenSet?.id === 'custom' ? { customAreas: areas } : {}),
        overrides: draft,
      });
      onCreated(report.id);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  const errorLine = error && (
    <p className="form-error" role="alert">
      {error}
    </p>
  );

  const title = step === 2 ? '新建报告 · 第 2 步：标题与开头' : '新建报告 · 第 1 步：单位、年度和模板';
  return (
    <Dialog title={title} onCancel={onCancel} className="wizard">
      {step === 2 ? (
        <form onSubmit={create} className="form wizard-form" onKeyDown={enterMovesOn}>
          <div className="form wizard-fields">
            <p className="muted">以下内容按单位信息和年度自动生成，可直接修改，建好后也能在「标题与开头」「结尾与落款」中再改。</p>
            <label>
              标题
              <input name="title" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
            </label>
            <label>
              主送机关
              <input name="addressee" value={draft.addressee} placeholder={chosen?.addresseeHint} onChange={(e) => setDraft({ ...draft, addressee: e.target.value })} />
            </label>
            <label>
              开头段落
              <textarea name="opening" rows={5} value={draft.opening} onChange={(e) => setDraft({ ...draft, opening: e.target.value })} />
            </label>
            <label>
              成文日期
              <input name="signatureDate" value={draft.signatureDate} onChange={(e) => setDraft({ ...draft, signatureDate: e.target.value })} />
            </label>
            {errorLine}
          </div>
          <div className="dialog-actions">
            <button type="button" onClick={() => setStep(1)}>
              上一步
            </button>
            <button type="submit" className="primary" disabled={busy}>
              {busy ? '正在创建…' : '创建报告'}
            </button>
          </div>
        </form>
      ) : (
        <form onSubmit={next} className="form wizard-form" onKeyDown={enterMovesOn}>
          <div className="form-grid wizard-fields">
            {templateProblems.length > 0 && (
              <div className="template-problems" role="alert">
                <strong>有模板文件出错，已跳过（其他模板照常可用）：</strong>
                <ul>
                  {templateProblems.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </div>
            )}
            <label>
              单位全称
              <input name="unitName" list="known-units" value={profile.fullName} autoFocus placeholder="如：盘龙彝族乡人民政府" onChange={(e) => setName(e.target.value)} />
              <datalist id="known-units">
                {units.map((u) => (
                  <option key={u.id} value={u.fullName} />
                ))}
              </datalist>
            </label>
            {!based && (
              <>
                <label>
                  单位简称
                  <input name="shortName" value={profile.shortName} placeholder="如：盘龙乡（用于文件名）" onChange={(e) => set('shortName', e.target.value)} />
                </label>
                <fieldset className="radio-row">
                  <legend>单位类型</legend>
                  {UNIT_KINDS.map((k) => (
                    <label key={k}>
                      <input type="radio" name="kind" value={k} checked={profile.kind === k} onChange={() => set('kind', k)} />
                      {UNIT_KIND_LABEL[k]}
                    </label>
                  ))}
                </fieldset>
                <label>
                  上级机关（主送机关）
                  <input name="superior" value={profile.superior} placeholder="如：XX县人民政府" onChange={(e) => set('superior', e.target.value)} />
                </label>
                <label>
                  署名
                  <input name="signatureName" value={profile.signatureName} placeholder="默认为单位全称" onChange={(e) => set('signatureName', e.target.value)} />
                </label>
              </>
            )}
            <label>
              报告年度
              <input name="year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
            </label>
            {base.element}
            {!based && suitable.length > 0 && (
              <label>
                模板
                <select name="template" value={chosen?.id ?? ''} onChange={(e) => setTemplateId(e.target.value)}>
                  {suitable.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {!based && chosen && (
              <fieldset className="area-sets">
                <legend>第一部分「主要举措和成效」的小标题</legend>
                {chosen.areaSets.map((a) => (
                  <label key={a.id} title={a.description}>
                    <input type="radio" name="areaSet" checked={chosenSet?.id === a.id} onChange={() => setAreaSet(a.id as AreaSetId)} />
                    {a.name}
                  </label>
                ))}
                {chosenSet?.id === 'custom' && (
                  <textarea aria-label="自定小标题" rows={4} placeholder="每行一个小标题，如：加强组织领导" value={customAreas} onChange={(e) => setCustomAreas(e.target.value)} />
                )}
              </fieldset>
            )}
            {errorLine}
          </div>
          <div className="dialog-actions">
            <button type="button" onClick={onCancel}>
              取消
            </button>
            <button type="submit" className="primary" disabled={busy || !ready}>
              {!ready ? '正在读取模板…' : based ? (busy ? '正在创建…' : '创建报告') : '下一步'}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
