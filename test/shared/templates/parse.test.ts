import { describe, expect, it } from 'vitest';
import { parseTemplate, parseTemplateText, type TemplateParseResult } from '../../../shared/templates/parse';
import { pathText } from '../../../shared/templates/schema';
import { minimalTemplate } from './minimalTemplate';

const FILE = 'resources/templates/x.json';

function failure(result: TemplateParseResult) {
  if (result.ok) throw new Error('expected the template to be rejected');
  return result;
}

function broken(edit: (t: ReturnType<typeof minimalTemplate>) => void) {
  const t = minimalTemplate();
  edit(t);
  return failure(parseTemplate(t, FILE));
}

describe('parseTemplate', () => {
  it('accepts a valid template and keeps its data', () => {
    const result = parseTemplate(minimalTemplate(), FILE);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.template.id).toBe('mini');
      expect(result.template.areaSets[0]!.areas[1]!.title).toBe('制度建设');
    }
  });

  it('names the file and the field of a missing required field', () => {
    const r = broken((t) => {
      delete (t.sections[2] as Partial<(typeof t.sections)[2]>).title;
    });
    expect(r.message).toBe('模板文件 resources/templates/x.json 有误：sections[2].title 缺少必填字段');
    expect(r.issues).toEqual([{ field: 'sections[2].title', message: '缺少必填字段' }]);
  });

  it('names a field of the wrong type, deep inside an area set', () => {
    const r = broken((t) => {
      (t.areaSets[0]!.areas[1]! as { level: unknown }).level = '二';
    });
    expect(r.message).toContain('模板文件 resources/templates/x.json 有误：');
    expect(r.message).toContain('areaSets[0].areas[1].level 类型不对，应为数字');
  });

  it('rejects a sample without a source', () => {
    const r = broken((t) => {
      delete (t.areaSets[0]!.areas[0]!.samples[0] as { source?: unknown }).source;
    });
    expect(r.message).toContain('areaSets[0].areas[0].samples[0].source 缺少必填字段');
  });

  it('rejects misspelt fields, unknown placeholders, bad ranges and unknown unit kinds', () => {
    expect(broken((t) => Object.assign(t.sections[0]!, { keypoints: [] })).message).toContain(
      'sections[0] 有无法识别的字段 keypoints',
    );
    expect(broken((t) => (t.opening = '{年份}年，我乡……')).message).toContain('opening 含有未知的占位符');
    expect(broken((t) => (t.sections[1]!.typicalChars = { min: 500, max: 100 })).message).toContain(
      'sections[1].typicalChars min 不能大于 max',
    );
    expect(broken((t) => (t.unitKinds = ['village'])).message).toContain('unitKinds[0] 取值不对');
    expect(broken((t) => (t.sections[0]!.level = 5)).message).toContain('sections[0].level 不能大于 4');
  });

  it('checks the structure: unique keys, levels, key prefixes, area sets', () => {
    expect(broken((t) => (t.areaSets[1]!.areas[0]!.key = 'achievements.functions')).message).toContain(
      'areaSets[1].areas[0].key 键「achievements.functions」与 areaSets[0].areas[0] 重复',
    );
    expect(broken((t) => (t.areaSets[0]!.areas[0]!.level = 3)).message).toContain(
      'areaSets[0].areas[0].level 层级应为 2',
    );
    expect(broken((t) => (t.areaSets[0]!.areas[0]!.key = 'functions')).message).toContain(
      '键应以上级的键「achievements.」开头',
    );
    expect(broken((t) => (t.areaParent = 'missing')).message).toContain('areaParent 没有键为「missing」的一级部分');
    expect(broken((t) => (t.areaSets[0]!.default = false)).message).toContain('应恰好有一个标题方案标为 default');
    expect(
      broken((t) => t.areaSets[2]!.areas.push({ ...t.areaSets[2]!.areas[0]!, key: 'achievements.custom2' })).message,
    ).toContain('自定标题方案应恰好包含一个通用的下级部分');
    expect(
      broken((t) => t.sections[1]!.keyPoints.push({ id: 'study', text: '再学一次' })).message,
    ).toContain('sections[1].keyPoints[2].id 要点编号「study」重复');
  });

  it('lists at most five problems and counts the rest', () => {
    const r = broken((t) => {
      for (const s of t.sections) delete (s as { guidance?: string }).guidance;
      delete (t as { name?: string }).name;
      delete (t as { closing?: string }).closing;
    });
    expect(r.issues).toHaveLength(7);
    expect(r.message).toContain('另有 2 处问题');
  });
});

describe('parseTemplateText', () => {
  it('reports invalid JSON with the file and a line and column', () => {
    const text = '{\n  "id": "x",\n  "version": 1,\n}';
    const r = failure(parseTemplateText(text, FILE));
    expect(r.message).toBe('模板文件 resources/templates/x.json 有误：不是有效的 JSON（第 4 行第 1 列附近）');
  });

  it('reports a truncated file and a file that is not JSON at all', () => {
    expect(failure(parseTemplateText('{"id": "x", "sections": [', FILE)).message).toContain('文件不完整');
    expect(failure(parseTemplateText('', FILE)).message).toContain('不是有效的 JSON');
    expect(failure(parseTemplateText('{"id": }', FILE)).message).toMatch(/^模板文件 resources\/templates\/x\.json 有误：不是有效的 JSON/);
  });

  it('accepts a UTF-8 BOM and reports schema problems after parsing', () => {
    const good = `\uFEFF${JSON.stringify(minimalTemplate())}`;
    expect(parseTemplateText(good, FILE).ok).toBe(true);
    expect(failure(parseTemplateText('[]', FILE)).message).toBe(
      '模板文件 resources/templates/x.json 有误：类型不对，应为对象（{...}）',
    );
  });
});

describe('pathText', () => {
  it('writes zod paths as a reader would', () => {
    expect(pathText(['sections', 2, 'title'])).toBe('sections[2].title');
    expect(pathText(['areaSets', 0, 'areas', 3, 'samples', 1, 'source', 'seed'])).toBe(
      'areaSets[0].areas[3].samples[1].source.seed',
    );
    expect(pathText([])).toBe('');
  });
});
