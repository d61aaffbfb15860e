import { describe, expect, it } from 'vitest';
import { defaultTitle, fillPlaceholders, placeholderValues, reportSubject } from '../../../shared/gongwen/placeholders';

describe('placeholders', () => {
  it('fills every placeholder for a unit and year', () => {
    const values = placeholderValues({ fullName: ' 盘龙彝族乡人民政府 ', shortName: '盘龙乡', superior: '中共××县委、××县人民政府' }, 2025);
    expect(fillPlaceholders('{单位}（{单位简称}）{年度}年，{下一年度}年，向{上级机关}报告', values)).toBe(
      '盘龙彝族乡人民政府（盘龙乡）2025年，2026年，向中共××县委、××县人民政府报告',
    );
  });

  it('falls back to the full name and a generic superior so sentences still read', () => {
    const values = placeholderValues({ fullName: '县司法局', shortName: ' ', superior: '' }, 2024);
    expect(values['{单位简称}']).toBe('县司法局');
    expect(values['{上级机关}']).toBe('上级党委、政府');
  });

  it('leaves unknown placeholders alone', () => {
    expect(fillPlaceholders('{年度}年{别的}', { '{年度}': '2025' })).toBe('2025年{别的}');
  });
});

describe('the default title', () => {
  it('is the standard wording of the annual report', () => {
    expect(defaultTitle('盘龙彝族乡人民政府', 2025)).toBe('盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告');
    expect(reportSubject(2025)).toBe('2025年度法治政府建设情况报告');
  });
});
