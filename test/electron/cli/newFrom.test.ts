// `nianbao new --from <报告编号|文件> [--year]`: this year's report from last year's, by id or by a
// file imported first; what carried over is said; Chinese errors and non-zero exits.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './runCapture';
import { seedText } from '../../helpers/seedReports';
import { tempDataDir } from '../../helpers/tempDir';

describe('nianbao new --from', () => {
  it('imports last year’s file and makes the next year’s report from it; by id with --year', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, '盘龙彝族乡2023年报告.txt');
    writeFileSync(file, seedText(0));
    const data = path.join(dir, 'data');
    const r = await cli(['new', '--from', file, '--data-dir', data]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^已导入 .*盘龙彝族乡2023年报告\.txt 为报告 #1（2023年度）。$/);
    expect(lines[1]).toBe('已以2023年报告 #1 为基础新建2024年报告 #2：盘龙彝族乡2024年法治政府建设工作报告');
    expect(r.out).toContain('书名号、引号内的年份未改动');
    expect(r.out).toMatch(/署名「.+」沿用上年，请确认今年是否有变化/);

    const json = await cli(['new', '--from', '1', '--year', '2025', '--json', '--data-dir', data]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ id: 3, year: 2025, basedOn: 1, title: '盘龙彝族乡2025年法治政府建设工作报告' });
    const list = await cli(['list', '--data-dir', data]);
    expect(list.out).toContain('#3  2025年度');
  });

  it('fails with a Chinese message and a non-zero exit', async () => {
    const dir = tempDataDir();
    const data = path.join(dir, 'data');
    const file = path.join(dir, '2023.txt');
    writeFileSync(file, seedText(0));
    expect(await cli(['new', '--from', file, '--data-dir', data])).toMatchObject({ code: 0 });
    const noYear = path.join(dir, '无年度.txt');
    writeFileSync(noYear, '某乡人民政府\n一、主要举措和成效\n正文。\n');
    const cases: Array<[string[], RegExp, number]> = [
      [['new', '--from', '99'], /没有找到该报告/, 1],
      [['new', '--from', '1', '--year', '2023'], /应晚于/, 1],
      [['new', '--from', '1', '--year', '明年'], /--year/, 2],
      [['new', '--from', path.join(dir, '不存在.txt')], /找不到文件/, 1],
      [['new', '--from', noYear], /无法从文件中识别报告年度，请先用 nianbao import/, 2],
    ];
    for (const [args, message, code] of cases) {
      const r = await cli([...args, '--data-dir', data]);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.code, args.join(' ')).toBe(code);
    }
    expect((await cli(['list', '--json', '--data-dir', data])).out).toMatch(/^\[/);
    expect(JSON.parse((await cli(['list', '--json', '--data-dir', data])).out)).toHaveLength(2);
  });
});
