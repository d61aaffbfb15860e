import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import {
  allTemplateSections,
  customAreaKey,
  findTemplateSection,
  instantiateTemplate,
  templateKeyBase,
  type UnitProfile,
} from '../../../shared/templates/instantiate';
import { parseTemplate, parseTemplateText } from '../../../shared/templates/parse';
import type { Template } from '../../../shared/templates/schema';
import { templatesResourceDir } from '../../helpers/seedText';
import { minimalTemplate } from './minimalTemplate';

function realTemplate(id: string): Template {
  const file = path.join(templatesResourceDir, `${id}.json`);
  const r = parseTemplateText(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error(r.message);
  return r.template;
}

function mini(): Template {
  const r = parseTemplate(minimalTemplate(), 'mini.json');
  if (!r.ok) throw new Error(r.message);
  return r.template;
}

const panlong: UnitProfile = {
  fullName: '盘龙彝族乡人民政府',
  shortName: '盘龙乡',
  kind: 'township',
  superior: '中共砚山县委、砚山县人民政府',
  signatureName: '砚山县盘龙彝族乡人民政府',
};

describe('instantiateTemplate', () => {
  it('fills title, opening and closing from the profile and year', () => {
    const r = instantiateTemplate(mini(), { unit: panlong, year: 2025 });
    expect(r.title).toBe('盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告');
    expect(r.opening).toBe('2025年，盘龙乡在中共砚山县委、砚山县人民政府的正确领导下推进工作。');
    expect(r.closing).toBe('2026年将继续努力。特此报告。');
    expect(r.addressee).toBe('中共砚山县委、砚山县人民政府');
    expect(r.signatureName).toBe('砚山县盘龙彝族乡人民政府');
    expect(r.signatureDate).toBe('');
    expect(r.templateId).toBe('mini');
    expect(r.templateVersion).toBe(2);
    expect(r.sections.find((s) => s.templateKey === 'plans')!.title).toBe('2026年主要安排');
  });

  it('falls back sensibly when the profile leaves fields empty', () => {
    const unit = { ...panlong, shortName: ' ', superior: '', signatureName: '' };
    const r = instantiateTemplate(mini(), { unit, year: 2024 });
    expect(r.opening).toBe('2024年，盘龙彝族乡人民政府在上级党委、政府的正确领导下推进工作。');
    expect(r.addressee).toBe('');
    expect(r.signatureName).toBe('盘龙彝族乡人民政府');
  });

  it('lays the township template out as five required parts with the eight areas under part one as guidance', () => {
    const r = instantiateTemplate(realTemplate('township'), { unit: panlong, year: 2025 });
    expect(r.areaSet).toBe('outline2021');
    const top = r.sections.filter((s) => s.level === 1);
    expect(top.map((s) => s.templateKey)).toEqual(['achievements', 'duty', 'problems', 'plans', 'other']);
    expect(top.every((s) => s.parentKey === null && s.required)).toBe(true);
    const areas = r.sections.filter((s) => s.parentKey === 'achievements');
    expect(areas).toHaveLength(8);
    // A new report may start from the areas as an outline; the writer may rename or delete them.
    expect(areas.every((s) => s.level === 2 && !s.required)).toBe(true);
    // Document order: the areas come right after part one, before part two.
    expect(r.sections.slice(0, 10).map((s) => s.templateKey)).toEqual([
      'achievements',
      ...areas.map((a) => a.templateKey),
      'duty',
    ]);
    expect(r.title).not.toMatch(/[{}]/);
    expect(r.opening).not.toMatch(/[{}]/);
  });

  it('switches part one to the 2015 list or to the unit’s own headings', () => {
    const t = realTemplate('township');
    // customAreas only matter for the custom set.
    const o15 = instantiateTemplate(t, { unit: panlong, year: 2019, areaSet: 'outline2015', customAreas: ['x'] });
    expect(o15.sections.filter((s) => s.parentKey === 'achievements')).toHaveLength(7);

    const custom = instantiateTemplate(t, {
      unit: panlong,
      year: 2025,
      areaSet: 'custom',
      customAreas: [' 加强组织领导，强化责任落实 ', '', '深化普法宣传'],
    });
    const areas = custom.sections.filter((s) => s.parentKey === 'achievements');
    expect(areas).toEqual([
      { templateKey: 'achievements.custom#1', title: '加强组织领导，强化责任落实', level: 2, parentKey: 'achievements', required: false },
      { templateKey: 'achievements.custom#2', title: '深化普法宣传', level: 2, parentKey: 'achievements', required: false },
    ]);
    expect(findTemplateSection(t, 'achievements.custom#2')!.key).toBe('achievements.custom');
  });

  it('uses the department areas by default for the department template', () => {
    const unit = { ...panlong, fullName: '苍溪县乡村振兴局', shortName: '我局', kind: 'department' as const, superior: '苍溪县人民政府' };
    const r = instantiateTemplate(realTemplate('department'), { unit, year: 2023 });
    expect(r.areaSet).toBe('department');
    expect(r.title).toBe('苍溪县乡村振兴局关于2023年度法治政府建设情况的报告');
    expect(r.sections.filter((s) => s.parentKey === 'achievements')).toHaveLength(8);
  });

  it('refuses an area set the template lacks and custom headings that are all blank', () => {
    const t = realTemplate('township');
    expect(() => instantiateTemplate(t, { unit: panlong, year: 2025, areaSet: 'department' })).toThrow(AppError);
    expect(() => instantiateTemplate(t, { unit: panlong, year: 2025, areaSet: 'custom', customAreas: [' '] })).toThrow(
      /至少填写一个标题/,
    );
  });
});

describe('template keys', () => {
  it('finds sections in the tree and in every area set; unknown keys give null', () => {
    const t = realTemplate('township');
    expect(findTemplateSection(t, 'duty')!.title).toBe('党政主要负责人履行推进法治建设第一责任人职责情况');
    expect(findTemplateSection(t, 'achievements.digital')!.title).toBe('打造数字法治政府');
    expect(findTemplateSection(t, 'achievements.o2015.capacity')!.level).toBe(2);
    expect(findTemplateSection(t, 'nothing.here')).toBeNull();
    const keys = allTemplateSections(t).map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(5 + 8 + 7 + 1);
  });

  it('derives and strips custom area numbers', () => {
    expect(customAreaKey('achievements.custom', 3)).toBe('achievements.custom#3');
    expect(templateKeyBase('achievements.custom#3')).toBe('achievements.custom');
    expect(templateKeyBase('duty')).toBe('duty');
  });
});
