import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTemplates, templatesDir } from '../../../../electron/services/templates/loader';
import { makeTempDir } from '../../../helpers/tempDir';
import { templatesResourceDir } from '../../../helpers/seedText';
import { minimalTemplate } from '../../../shared/templates/minimalTemplate';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A temp folder (Chinese name with a space, as on users' PCs) holding the shipped templates. */
function dirWithShippedTemplates(): string {
  const dir = makeTempDir('模板 测试');
  dirs.push(dir);
  for (const f of ['township.json', 'department.json']) {
    copyFileSync(path.join(templatesResourceDir, f), path.join(dir, f));
  }
  return dir;
}

describe('loadTemplates', () => {
  it('loads the shipped templates from the repository', () => {
    const { templates, problems } = loadTemplates(templatesDir());
    expect(problems).toEqual([]);
    expect(templates.map((t) => t.id)).toEqual(['department', 'township']);
  });

  it('reports bad JSON, a missing field and a wrong type by file and field, and loads the rest', () => {
    const dir = dirWithShippedTemplates();
    writeFileSync(path.join(dir, 'a-bad-json.json'), '{\n  "id": "x",\n  "version": 1,\n}', 'utf8');
    const missing = minimalTemplate() as Record<string, unknown>;
    delete missing.titlePattern;
    writeFileSync(path.join(dir, 'b-missing.json'), JSON.stringify(missing, null, 2), 'utf8');
    const wrongType = minimalTemplate();
    (wrongType.sections[1] as { required: unknown }).required = '是';
    writeFileSync(path.join(dir, 'c-wrong-type.json'), JSON.stringify(wrongType), 'utf8');
    writeFileSync(path.join(dir, 'notes.txt'), 'not a template', 'utf8');
    mkdirSync(path.join(dir, 'old.json'));

    const { templates, problems } = loadTemplates(dir);
    expect(templates.map((t) => t.id)).toEqual(['department', 'township']);
    expect(problems.map((p) => path.basename(p.file))).toEqual(['a-bad-json.json', 'b-missing.json', 'c-wrong-type.json']);
    const [bad, miss, wrong] = problems.map((p) => p.message);
    expect(bad).toBe(`模板文件 ${path.join(dir, 'a-bad-json.json')} 有误：不是有效的 JSON（第 4 行第 1 列附近）`);
    expect(miss).toBe(`模板文件 ${path.join(dir, 'b-missing.json')} 有误：titlePattern 缺少必填字段`);
    expect(wrong).toBe(`模板文件 ${path.join(dir, 'c-wrong-type.json')} 有误：sections[1].required 类型不对，应为布尔值（true 或 false）`);
  });

  it('skips a second template with an id already loaded', () => {
    const dir = dirWithShippedTemplates();
    const copy = JSON.parse(readFileSync(path.join(dir, 'township.json'), 'utf8')) as { version: number };
    copy.version = 9;
    writeFileSync(path.join(dir, 'zz-township-copy.json'), JSON.stringify(copy), 'utf8');
    const { templates, problems } = loadTemplates(dir);
    expect(templates.find((t) => t.id === 'township')!.version).toBe(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/zz-township-copy\.json 有误：id 「township」与 .*township\.json 重复/);
  });

  it('reports a missing folder instead of throwing', () => {
    const dir = path.join(dirWithShippedTemplates(), '没有这个文件夹');
    const { templates, problems } = loadTemplates(dir);
    expect(templates).toEqual([]);
    expect(problems).toEqual([{ file: dir, message: `模板文件夹 ${dir} 不存在，没有可用的报告模板。` }]);
  });

  it('shows paths inside the working directory relative to it', () => {
    const dir = path.join(process.cwd(), 'out', `template-test-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    dirs.push(dir);
    writeFileSync(path.join(dir, 'x.json'), '{', 'utf8');
    const { problems } = loadTemplates(dir);
    const rel = path.relative(process.cwd(), path.join(dir, 'x.json')).split(path.sep).join('/');
    expect(problems[0]!.message).toBe(`模板文件 ${rel} 有误：不是有效的 JSON（文件不完整，可能缺少结尾的括号）`);
  });
});

describe('templatesDir', () => {
  it('prefers an explicit folder and otherwise finds the repository resources', () => {
    expect(templatesDir('some/where')).toBe(path.resolve('some/where'));
    expect(templatesDir()).toBe(templatesResourceDir);
  });
});
