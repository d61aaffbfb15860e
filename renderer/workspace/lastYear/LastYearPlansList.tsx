// 「去年计划的事项」 beside part one: last year's 「下一年度安排」, as promises to report on.
import type { LastYearPlans } from '../../../shared/lastYear/plans';

/** A short line without a full stop is one of the part's sub-headings. */
const isHeading = (line: string) => line.length <= 30 && !/[。；;]$/.test(line);

export function LastYearPlansList({ plans, folded }: { plans: LastYearPlans; folded: boolean }) {
  const lines = plans.text.split('\n').filter((l) => l.trim() !== '');
  return (
    <section className="previous-plans" aria-label="去年计划的事项">
      <details open={!folded}>
        <summary>
          <h3>去年计划的事项</h3>
        </summary>
        <p className="muted small">
          摘自{plans.year}年报告的「{plans.title}」。去年承诺的事项今年做得怎样，请在本部分逐项写明。
        </p>
        <ul>
          {lines.map((line, i) => (
            <li key={i} className={isHeading(line) ? 'plan-heading' : undefined}>
              {line}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
