import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapReportToTemplate, mapToTemplate } from '../../../shared/import/mapToTemplate';
import { parseReportText } from '../../../shared/import/parseText';
import { parseTemplateText } from '../../../shared/templates/parse';
import type { Template } from '../../../shared/templates/schema';
import { SEEDS } from '../../helpers/seedMappings';
import { repoRoot, seedParsed } from '../../helpers/seedReports';

function loadTemplate(name: 'township' | 'department'): Template {
  const file = path.join(repoRoot, 'resources/templates', `${name}.json`);
  const result = parseTemplateText(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.message);
  return result.template;
}

describe('mapToTemplate on the seed reports', () => {
  SEEDS.forEach((seed, i) => {
    it(`seed ${i}: ≥ 95% of level-1/2 headings go to the right template section`, () => {
      const mapping = mapReportToTemplate(seedParsed(i), loadTemplate(seed.template));
      expect(mapping.areaSet).toBe(seed.areaSet);
      const got = mapping.entries.map((e) => [e.source.level, e.source.title, e.targetKey]);
      // Same headings in the same order: the parse is tested elsewhere, the mapping here.
      expect(got.map(([level, title]) => [level, title])).toEqual(seed.expected.map(([level, title]) => [level, title]));
      const wrong = seed.expected.filter((exp, k) => got[k]![2] !== exp[2]);
      const right = seed.expected.length - wrong.length;
      expect(right / seed.expected.length, `wrong: ${JSON.stringify(wrong)} got ${JSON.stringify(got)}`).toBeGreaterThanOrEqual(0.95);
    });
  });

  it('gives paths into the parsed outline and a score for every match', () => {
    const entries = mapToTemplate(seedParsed(2), loadTemplate('township'));
    expect(entries[0]!.source.path).toEqual([0]);
    expect(entries[1]!.source.path).toEqual([0, 0]);
    expect(entries[9]!.source.path).toEqual([1]);
    for (const e of entries) {
      expect(e.score).toBeGreaterThan(0.45);
      expect(e.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('mapToTemplate on constructed reports', () => {
  const township = () => loadTemplate('township');

  it('leaves an unknown part as a custom section and finds 其他 by its word', () => {
    const p = parseReportText(
      ['一、主要举措和成效', '正文。', '二、党建引领', '正文。', '三、其他需要说明的事项', '正文。'].join('\n'),
    );
    expect(mapToTemplate(p, township()).map((e) => e.targetKey)).toEqual(['achievements', null, 'other']);
  });

  it('never maps two headings onto one template section', () => {
    const p = parseReportText(['一、存在的问题', '正文。', '二、存在的不足', '正文。'].join('\n'));
    const keys = mapToTemplate(p, township()).map((e) => e.targetKey);
    expect(keys.filter((k) => k === 'problems')).toHaveLength(1);
    expect(keys).toContain(null);
  });

  it('keeps the children of an unmatched part unmatched when the report has a part one', () => {
    const p = parseReportText(['一、主要举措和成效', '正文。', '二、党建引领', '（一）依法全面履行政府职能', '正文。'].join('\n'));
    expect(mapToTemplate(p, township(), 2024).map((e) => e.targetKey)).toEqual(['achievements', null, null]);
  });

  it('places a report’s own level-1 work areas under part one when it has no part-one heading', () => {
    const p = parseReportText(
      ['一、强化组织领导', '（一）健全责任体系', '正文。', '（二）完善依法行政制度体系', '正文。', '二、规范执法行为', '正文。', '三、存在的问题', '正文。'].join('\n'),
    );
    expect(mapToTemplate(p, township(), 2024).map((e) => e.targetKey)).toEqual([
      'achievements.custom#1',
      null,
      'achievements.rules',
      'achievements.enforcement',
      'problems',
    ]);
  });

  it('lets the report year choose the 纲要: 2020 and before, the 2015—2020 one', () => {
    const p = parseReportText(['一、主要举措和成效', '（一）依法全面履行政府职能', '正文。', '（二）强化对行政权力的制约和监督', '正文。'].join('\n'));
    expect(mapReportToTemplate(p, township(), 2020).entries.slice(1).map((e) => e.targetKey)).toEqual(['achievements.o2015.functions', 'achievements.o2015.oversight']);
    expect(mapReportToTemplate(p, township(), 2024).entries.slice(1).map((e) => e.targetKey)).toEqual(['achievements.functions', 'achievements.oversight']);
  });

  it('maps the eight areas even when their order is shuffled', () => {
    const areas = ['打造数字法治政府', '严格规范公正文明执法', '推进政府依法高效履职', '依法化解社会矛盾纠纷'];
    const p = parseReportText(['一、主要举措和成效', ...areas.map((a, k) => `（${'一二三四'[k]}）${a}`)].join('\n'));
    const mapping = mapReportToTemplate(p, township());
    expect(mapping.areaSet).toBe('outline2021');
    expect(mapping.entries.slice(1).map((e) => e.targetKey)).toEqual([
      'achievements.digital',
      'achievements.enforcement',
      'achievements.functions',
      'achievements.disputes',
    ]);
  });
});
