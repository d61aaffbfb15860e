// `nianbao export <id> --out <file>`: exit codes, messages on stderr in Chinese, the written file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/services/store';
import { tempDataDir } from '../../helpers/tempDir';
import { paragraphs, unpackDocx } from '../services/export/ooxml';
import { cli, runBin } from './runCapture';

/** A new report made through the CLI in a fresh data folder, and an empty output folder named `outName`. */
async function newReport(outName: string): Promise<{ dir: string; outDir: string; id: number }> {
  const dir = tempDataDir();
  const created = await cli(['new', '--unit', '三星镇人民政府', '--kind', 'township', '--year', '2024', '--json', '--data-dir', dir]);
  expect(created.code).toBe(0);
  return { dir, outDir: tempDataDir(outName), id: (JSON.parse(created.out) as { id: number }).id };
}

describe('nianbao export', () => {
  it('writes the .docx named by --out (extension added) and says where, as text and JSON', async () => {
    const { dir, outDir, id } = await newReport('导出 命令行');

    const target = path.join(outDir, '三星镇 报告');
    const res = await cli(['export', String(id), '--out', target, '--data-dir', dir]);
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(new RegExp(`^已导出：${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.docx（\\d+ KB）$`));
    const docx = await unpackDocx(readFileSync(`${target}.docx`));
    const texts = paragraphs(docx.document).map((p) => p.text);
    expect(texts[0]!.replace(/\n/g, '')).toBe('三星镇人民政府关于2024年度法治政府建设情况的报告');
    // A new report's parts are all empty: left out, unless --keep-empty.
    expect(texts.some((t) => t.startsWith('一、'))).toBe(false);
    const kept = await cli(['export', String(id), '--out', path.join(outDir, '保留空白'), '--keep-empty', '--data-dir', dir]);
    expect(kept.code).toBe(0);
    const keptTexts = paragraphs((await unpackDocx(readFileSync(path.join(outDir, '保留空白.docx')))).document).map((p) => p.text);
    expect(keptTexts.some((t) => t.startsWith('一、'))).toBe(true);

    // A second export replaces the first; --json gives the path and size.
    const json = await cli(['export', String(id), '--out', `${target}.docx`, '--json', '--data-dir', dir]);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out) as { path: string; bytes: number; warning: string | null };
    expect(result).toEqual({ path: `${target}.docx`, bytes: readFileSync(`${target}.docx`).byteLength, warning: null });

    // The first export left a version; the second, of the same text, added none.
    const store = await openStore({ dataDir: dir });
    try {
      expect(store.versions.list(id).map((s) => [s.kind, s.label])).toEqual([['export', '导出：三星镇 报告.docx']]);
    } finally {
      await store.close();
    }
  });

  it('a relative --out is taken from the working folder', async () => {
    const { dir, outDir, id } = await newReport('导出 相对');
    const cwd = process.cwd();
    process.chdir(outDir);
    try {
      const res = await cli(['export', String(id), '--out', '报告.docx', '--data-dir', dir]);
      expect(res.code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(readFileSync(path.join(outDir, '报告.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('exit 2 for wrong arguments, 1 for a failed export, with the reason in Chinese; an old file survives', async () => {
    const { dir, outDir, id } = await newReport('导出 错误');
    const good = path.join(outDir, 'a.docx');
    const cases: Array<[string[], RegExp, number]> = [
      [['export', '--out', good, '--data-dir', dir], /请给出报告编号/, 2],
      [['export', 'abc', '--out', good, '--data-dir', dir], /请给出报告编号/, 2],
      [['export', String(id), '--data-dir', dir], /请用 --out 给出导出文件/, 2],
      [['export', '99', '--out', good, '--data-dir', dir], /没有找到该报告/, 1],
      [['export', String(id), '--out', path.join(outDir, '没有这个文件夹', 'a.docx'), '--data-dir', dir], /目标文件夹不存在或不是文件夹/, 1],
    ];
    for (const [args, message, code] of cases) {
      const res = await cli(args);
      expect(res.code, args.join(' ')).toBe(code);
      expect(res.err, args.join(' ')).toMatch(message);
      expect(res.out).toBe('');
    }
    // A folder where the file should be: the previous content of the folder is left alone.
    const folder = path.join(outDir, '同名文件夹.docx');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'inside.txt'), 'keep');
    const res = await cli(['export', String(id), '--out', folder, '--data-dir', dir]);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/目标位置是一个文件夹/);
    expect(readFileSync(path.join(folder, 'inside.txt'), 'utf8')).toBe('keep');
  });

  it('runs as the real bin (built CLI): exit 0 with the file, exit 1 with the reason', async () => {
    const { dir, outDir, id } = await newReport('导出 bin');
    const target = path.join(outDir, '报告.docx');
    const ok = await runBin(['export', String(id), '--out', target, '--data-dir', dir]);
    expect(ok.stdout).toContain(`已导出：${target}`);
    const docx = await unpackDocx(readFileSync(target));
    expect(paragraphs(docx.document)[0]!.text.replace(/\n/g, '')).toBe('三星镇人民政府关于2024年度法治政府建设情况的报告');
    const failed = await runBin(['export', String(id), '--out', path.join(outDir, '无', 'a.docx'), '--data-dir', dir]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/目标文件夹不存在/);
  });
});
