// New report: the unit (picked from those used before, or typed), its kind and the year.
import { useEffect, useState, type FormEvent } from 'react';
import { UNIT_KIND_LABEL, UNIT_KINDS, type Unit, type UnitKind } from '../../shared/types';
import { api, errorMessage } from '../api';
import { Dialog } from '../components/Dialog';

interface Props {
  onCancel: () => void;
  onCreated: (reportId: number) => void;
}

/** Reports are written about the year just ended until spring, then about the current one. */
function suggestedYear(today = new Date()): number {
  return today.getMonth() < 3 ? today.getFullYear() - 1 : today.getFullYear();
}

export function NewReportDialog({ onCancel, onCreated }: Props) {
  const [units, setUnits] = useState<Unit[]>([]);
  const [fullName, setFullName] = useState('');
  const [kind, setKind] = useState<UnitKind>('township');
  const [superior, setSuperior] = useState('');
  const [year, setYear] = useState(String(suggestedYear()));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.listUnits({}).then((list) => {
      setUnits(list);
      const last = list[0];
      if (last) {
        setFullName(last.fullName);
        setKind(last.kind);
        setSuperior(last.superior);
      }
    }, () => undefined);
  }, []);

  const pickUnit = (name: string) => {
    setFullName(name);
    const u = units.find((x) => x.fullName === name);
    if (u) {
      setKind(u.kind);
      setSuperior(u.superior);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const y = Number(year);
    if (!fullName.trim()) return setError('请填写单位全称，例如「盘龙彝族乡人民政府」。');
    if (!Number.isInteger(y) || y < 2000 || y > 2100) return setError('请填写四位数的年度，例如 2025。');
    setBusy(true);
    setError(null);
    try {
      const report = await api.createReport({ unit: { fullName: fullName.trim(), kind, superior: superior.trim() }, year: y });
      onCreated(report.id);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title="新建报告" onCancel={onCancel}>
      <form onSubmit={submit} className="form">
        <label>
          单位全称
          <input
            name="unitName"
            list="known-units"
            value={fullName}
            autoFocus
            placeholder="如：盘龙彝族乡人民政府"
            onChange={(e) => pickUnit(e.target.value)}
          />
          <datalist id="known-units">
            {units.map((u) => (
              <option key={u.id} value={u.fullName} />
            ))}
          </datalist>
        </label>
        <fieldset className="radio-row">
          <legend>单位类型</legend>
          {UNIT_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {UNIT_KIND_LABEL[k]}
            </label>
          ))}
        </fieldset>
        <label>
          上级机关（主送机关）
          <input name="superior" value={superior} placeholder="如：XX县人民政府" onChange={(e) => setSuperior(e.target.value)} />
        </label>
        <label>
          报告年度
          <input name="year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            取消
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? '正在创建…' : '创建'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
