// The shipped template files: they load through the schema, and every sample paragraph comes from
// the seed it names (after folding punctuation and whitespace, and undoing the listed repairs).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTemplateSections } from '../../../shared/templates/instantiate';
import { parseTemplateText } from '../../../shared/templates/parse';
import type { Template, TemplateSection } from '../../../shared/templates/schema';
import { normalizePunctuation } from '../../../shared/text/punctuation';
import { sampleProblem, templatesResourceDir } from '../../helpers/seedText';

const files = readdirSync(templatesResourceDir)
  .filter((f) => f.endsWith('.json'))
  .sort();

function load(file: string): Template {
  const result = parseTemplateText(readFileSync(path.join(templatesResourceDir, file), 'utf8'), file);
  if (!result.ok) throw new Error(result.message);
  return result.template;
}

const templates = new Map(files.map((f) => [f, load(f)]));
const byId = (id: string): Template => {
  const t = [...templates.values()].find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

/** Texts a user reads: titles, guidance, key points, samples. */
function readableTexts(t: Template): Array<{ where: string; text: string }> {
  const out = [
    { where: 'name', text: t.name },
    { where: 'description', text: t.description },
    { where: 'addresseeHint', text: t.addresseeHint },
    { where: 'opening', text: t.opening },
    { where: 'closing', text: t.closing },
  ];
  for (const set of t.areaSets) out.push({ where: `areaSets.${set.id}`, text: set.name + set.description });
  for (const s of allTemplateSections(t)) {
    out.push({ where: `${s.key}.title`, text: s.title }, { where: `${s.key}.guidance`, text: s.guidance });
    if (s.basis) out.push({ where: `${s.key}.basis`, text: s.basis });
    s.keyPoints.forEach((p) => out.push({ where: `${s.key}.keyPoints.${p.id}`, text: p.text }));
    s.samples.forEach((p, i) => out.push({ where: `${s.key}.samples[${i}]`, text: p.text }));
  }
  return out;
}

const PAIRS: Array<[string, string]> = [['“', '”'], ['《', '》'], ['（', '）'], ['〈', '〉']];

describe('template files in resources/templates', () => {
  it('include the township and the department template, each for its unit kind', () => {
    expect(files).toEqual(expect.arrayContaining(['township.json', 'department.json']));
    expect(byId('township').unitKinds).toEqual(['township']);
    expect(byId('department').unitKinds).toEqual(['department']);
  });

  it.each(files)('%s loads through the schema', (file) => {
    const text = readFileSync(path.join(templatesResourceDir, file), 'utf8');
    const result = parseTemplateText(text, file);
    expect(result.ok ? 'ok' : result.message).toBe('ok');
  });

  it.each(files)('%s: every sample names its source and is found in that seed', (file) => {
    const t = templates.get(file)!;
    const failures: string[] = [];
    let count = 0;
    for (const s of allTemplateSections(t)) {
      s.samples.forEach((sample, i) => {
        count += 1;
        const problem = sampleProblem(sample);
        if (problem) failures.push(`${s.key}.samples[${i}]: ${problem}`);
      });
    }
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(20);
  });

  it.each(files)('%s: user-facing text is clean full-width Chinese with paired marks', (file) => {
    const failures: string[] = [];
    for (const { where, text } of readableTexts(templates.get(file)!)) {
      if (/[,;:?!()"]/.test(text)) failures.push(`${where}: 含半角标点`);
      if (normalizePunctuation(text) !== text) failures.push(`${where}: normalizePunctuation 会改动`);
      if (/[ \t\u3000]|\n\n|^\s|\s$/.test(text)) failures.push(`${where}: 含多余空白`);
      for (const [open, close] of PAIRS) {
        if (text.split(open).length !== text.split(close).length) failures.push(`${where}: ${open}${close} 不成对`);
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(files)('%s: guidance is 2–5 sentences and required sections have key points', (file) => {
    const t = templates.get(file)!;
    const failures: string[] = [];
    for (const s of allTemplateSections(t)) {
      const sentences = s.guidance.split(/[。！？]/).filter((x) => x.length > 0).length;
      if (sentences < 2 || sentences > 5) failures.push(`${s.key}: ${sentences} 句`);
      const isFrame = s.key === t.areaParent || s.mayBeNone === true;
      if (s.required && !isFrame && s.keyPoints.length === 0) failures.push(`${s.key}: 没有要点`);
    }
    expect(failures).toEqual([]);
  });

  it.each(files)('%s: each area of part one offers at least two samples', (file) => {
    const t = templates.get(file)!;
    const thin = t.areaSets
      .flatMap((set) => set.areas)
      .filter((a) => a.samples.length < 2)
      .map((a) => `${a.key}: ${a.samples.length}`);
    expect(thin).toEqual([]);
  });
});

describe('the township template', () => {
  const t = byId('township');
  const titles = (list: TemplateSection[]) => list.map((s) => s.title);

  it('has the five parts in order, the last required but allowed to be none', () => {
    expect(titles(t.sections)).toEqual([
      '主要举措和成效',
      '党政主要负责人履行推进法治建设第一责任人职责情况',
      '存在的不足和原因',
      '下一年度推进法治政府建设的主要安排',
      '其他需要报告的情况',
    ]);
    expect(t.sections.every((s) => s.required)).toBe(true);
    expect(t.sections[4]!.mayBeNone).toBe(true);
    expect(t.sections.slice(0, 4).some((s) => s.mayBeNone)).toBe(false);
  });

  it('offers the eight 2021 areas by default, the seven 2015 areas and custom headings', () => {
    expect(t.areaSets.map((s) => s.id)).toEqual(['outline2021', 'outline2015', 'custom']);
    const d = t.areaSets.find((s) => s.default)!;
    expect(d.id).toBe('outline2021');
    expect(titles(d.areas)).toEqual([
      '推进政府依法高效履职',
      '加强依法行政制度建设',
      '推进依法科学民主决策',
      '严格规范公正文明执法',
      '依法应对重大突发事件',
      '依法化解社会矛盾纠纷',
      '强化行政权力制约监督',
      '打造数字法治政府',
    ]);
    const o15 = t.areaSets.find((s) => s.id === 'outline2015')!;
    expect(titles(o15.areas)).toEqual([
      '依法全面履行政府职能',
      '完善依法行政制度体系',
      '推进行政决策科学化、民主化、法治化',
      '坚持严格规范公正文明执法',
      '强化对行政权力的制约和监督',
      '依法有效化解社会矛盾纠纷',
      '全面提高政府工作人员法治思维和依法行政能力',
    ]);
  });

  it('asks the first-responsibility part for 述法, 学法 and 亲自过问', () => {
    const duty = t.sections.find((s) => s.key === 'duty')!;
    const points = duty.keyPoints.map((p) => p.text).join('\n');
    for (const word of ['年终述法', '带头学法', '亲自过问']) expect(points).toContain(word);
  });
});

describe('the department template', () => {
  const t = byId('department');

  it('defaults to the department areas of seed 004 plus a slot for the own line of work', () => {
    const d = t.areaSets.find((s) => s.default)!;
    expect(d.id).toBe('department');
    const joined = d.areas.map((a) => a.title).join('|');
    for (const word of ['组织领导', '学习', '法律服务', '普法', '决策', '公示', '维稳', '主责主业']) {
      expect(joined).toContain(word);
    }
    expect(t.areaSets.map((s) => s.id).sort()).toEqual(['custom', 'department', 'outline2015', 'outline2021']);
  });

  it('has the same five-part frame as the township template', () => {
    const frame = (x: Template) => x.sections.map((s) => [s.key, s.title, s.required, s.mayBeNone ?? false]);
    expect(frame(t)).toEqual(frame(byId('township')));
  });
});

describe('tracing a sample to its seed', () => {
  const source = { unit: '浩口乡', year: 2020, seed: '003' };
  const oath = '二是严格落实宪法宣誓制度。我乡对人大选举产生的国家工作人员均进行了宪法宣誓，有力增强了国家工作人员使命感、责任感和荣誉感。';
  const fix = { seed: '是严格落实宪法宣誓制度。', text: '二是严格落实宪法宣誓制度。' };

  it('accepts cleaned punctuation and a listed repair', () => {
    expect(sampleProblem({ text: oath, source, fixes: [fix] })).toBeNull();
    // Half-width in the seed, full-width in the sample: 「(含村)」 → 「（含村）」.
    const counsel = '政府聘请重庆星空律师事务所律师张仲文为全乡（含村）法律顾问，为乡人民调解和行政执法提供指导。';
    expect(sampleProblem({ text: counsel, source })).toBeNull();
  });

  it('rejects an unlisted repair, a changed word or mark, and a wrong source', () => {
    expect(sampleProblem({ text: oath, source })).toMatch(/找不到/);
    expect(sampleProblem({ text: oath.replace('荣誉感', '自豪感'), source, fixes: [fix] })).toMatch(/找不到/);
    // The seed has a comma after 宣誓: a full stop there is a change, not a cleaning.
    const stop = '均进行了宪法宣誓。有力增强了国家工作人员使命感';
    expect(sampleProblem({ text: stop, source })).toMatch(/找不到/);
    expect(sampleProblem({ text: stop.replace('。', '，'), source })).toBeNull();
    expect(sampleProblem({ text: '对人大选举产生的国家工作人员', source: { ...source, year: 2021 } })).toMatch(/seed 003/);
    expect(sampleProblem({ text: '对人大选举产生的国家工作人员', source: { ...source, seed: '009' } })).toMatch(/不存在/);
  });

  it('rejects repairs that change nothing or that the seed does not need', () => {
    const text = '我乡对人大选举产生的国家工作人员均进行了宪法宣誓，有力增强了';
    expect(sampleProblem({ text, source, fixes: [{ seed: '我乡', text: '我乡' }] })).toMatch(/前后相同/);
    expect(sampleProblem({ text, source, fixes: [{ seed: '宪法宣誓,', text: '宪法宣誓，' }] })).toMatch(/多余/);
    expect(sampleProblem({ text, source, fixes: [{ seed: '人大', text: '人民' }] })).toMatch(/恰好出现一次/);
  });
});
