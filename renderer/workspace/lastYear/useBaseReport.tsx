// 「以已有报告为基础」 in the new-report wizard: when the unit already has reports of earlier years,
// step 1 offers them (newest first) beside 「从空白模板开始」; a base report is the default, as
// most years start from last year's text.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ReportSummary } from '../../../shared/types';
import { api } from '../../api';

export interface BaseReportChoice {
  /** The chosen base report, or null for a blank template. */
  baseId: number | null;
  /** The choice to show in the form; null when the unit has no earlier report. */
  element: ReactNode;
  /** The reports have arrived (or could not be read): until then a base may yet be offered. */
  loaded: boolean;
}

export function useBaseReport(unitName: string, year: number): BaseReportChoice {
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  /** 'auto': the newest earlier report; 'blank': the template; a number: that report. */
  const [choice, setChoice] = useState<'auto' | 'blank' | number>('auto');

  useEffect(() => {
    api.listReports({}).then(setReports, () => setReports([]));
  }, []);

  const candidates = useMemo(
    () =>
      (reports ?? [])
        .filter((r) => r.unitName === unitName.trim() && Number.isInteger(year) && r.year < year)
        .sort((a, b) => b.year - a.year || b.updatedAt.localeCompare(a.updatedAt)),
    [reports, unitName, year],
  );
  const picked = typeof choice === 'number' ? candidates.find((r) => r.id === choice) : undefined;
  const base = choice === 'blank' ? null : (picked ?? candidates[0] ?? null);

  const element =
    candidates.length === 0 ? null : (
      <fieldset className="base-choice">
        <legend>从哪里开始</legend>
        <label>
          <input type="radio" name="start" checked={base !== null} onChange={() => setChoice('auto')} />
          以已有报告为基础
        </label>
        <label>
          <input type="radio" name="start" checked={base === null} onChange={() => setChoice('blank')} />
          从空白模板开始
        </label>
        {base && (
          <>
            <select aria-label="作为基础的报告" value={base.id} onChange={(e) => setChoice(Number(e.target.value))}>
              {candidates.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.year}年 · {r.title || '（无标题）'}
                </option>
              ))}
            </select>
            <p className="muted small">
              复制这份报告的全部章节（包括本单位自定的标题），标题、开头和章节标题里的年份改为 {year} 年；正文不会被改动，每一节标为「待核对」，其中的年份、时间词和数字会高亮提示。单位信息沿用原报告，建好后可在「标题与开头」中修改。
            </p>
          </>
        )}
      </fieldset>
    );

  return { baseId: base?.id ?? null, element, loaded: reports !== null };
}
