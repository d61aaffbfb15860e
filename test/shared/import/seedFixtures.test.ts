import { describe, expect, it } from 'vitest';
import { seedMappedReport, seedReport, SEED_COUNT } from '../../helpers/seedReports';

describe('seedMappedReport', () => {
  it('puts each section under the template key of its heading', () => {
    const r = seedMappedReport(2);
    expect(r.templateId).toBe('township');
    const byTitle = new Map(r.sections.map((s) => [s.title, s]));
    expect(byTitle.get('打造数字法治政府情况')!.templateKey).toBe('achievements.digital');
    expect(byTitle.get('存在不足和原因')!.templateKey).toBe('problems');
    expect(byTitle.get('存在不足和原因')!.required).toBe(true);
  });

  it('keeps unmatched sections custom and not required', () => {
    const r = seedMappedReport(1);
    const adviser = r.sections.find((s) => s.title === '严格依法决策，发挥法律顾问职责作用')!;
    expect(adviser.templateKey).toBeNull();
    expect(adviser.required).toBe(false);
  });

  it('changes nothing but keys and flags', () => {
    for (let i = 0; i < SEED_COUNT; i++) {
      const plain = seedReport(i);
      const mapped = seedMappedReport(i);
      const strip = (sections: typeof plain.sections) => sections.map(({ templateKey: _k, required: _r, ...rest }) => rest);
      expect(strip(mapped.sections)).toEqual(strip(plain.sections));
      expect(mapped.templateId).toBe(i === 4 ? 'department' : 'township');
    }
  });
});
