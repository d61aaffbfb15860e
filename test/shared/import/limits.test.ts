// Structure limits: a text that yields more headings or parts than any real report is refused
// with a message that says how many and why; real reports (the five seeds, the real corpus's
// largest outlines) stay well inside.
import { describe, expect, it } from 'vitest';
import { toChineseNumeral } from '../../../shared/gongwen/numerals';
import { MAX_IMPORT_HEADINGS, MAX_IMPORT_PARTS, structureRefusal } from '../../../shared/import/limits';
import { parseReportText } from '../../../shared/import/parseText';
import { SEED_COUNT, seedText } from '../../helpers/seedReports';

/** `parts` 「一、」 parts, each with `subs` 「（一）」 headings and a sentence under each. */
function outline(parts: number, subs: number): string {
  const lines: string[] = ['某镇2024年法治政府建设情况报告'];
  for (let p = 1; p <= parts; p++) {
    lines.push(`${toChineseNumeral(p)}、工作${p}`);
    for (let s = 1; s <= subs; s++) lines.push(`（${toChineseNumeral(s)}）事项${s}`, '依法推进各项工作。');
  }
  return lines.join('\n');
}

const refusalOf = (text: string) => structureRefusal(parseReportText(text).sections);

describe('structure limits of an import', () => {
  it('accepts the seeds and an outline right at the limits', () => {
    for (let i = 0; i < SEED_COUNT; i++) expect(refusalOf(seedText(i)), `seed ${i}`).toBeNull();
    // 5 parts × 59 sub-headings = 300 headings.
    expect(refusalOf(outline(5, 59))).toBeNull();
    expect(refusalOf(outline(MAX_IMPORT_PARTS, 0))).toBeNull();
  });

  it('refuses one heading over the limit, saying how many it found and what a report has', () => {
    const message = refusalOf(outline(7, 43)); // 7 + 7 × 43 = 308
    expect(message).toContain('识别出 308 个标题（其中「一、」式一级标题 7 个）');
    expect(message).toContain(`一般不超过 ${MAX_IMPORT_HEADINGS} 个标题`);
    expect(message).toContain('请确认选择或粘贴的是年度报告的正文');
  });

  it('refuses more parts than a report has, even with few headings in all', () => {
    expect(refusalOf(outline(MAX_IMPORT_PARTS + 1, 0))).toContain(`一级标题 ${MAX_IMPORT_PARTS + 1} 个`);
  });

  it('refuses the 150,000 pasted headings of the red-team pass, counting them right', () => {
    const lines = Array.from({ length: 150_000 }, (_, k) => (k % 5 === 0 ? `${toChineseNumeral((k % 99) + 1)}、标题` : '（一）小标题'));
    expect(refusalOf(lines.join('\n'))).toContain('识别出 150,000 个标题');
  });
});
