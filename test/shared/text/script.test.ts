import { describe, expect, it } from 'vitest';
import { foldScript, toSimplified } from '../../../shared/text/script';

// The traditional-script hints, one by one: each must send its text through the converter.
const HINTS = '們來個這會時發與為對從動區縣鄉鎮將黨務設關當據應導職權規範執監體責報計劃開幹還進過處義實現經樣機條態組織領學習貫徹議論訊訴調級參問題構網頁瀏覽號碼書類適準則國屆戰綱產';

describe('script', () => {
  it('reads a traditional text in simplified script, wherever the hint stands', () => {
    expect(toSimplified('本鎮法治政府建設工作報告')).toBe('本镇法治政府建设工作报告');
    expect(toSimplified(`${'依法行政'.repeat(200)}黨`)).toBe(`${'依法行政'.repeat(200)}党`);
    for (const hint of HINTS) expect(toSimplified(`法治${hint}`), hint).not.toBe(`法治${hint}`);
  });

  it('returns a simplified text as it is, and folds keeping every offset', () => {
    const simplified = '一、2024年法治政府建设情况\n（一）推进依法行政。';
    expect(toSimplified(simplified)).toBe(simplified);
    expect(foldScript(simplified)).toBe(simplified);
    const traditional = '一、推進依法行政\n（二）嚴格規範執法';
    expect(foldScript(traditional)).toHaveLength(traditional.length);
    expect(foldScript(traditional)).toBe('一、推进依法行政\n（二）严格规范执法');
  });
});
