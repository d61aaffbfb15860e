// The line breaker against what LibreOffice does with the exported .docx (each case measured
// in a render on this machine; the seeds and edge reports are compared in full by
// test/e2e/previewMatchesRender.test.ts).
import { describe, expect, it } from 'vitest';
import { breakLines, type LayoutRun } from '../../../../shared/export/layout/lineBreak';

const LINE = 8844 / 20;
const body = { size: 16, spacing: -0.25, width: LINE, firstIndent: 32 };
const CJK = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
const run = (text: string, font = 'body'): LayoutRun => ({ text, font, bold: false });
const lines = (text: string, geometry = body) => breakLines([run(text)], geometry).map((l) => Array.from(text).slice(l.start, l.end).join(''));

describe('breakLines', () => {
  it('sets 26 字 after the two-字 indent and 28 on the following lines', () => {
    const text = (CJK + CJK).slice(0, 60);
    const [first, second] = lines(text);
    expect(first).toHaveLength(26);
    expect(second).toHaveLength(28);
  });

  it('puts a fifth of a 字 between Chinese and Latin letters or digits, not at the start of a line', () => {
    // Measured: 「2023」 + 23 字 fill the indented first line; the 24th does not fit.
    expect(lines(`2023${CJK}`)[0]).toBe(`2023${CJK.slice(0, 23)}`);
    // 「甲2023」 + 22 字: two gaps.
    expect(lines(`甲2023${CJK}`)[0]).toBe(`甲2023${CJK.slice(0, 22)}`);
    // A line starting with digits has no gap before them, one after: 「11」 + 26 字.
    expect(lines(`${'壹'.repeat(26)}11${CJK}`)[1]).toBe(`11${CJK.slice(0, 26)}`);
    // No gap next to punctuation: 「100%」 then 「，」.
    const noGap = breakLines([run('达100%，')], { ...body, width: Infinity })[0];
    expect(noGap?.segments.map((s) => s.gapBefore)).toEqual([0, 3.2, 0]);
  });

  it('hangs a sentence mark past the margin rather than carry it down', () => {
    const [first, second] = breakLines([run(`${CJK.slice(0, 26)}、${CJK}`)], body);
    expect(first?.end).toBe(27);
    expect(first?.hangs).toBe(true);
    expect(second?.start).toBe(27);
  });

  it('never starts a line with a closing mark or ends one with an opening mark', () => {
    // 「”」 does not fit and cannot hang, so 「二”」 move down together.
    const closing = lines(`${CJK.slice(0, 25)}二”三四五`);
    expect(closing[1]?.startsWith('二”')).toBe(true);
    // 「《」 cannot end a line: it goes down with the title it opens.
    const opening = lines(`${CJK.slice(0, 25)}《法》是`);
    expect(opening[0]?.endsWith('《')).toBe(false);
    expect(opening[1]?.startsWith('《法》')).toBe(true);
  });

  it('keeps Latin words whole and breaks after spaces', () => {
    const text = 'The county government reviewed administrative enforcement files and published results online.';
    const out = lines(text);
    expect(out.length).toBeGreaterThan(1);
    for (const line of out.slice(0, -1)) expect(line.endsWith(' ')).toBe(true);
    expect(out.join('')).toBe(text);
  });

  it('gives every run its own portion and reports segments to draw', () => {
    const [line] = breakLines([run('（一）加强组织领导。', 'kai'), run('全年召开会议4次。')], { ...body, width: Infinity });
    expect(line?.segments.map((s) => [s.text, s.run, s.script])).toEqual([
      ['（一）加强组织领导。', 0, 'asian'],
      ['全年召开会议', 1, 'asian'],
      ['4', 1, 'latin'],
      ['次。', 1, 'asian'],
    ]);
  });

  it('cuts a word longer than the line where the line is full', () => {
    const out = lines('x'.repeat(200), { ...body, firstIndent: 0 });
    expect(out.length).toBeGreaterThan(2);
    expect(out.join('')).toBe('x'.repeat(200));
  });

  it('lays out an empty paragraph as one empty line', () => {
    expect(breakLines([], body)).toEqual([{ start: 0, end: 0, segments: [], width: 0, hangs: false }]);
  });
});
