// `nianbao check`: seeds and a clean report written into a temp data folder through the store
// API, then checked by the CLI over the same folder.
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/services/store';
import type { Finding } from '../../../shared/checks';
import { tempDataDir } from '../../helpers/tempDir';
import { storeCleanReport, storeSeed } from '../services/checks/storedReports';
import { cli, runBin } from './runCapture';

/** A data folder holding seed 000 (#1), a clean report (#2) and seed 003 (#3). */
async function dataDir(): Promise<string> {
  const dir = tempDataDir();
  const store = await openStore({ dataDir: dir, awaitStartupBackup: true });
  storeSeed(store, 0);
  storeCleanReport(store);
  storeSeed(store, 3);
  await store.close();
  return dir;
}

describe('nianbao check', () => {
  it('exit code 1 with 错误, listing severity, place, message and excerpt; 0 without', async () => {
    const dir = await dataDir();
    const seed = await cli(['check', '1', '--data-dir', dir]);
    expect(seed.code).toBe(1);
    expect(seed.err).toBe('');
    expect(seed.out).toMatch(/^#1 .+\n错误 \d+ · 警告 \d+ · 提示 \d+/);
    // Seed 000's rate: 128 of 150 is 85.3%, not 86%.
    expect(seed.out).toMatch(/\[错误\] [^\n]+ 第\d+段\n {2}[^\n]*86%[^\n]*\n {2}「[^」\n]*86%/);
    expect(seed.out).toContain('[警告]');
    // The rules for real reports are listed too: seed 000's 「2023年来」 and its stale wording.
    expect(seed.out).toContain('“2023年来”应为“2023年以来”');
    expect(seed.out).toContain('建议改为“习近平法治思想”');

    const clean = await cli(['check', '2', '--data-dir', dir]);
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/^#2 某某镇人民政府关于2024年度法治政府建设情况的报告\n错误 0 · /);

    const seed3 = await cli(['check', '3', '--data-dir', dir]);
    expect(seed3.code).toBe(1);
    expect(seed3.out).toContain('2020317日');
  });

  it('--json gives the counts and findings; ignoring every 错误 turns the exit code to 0', async () => {
    const dir = await dataDir();
    const r = await cli(['check', '1', '--json', '--data-dir', dir]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { reportId: number; counts: Record<string, number>; findings: Finding[]; ignored: Finding[] };
    expect(json.reportId).toBe(1);
    const errors = json.findings.filter((f) => f.severity === 'error');
    expect(json.counts.error).toBe(errors.length);
    expect(errors.map((f) => f.rule)).toContain('rate-mismatch');
    expect(json.ignored).toEqual([]);

    const store = await openStore({ dataDir: dir });
    for (const f of errors) store.reports.setFindingIgnored(1, f.id, true);
    await store.close();
    const after = await cli(['check', '1', '--json', '--data-dir', dir]);
    expect(after.code).toBe(0);
    const afterJson = JSON.parse(after.out) as typeof json;
    expect(afterJson.counts.error).toBe(0);
    expect(afterJson.ignored.map((f) => f.id).sort()).toEqual(errors.map((f) => f.id).sort());
    expect((await cli(['check', '1', '--data-dir', dir])).out).toContain(`（另有 ${errors.length} 项已忽略）`);
  });

  it('usage errors exit 2, an unknown report 1', async () => {
    const dir = await dataDir();
    for (const args of [['check'], ['check', 'abc'], ['check', '0'], ['check', '1', '2']]) {
      const r = await cli([...args, '--data-dir', dir]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/请给出一个报告编号/);
      expect(r.out).toBe('');
    }
    const missing = await cli(['check', '99', '--data-dir', dir]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/没有找到该报告/);
    expect((await cli(['--help'])).out).toContain('check <报告编号>');
  });

  it('runs as the real bin with its exit codes', async () => {
    const dir = await dataDir();
    const failed = await runBin(['check', '1', '--data-dir', dir]).catch((e: { code: number; stdout: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toContain('[错误]');
    const ok = await runBin(['check', '2', '--data-dir', dir]);
    expect(ok.stdout).toContain('错误 0');
  });
});
