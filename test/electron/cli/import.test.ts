// `nianbao import`: prints the new report's id and the mapping; Chinese errors, non-zero exits.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedText } from '../../helpers/seedReports';
import { tempDataDir } from '../../helpers/tempDir';
import { CORPUS_DIR, VALID_DIR } from '../services/import/hostileCorpus';
import { cli } from './runCapture';

describe('nianbao import', () => {
  it('imports a .docx and prints the report id and the mapping table', async () => {
    const dir = tempDataDir();
    const r = await cli(['import', path.join(VALID_DIR, 'sample.docx'), '--data-dir', dir]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('已导入报告 #1：XX县XX镇人民政府关于2024年度法治政府建设情况的报告');
    expect(lines[1]).toBe('单位：XX县XX镇人民政府  年度：2024  模板：乡镇人民政府法治政府建设年度报告');
    expect(lines).toContain('  主要举措和成效 → 主要举措和成效');
    expect(lines).toContain('    推进政府依法高效履职 → 推进政府依法高效履职');
    expect(lines).toContain('  下一年度推进法治政府建设的主要安排 → 下一年度推进法治政府建设的主要安排');

    const show = await cli(['show', '1', '--data-dir', dir]);
    expect(show.out).toContain('（一）推进政府依法高效履职  [待核对');
  });

  it('takes --year, --unit, --template and prints JSON', async () => {
    const dir = tempDataDir();
    const file = path.join(dir, '报告.txt');
    writeFileSync(file, seedText(4));
    const r = await cli(['import', file, '--year', '2023', '--unit', '苍溪县乡村振兴局', '--template', 'department', '--json', '--data-dir', path.join(dir, 'data')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { reportId: number; year: number; unit: string; template: { id: string }; mapping: Array<{ source: string; targetKey: string | null }> };
    expect(out).toMatchObject({ reportId: 1, year: 2023, unit: '苍溪县乡村振兴局', template: { id: 'department' } });
    expect(out.mapping[0]).toMatchObject({ source: '主要工作举措和成效', targetKey: 'achievements' });
  });

  it('fails with a Chinese message and a non-zero exit, writing nothing', async () => {
    const dir = tempDataDir();
    const noUnit = path.join(dir, '无单位.txt');
    writeFileSync(noUnit, '一、主要举措和成效\n正文。\n');
    const cases: Array<[string[], RegExp, number]> = [
      [['import'], /请给出要导入的文件/, 2],
      [['import', path.join(dir, '不存在.docx')], /找不到文件/, 1],
      [['import', path.join(CORPUS_DIR, 'encrypted.docx')], /文件已加密/, 1],
      [['import', path.join(CORPUS_DIR, 'zip-bomb.docx')], /压缩炸弹/, 1],
      [['import', noUnit], /--unit/, 2],
      [['import', noUnit, '--unit', '某乡人民政府'], /--year/, 2],
      [['import', noUnit, '--year', '二〇二四'], /--year/, 2],
      [['import', noUnit, '--kind', 'city'], /township/, 2],
    ];
    for (const [args, message, code] of cases) {
      const r = await cli([...args, '--data-dir', path.join(dir, 'data')]);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.out).toBe('');
    }
    const list = await cli(['list', '--json', '--data-dir', path.join(dir, 'data')]);
    expect(JSON.parse(list.out)).toEqual([]);
    expect(readFileSync(noUnit, 'utf8')).toBe('一、主要举措和成效\n正文。\n');
  });

  it('reads standard input for 「-」: content decides the format; refuses past 50 MB without reading on', async () => {
    const dir = tempDataDir();
    async function* chunks(...parts: Uint8Array[]) {
      for (const p of parts) yield p;
    }
    const docx = readFileSync(path.join(VALID_DIR, 'sample.docx'));
    const fromDocx = await cli(['import', '-', '--json', '--data-dir', dir], chunks(docx.subarray(0, 1000), docx.subarray(1000)));
    expect(fromDocx.err).toBe('');
    expect(JSON.parse(fromDocx.out)).toMatchObject({ reportId: 1, year: 2024 });
    const fromText = await cli(['import', '-', '--data-dir', dir], chunks(Buffer.from(seedText(4))));
    expect(fromText.out).toMatch(/^已导入报告 #2/);

    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(8 * 1024 * 1024);
      }
    }
    const tooBig = await cli(['import', '-', '--data-dir', dir], endless());
    expect(tooBig).toMatchObject({ code: 1, out: '' });
    expect(tooBig.err).toContain('文件超过 50 MB');
    expect(pulled).toBe(7);

    const noStdin = await cli(['import', '-', '--data-dir', dir]);
    expect(noStdin.err).toContain('此处没有标准输入');
    expect(JSON.parse((await cli(['list', '--json', '--data-dir', dir])).out)).toHaveLength(2);
  });
});
