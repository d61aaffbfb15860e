import { describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import { parseTemplate } from '../../../shared/templates/parse';
import type { Template } from '../../../shared/templates/schema';
import { detectAreaSet, templateUpdates } from '../../../shared/templates/versions';
import { minimalTemplate } from './minimalTemplate';

function parsed(data: unknown): Template {
  const r = parseTemplate(data, 'mini.json');
  if (!r.ok) throw new Error(r.message);
  return r.template;
}

const unit = { fullName: '某乡人民政府', shortName: '某乡', kind: 'township' as const, superior: '', signatureName: '' };

/** Version 3 of the minimal template: one more area and one more part with a placeholder title. */
function version3(): Template {
  const data = minimalTemplate();
  data.version = 3;
  const extraArea = { ...data.areaSets[0]!.areas[0]!, key: 'achievements.digital', title: '数字政府' };
  data.areaSets[0]!.areas.push(extraArea);
  data.sections.splice(3, 0, { ...data.sections[2]!, key: 'review', title: '{年度}年督察整改' });
  return parsed(data);
}

describe('detectAreaSet', () => {
  it('recognises the set from the section keys, custom keys included', () => {
    const t = version3();
    expect(detectAreaSet(t, ['achievements', 'achievements.functions', 'duty'])).toBe('outline2021');
    expect(detectAreaSet(t, ['achievements.o2015.functions', null])).toBe('outline2015');
    expect(detectAreaSet(t, ['achievements.custom#1', 'achievements.custom#2'])).toBe('custom');
    expect(detectAreaSet(t, ['achievements', null])).toBeNull();
  });
});

describe('templateUpdates', () => {
  const v2 = parsed(minimalTemplate());
  const report = instantiateTemplate(v2, { unit, year: 2025 });
  const ref = { templateId: 'mini', templateVersion: 2, year: 2025, unit };

  it('offers only what a newer version added, in document order, with titles filled', () => {
    const u = templateUpdates(version3(), ref, report.sections);
    expect(u.newerVersion).toBe(true);
    expect(u.areaSet).toBe('outline2021');
    expect(u.added).toEqual([
      { templateKey: 'achievements.digital', title: '数字政府', level: 2, parentKey: 'achievements', required: false },
      { templateKey: 'review', title: '2025年督察整改', level: 1, parentKey: null, required: true },
    ]);
  });

  it('offers nothing when the template is not newer, and no 2021 areas to a 2015 report', () => {
    expect(templateUpdates(v2, ref, report.sections)).toEqual({ newerVersion: false, areaSet: 'outline2021', added: [] });
    const old = instantiateTemplate(v2, { unit, year: 2019, areaSet: 'outline2015' });
    const u = templateUpdates(version3(), ref, old.sections);
    expect(u.added.map((s) => s.templateKey)).toEqual(['review']);
  });

  it('refuses a report made from another template', () => {
    expect(() => templateUpdates(v2, { ...ref, templateId: 'township' }, report.sections)).toThrow(/不是用模板/);
  });
});
