import { describe, expect, it } from 'vitest';
import { layoutWidth as textWidth } from '../../../shared/export/measure';
import { TITLE_CHARS_PER_LINE, breakTitleLines, titleTokens } from '../../../shared/export/titleLines';

const joined = (lines: string[]) => lines.join('');

describe('breakTitleLines', () => {
  it('keeps a title that fits on one line', () => {
    expect(breakTitleLines('盘龙彝族乡2023年法治政府建设工作报告')).toEqual(['盘龙彝族乡2023年法治政府建设工作报告']);
  });

  it('breaks a two-line title into balanced lines at a word boundary', () => {
    const lines = breakTitleLines('XX乡人民政府关于2024年度法治政府建设情况的报告');
    expect(lines).toEqual(['XX乡人民政府关于2024年度', '法治政府建设情况的报告']);
  });

  it('prefers the upright trapezoid when the balance allows it', () => {
    expect(breakTitleLines('南通市海门区三星镇人民政府关于2024年度法治政府建设工作情况的报告')).toEqual([
      '南通市海门区三星镇人民政府关于',
      '2024年度法治政府建设工作情况的报告',
    ]);
  });

  it('never splits a 《》 title, a number with its 年度, or puts 的 at a line start', () => {
    const title = '关于贯彻落实《法治政府建设实施纲要》情况的报告';
    expect(breakTitleLines(title)).toEqual(['关于贯彻落实', '《法治政府建设实施纲要》情况的报告']);
    // A 《》 title wider than a 2号 line (20.8 字 with the digit gaps) is cut between its words.
    const long = '关于贯彻落实《法治政府建设实施纲要（2021—2025年）》情况的报告';
    expect(breakTitleLines(long)).toEqual(['关于贯彻落实《法治政府建设实施', '纲要（2021—2025年）》情况的报告']);
    for (const t of ['XX县XX局关于2024年度法治政府建设情况的报告', 'XX县XX镇人民政府XX县XX镇党委2024年度法治政府建设情况的报告']) {
      for (const line of breakTitleLines(t)) {
        expect(line).not.toMatch(/^(的|年|度)/);
        expect(line).not.toMatch(/\d$/);
      }
    }
  });

  it('splits a long title into three lines, none wider than 20 字, no hourglass', () => {
    const title = '中共盘龙乡委员会盘龙乡人民政府关于2024年度法治政府建设和党政主要负责人履行推进法治建设第一责任人职责情况的报告';
    const lines = breakTitleLines(title);
    expect(lines).toEqual(['中共盘龙乡委员会盘龙乡人民政府关于', '2024年度法治政府建设和党政主要负责人', '履行推进法治建设第一责任人职责情况的报告']);
    expect(joined(lines)).toBe(title);
    const widths = lines.map(textWidth);
    for (const w of widths) expect(w).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(4);
    const [a = 0, b = 0, c = 0] = widths;
    expect(b < a && b < c).toBe(false);
  });

  it('keeps Latin words whole with their spaces', () => {
    const lines = breakTitleLines('Annual Report on the Construction of a Government under the Rule of Law 2024');
    expect(lines.join(' ')).toBe('Annual Report on the Construction of a Government under the Rule of Law 2024');
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
  });

  it('keeps line breaks the user typed and cuts a single over-long token', () => {
    expect(breakTitleLines('第一行\n第二行')).toEqual(['第一行', '第二行']);
    const long = `《${'很'.repeat(30)}》`;
    const lines = breakTitleLines(long);
    expect(joined(lines)).toBe(long);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
  });

  it('tokenises with punctuation kept on the right side of a break', () => {
    expect(titleTokens('关于2024年度的报告（草稿）')).toEqual(['关于', '2024年度的', '报告', '（草稿）']);
  });
});
