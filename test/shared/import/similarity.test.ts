import { describe, expect, it } from 'vitest';
import { bestAssignment } from '../../../shared/import/mapToTemplate';
import { bareTitle, bigramDice, conceptsOf, titleSimilarity } from '../../../shared/import/similarity';

describe('bigramDice', () => {
  it('is 1 for equal strings, 0 for disjoint ones, and counts shared bigrams', () => {
    expect(bigramDice('依法决策', '依法决策')).toBe(1);
    expect(bigramDice('执法', '监督')).toBe(0);
    // 依法 法决 决策 vs 依法 法执 执法: one shared bigram of 3 + 3.
    expect(bigramDice('依法决策', '依法执法')).toBeCloseTo(2 / 6);
    expect(bigramDice('', '执法')).toBe(0);
  });
});

describe('bareTitle', () => {
  it('drops placeholders, years, digits and punctuation', () => {
    expect(bareTitle('{年度}年度推进法治政府建设的主要举措和成效')).toBe('推进法治政府建设的主要举措和成效');
    expect(bareTitle('2024年工作计划')).toBe('工作计划');
    expect(bareTitle('（一）依法调处社会矛盾，维护社会公平正义')).toBe('一依法调处社会矛盾维护社会公平正义');
  });
});

describe('titleSimilarity', () => {
  it('recognises the same part named in other words', () => {
    expect(conceptsOf('存在不足和原因')).toEqual(new Set(['problems']));
    expect(titleSimilarity('存在问题', '{年度}年度推进法治政府建设存在的不足和原因')).toBeGreaterThan(0.7);
    for (const plan of ['下一步工作思路', '2024年工作计划', '下一步工作打算', '下一年度推进法治政府建设的计划安排']) {
      expect(titleSimilarity(plan, '{下一年度}年度推进法治政府建设的主要安排'), plan).toBeGreaterThan(0.7);
      expect(titleSimilarity(plan, '{年度}年度推进法治政府建设存在的不足和原因'), plan).toBeLessThan(0.45);
    }
    expect(
      titleSimilarity('主要负责人履行推进法治建设第一责任人职责情况', '党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况'),
    ).toBeGreaterThan(0.9);
  });

  it('tells apart areas that share only common words', () => {
    const enforcement = titleSimilarity('严格规范公正文明执法情况', '健全行政执法工作体系，全面推进严格规范公正文明执法');
    const decisions = titleSimilarity('严格规范公正文明执法情况', '健全行政决策制度体系，不断提升行政决策公信力和执行力');
    expect(enforcement).toBeGreaterThan(0.8);
    expect(decisions).toBeLessThan(0.45);
  });
});

describe('bestAssignment', () => {
  it('maximises the total rather than taking each row greedily', () => {
    // Greedy would give row 0 column 0 (0.9) and leave row 1 with nothing above the threshold.
    const picks = bestAssignment([[0.9, 0.8], [0.85, 0.1]], 2);
    expect(picks).toEqual([1, 0]);
  });

  it('leaves rows unmatched under the threshold and never reuses a column', () => {
    expect(bestAssignment([[0.3, 0.2], [0.9, 0.1], [0.95, 0.1]], 2)).toEqual([null, null, 0]);
  });
});
