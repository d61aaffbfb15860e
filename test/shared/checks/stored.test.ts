import { describe, expect, it } from 'vitest';
import { checkStoredReport, findingTarget, groupFindings, openErrors, placeLabel, type Finding } from '../../../shared/checks';
import { seedMappedReport, seedTemplate } from '../../helpers/seedReports';
import { shippedRules } from './build';

describe('checks over a stored report', () => {
  it('splits ignored findings off, counts only the open ones, and openErrors lists the open 错误', () => {
    const report = seedMappedReport(0);
    const rules = { ...shippedRules(), template: seedTemplate(0) };
    const all = checkStoredReport(report, rules);
    expect(all.ignored).toEqual([]);
    const rate = all.open.find((f) => f.rule === 'rate-mismatch')!;
    const half = all.open.find((f) => f.severity === 'warning')!;
    const withIgnored = checkStoredReport({ ...report, ignoredFindings: [rate.id, half.id, 'gone:1'] }, rules);
    expect(withIgnored.ignored.map((f) => f.id)).toEqual(all.open.filter((f) => f.id === rate.id || f.id === half.id).map((f) => f.id));
    expect(withIgnored.open).toHaveLength(all.open.length - 2);
    expect(withIgnored.counts.error).toBe(all.counts.error - 1);
    expect(withIgnored.counts.warning).toBe(all.counts.warning - 1);

    const errors = openErrors(report, rules);
    expect(errors.every((f) => f.severity === 'error')).toBe(true);
    expect(errors.map((f) => f.id)).toContain(rate.id);
    expect(openErrors({ ...report, ignoredFindings: [rate.id] }, rules).map((f) => f.id)).not.toContain(rate.id);
  });

  it('groups findings by place in document order and names each place', () => {
    const report = seedMappedReport(0);
    const { open } = checkStoredReport({ ...report, signatureDate: '', signatureName: '' }, shippedRules());
    const order = report.sections.map((s) => s.id);
    const groups = groupFindings(open, order);
    const keys = groups.map((g) => g.key);
    expect(keys[0]).toBe('report');
    expect(keys[1]).toBe('head');
    expect(keys.at(-1)).toBe('tail');
    const sectionKeys = keys.filter((k) => k.startsWith('s')).map((k) => Number(k.slice(1)));
    expect(sectionKeys).toEqual([...sectionKeys].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(groups.flatMap((g) => g.findings)).toHaveLength(open.length);

    const base = { id: 'x', rule: 'r', severity: 'error', message: 'm', start: 0, end: 1, excerpt: '' } as const;
    const f = (partial: Partial<Finding>): Finding => ({ ...base, sectionId: null, field: 'report', paragraph: null, ...partial });
    expect(findingTarget(f({ field: 'signatureDate' }))).toEqual({ kind: 'tail', field: 'signatureDate' });
    expect(findingTarget(f({ field: 'opening', paragraph: 0 }))).toEqual({ kind: 'head', field: 'opening' });
    expect(findingTarget(f({ field: 'report', sectionId: 4 }))).toEqual({ kind: 'section', sectionId: 4, field: 'title' });
    expect(findingTarget(f({}))).toEqual({ kind: 'report' });
    const label = (id: number) => `（${id}）标题`;
    expect(placeLabel(f({ sectionId: 3, field: 'body', paragraph: 1 }), label)).toBe('（3）标题 第2段');
    expect(placeLabel(f({ sectionId: 3, field: 'title' }), label)).toBe('（3）标题（小标题）');
    expect(placeLabel(f({ field: 'reportTitle' }), label)).toBe('标题');
    expect(placeLabel(f({}), label)).toBe('全文');
    // A section no longer in the outline goes just before 结尾与落款.
    const late = groupFindings([f({ field: 'signatureName' }), f({ sectionId: 999, field: 'body', paragraph: 0 }), f({ sectionId: order[0]!, field: 'body', paragraph: 0 })], order);
    expect(late.map((g) => g.key)).toEqual([`s${order[0]}`, 's999', 'tail']);
  });
});
