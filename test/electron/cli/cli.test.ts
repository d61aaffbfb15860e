import { describe, expect, it } from 'vitest';
import { tempDataDir } from '../../helpers/tempDir';
import { cli, runBin } from './runCapture';

describe('nianbao CLI', () => {
  it('new, list and show, as text and JSON', async () => {
    const dir = tempDataDir();
    const created = await cli(['new', '--unit', '三星镇人民政府', '--kind', 'township', '--year', '2024', '--json', '--data-dir', dir]);
    expect(created.code).toBe(0);
    const report = JSON.parse(created.out) as { id: number; year: number; sections: unknown[] };
    expect(report.year).toBe(2024);
    expect(report.sections.length).toBeGreaterThan(0);

    const list = await cli(['list', '--data-dir', dir]);
    expect(list.code).toBe(0);
    expect(list.out).toContain('三星镇人民政府');
    expect(list.out).toContain(`#${report.id}  2024年度`);

    const listJson = await cli(['list', '--json', '--data-dir', dir]);
    expect(JSON.parse(listJson.out)).toHaveLength(1);

    const show = await cli(['show', String(report.id), '--data-dir', dir]);
    expect(show.code).toBe(0);
    expect(show.out).toContain('一、主要举措和成效');
  });

  it('reports errors on stderr in Chinese with a non-zero exit', async () => {
    const dir = tempDataDir();
    const cases: Array<[string[], RegExp, number]> = [
      [['show', '99', '--data-dir', dir], /没有找到该报告/, 1],
      [['show', '--data-dir', dir], /请给出报告编号/, 2],
      [['new', '--unit', '某乡', '--kind', 'city', '--year', '2025', '--data-dir', dir], /township/, 2],
      [['new', '--unit', '某乡', '--kind', 'township', '--year', '1800', '--data-dir', dir], /请求的数据不完整/, 1],
      [['frobnicate', '--data-dir', dir], /未知命令/, 2],
      [['list', '--bogus'], /参数有误/, 2],
      [[], /用法/, 2],
    ];
    for (const [args, message, code] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.out).toBe('');
    }
  });

  it('shows control characters from stored text instead of sending them to the terminal', async () => {
    const dir = tempDataDir();
    // C1 controls are legal XML, so they pass the contract: U+009B is CSI, U+007F DEL.
    const name = '某镇\u009b2J人民\u007f政府';
    expect((await cli(['new', '--unit', name, '--kind', 'township', '--year', '2024', '--data-dir', dir])).code).toBe(0);
    const list = await cli(['list', '--data-dir', dir]);
    expect(list.out).toContain('某镇\\u009b2J人民\\u007f政府');
    expect(list.out).not.toMatch(/[\u007f-\u009f]/);
    // JSON output still reads back to the stored text.
    const json = await cli(['list', '--json', '--data-dir', dir]);
    expect(json.out).not.toMatch(/[\u007f-\u009f]/);
    expect(JSON.stringify(JSON.parse(json.out))).toContain(JSON.stringify(name).slice(1, -1));
  });

  it('runs as the real bin with exit codes', async () => {
    const dir = tempDataDir();
    const ok = await runBin(['new', '--unit', '浩口乡人民政府', '--kind', 'township', '--year', '2020', '--data-dir', dir]);
    expect(ok.stdout).toMatch(/已新建报告 #1/);
    const failed = await runBin(['show', '42', '--data-dir', dir]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/没有找到该报告/);
  });

  it('honours NIANBAO_DATA_DIR', async () => {
    const dir = tempDataDir();
    await runBin(['new', '--unit', '白沙镇人民政府', '--kind', 'township', '--year', '2020'], { env: { ...process.env, NIANBAO_DATA_DIR: dir } });
    const { stdout } = await runBin(['list', '--json', '--data-dir', dir]);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });
});
