import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, handlerEnv } from '../../../../electron/services/api/handlers';
import { LEXICON_FILE, TERMS_FILE, TITLES_FILE, loadCheckRules, rulesDir } from '../../../../electron/services/checks/rules';
import { repoRoot } from '../../../helpers/seedReports';
import { tempDataDir, tempStore } from '../../../helpers/tempDir';
import { storeSeed } from './storedReports';

const shipped = path.join(repoRoot, 'resources', 'rules', TERMS_FILE);

/** A rules folder with the shipped rule files but `file`, which holds `content` (absent: no file). */
function rulesFolder(content?: string, file = TERMS_FILE): string {
  const dir = path.join(tempDataDir('规则 测试'), 'rules');
  mkdirSync(dir);
  for (const other of [TERMS_FILE, TITLES_FILE, LEXICON_FILE]) {
    if (other !== file) copyFileSync(path.join(path.dirname(shipped), other), path.join(dir, other));
  }
  if (content !== undefined) writeFileSync(path.join(dir, file), content, 'utf8');
  return dir;
}

describe('loadCheckRules', () => {
  it('loads the shipped terms from the repository', () => {
    expect(rulesDir()).toBe(path.dirname(shipped));
    const { terms, problems } = loadCheckRules(rulesDir());
    expect(problems).toEqual([]);
    expect(terms.map((t) => t.term)).toContain('党的十九大精神');
    expect(terms.length).toBeGreaterThan(5);
  });

  it('an explicit folder wins, and a BOM from Notepad is accepted', () => {
    const dir = rulesFolder();
    writeFileSync(path.join(dir, TERMS_FILE), `\uFEFF${JSON.stringify({ version: 1, terms: [{ term: '七五普法', validFrom: '2016', validTo: '2020', suggestion: '八五普法', source: '规划' }] })}`);
    expect(rulesDir(dir)).toBe(dir);
    expect(loadCheckRules(dir)).toMatchObject({ terms: [expect.objectContaining({ term: '七五普法' })], problems: [] });
  });

  it('a missing file, bad JSON or a bad entry: no terms and one problem naming the file', () => {
    const missing = loadCheckRules(rulesFolder());
    expect(missing.terms).toEqual([]);
    expect(missing.problems).toHaveLength(1);
    expect(missing.problems[0]!.message).toMatch(/规则文件 .*terms\.json 不存在，本次审校不检查过时提法。$/);

    const badJson = loadCheckRules(rulesFolder('{ "version": 1, "terms": [ }'));
    expect(badJson.terms).toEqual([]);
    expect(badJson.problems[0]!.message).toMatch(/terms\.json 有误：规则文件不是有效的 JSON（第 1 行第 28 列附近），本次审校/);

    const truncated = loadCheckRules(rulesFolder('{ "version": 1, "terms": [ { "term": "七五普法"\n'));
    expect(truncated.problems[0]!.message).toContain('规则文件不是有效的 JSON（文件不完整，可能缺少结尾的括号）');
    const secondLine = loadCheckRules(rulesFolder('{ "version": 1,\n  "terms": [ x ] }'));
    expect(secondLine.problems[0]!.message).toContain('规则文件不是有效的 JSON（第 2 行第 14 列附近）');
    // No English from the JSON engine reaches the user.
    expect(secondLine.problems[0]!.message.split('有误：')[1]!.replace('JSON', '')).not.toMatch(/[A-Za-z]/);

    const badEntry = loadCheckRules(rulesFolder(JSON.stringify({ version: 1, terms: [{ term: '七五普法', validFrom: '2016', suggestion: '八五普法', source: '规划' }, { term: '', validTo: 'x', suggestion: '' }] })));
    expect(badEntry.terms).toEqual([]);
    const message = badEntry.problems[0]!.message;
    // Each problem names the entry and where it is in the file (the one-line JSON: column only).
    expect(message).toContain('第2项（term）（第 1 行第 100 列）：词语不能为空');
    expect(message).toContain('第2项（validTo）（第 1 行第 113 列）：日期应写作 YYYY、YYYY-MM 或 YYYY-MM-DD');
    expect(message).toMatch(/第2项（source）（第 1 行第 92 列）：[^A-Za-z；]+；?/);
  });

  it('a broken titles.json or lexicon.json is named with its line and column; the other files still load', () => {
    const titles = loadCheckRules(rulesFolder('{\n  "version": 1,\n  "titles": [\n    { "title": "《宪法》", "example": "x", "source": "" }\n  ]\n}', TITLES_FILE));
    expect(titles.titles).toEqual([]);
    expect(titles.lexicon.confusables.length).toBeGreaterThan(0);
    expect(titles.terms.length).toBeGreaterThan(0);
    expect(titles.problems).toHaveLength(1);
    const message = titles.problems[0]!.message;
    expect(message).toMatch(/titles\.json 有误：/);
    expect(message).toContain('第1项（source）（第 4 行第 50 列）：请注明依据（source）');
    expect(message).toContain('第1项（第 4 行第 5 列）：文件名称不带书名号');
    expect(message).toMatch(/，本次审校不核对文件名称。$/);

    const lexicon = loadCheckRules(rulesFolder('{ "version": 1,\n "confusables": [ { "wrong": "确实", } ] }', LEXICON_FILE));
    expect(lexicon.lexicon.confusables).toEqual([]);
    expect(lexicon.titles.length).toBeGreaterThan(0);
    expect(lexicon.problems[0]!.message).toContain('lexicon.json 有误：规则文件不是有效的 JSON（第 2 行第 36 列附近）');
    expect(lexicon.problems[0]!.message).toMatch(/本次审校不检查易混用词、重复字和网站水印。$/);
  });

  it('summarises a file with many errors after the first five', () => {
    const entries = Array.from({ length: 8 }, () => ({ term: '某词', suggestion: '', validFrom: '2020' }));
    const { problems } = loadCheckRules(rulesFolder(JSON.stringify({ version: 1, terms: entries })));
    expect(problems[0]!.message).toMatch(/另有 3 处错误，本次审校不检查过时提法。$/);
    expect(problems[0]!.message.match(/第\d项/g)).toHaveLength(5);
  });
});

describe('check rules in the handler table', () => {
  it('with a broken rules file the app still starts, checks run without term rules and the problem is reported', async () => {
    const store = await tempStore();
    const report = storeSeed(store, 0);
    const good = createHandlers(store, handlerEnv('test'));
    const broken = createHandlers(store, handlerEnv('test', undefined, rulesFolder('不是 JSON')));

    const rules = await broken.getCheckRules({});
    expect(rules.terms).toEqual([]);
    expect(rules.problems).toHaveLength(1);
    expect(rules.problems[0]!.message).toContain('有误');
    expect((await good.getCheckRules({})).problems).toEqual([]);

    const withTerms = await good.checkReport({ id: report.id });
    const withoutTerms = await broken.checkReport({ id: report.id });
    expect(withTerms.problems).toEqual([]);
    expect(withoutTerms.problems).toEqual([rules.problems[0]!.message]);
    // Seed 000's 128/150 ≠ 86% is found either way; only the term rules are off.
    for (const r of [withTerms, withoutTerms]) expect(r.open.some((f) => f.rule === 'rate-mismatch')).toBe(true);
    const termRules = (list: typeof withTerms.open) => list.filter((f) => f.rule === 'stale-term' || f.rule === 'expected-term');
    expect(termRules(withTerms.open).length).toBeGreaterThan(0);
    expect(termRules(withoutTerms.open)).toEqual([]);
    expect(withoutTerms.open.length).toBe(withTerms.open.length - termRules(withTerms.open).length);
  });

  it('copies of the shipped file in a folder load the same terms', () => {
    const dir = rulesFolder();
    copyFileSync(shipped, path.join(dir, TERMS_FILE));
    expect(loadCheckRules(dir).terms).toEqual(loadCheckRules(rulesDir()).terms);
  });
});
