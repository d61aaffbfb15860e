// SIGKILL during version creation and restore (issue 14): after each kill the file passes
// integrity_check and its full-text index matches, the report is exactly one of the two states
// (fully before or fully after a restore, never a mix), every stored version reads back whole and
// is one of them, and no committed version is missing. CRASH_VERSION_KILLS to change the count,
// CRASH_SEED to repeat a run.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { textKey, versionContentOf } from '../../../../shared/versions/content';
import { parseVersionContent } from '../../../../electron/services/db/rowMappers';
import { ReportRepo } from '../../../../electron/services/reports/reportRepo';
import { tempDataDir } from '../../../helpers/tempDir';
import { Child, bundleChild, copyDatabase, rng, sleep } from './harness';

const KILLS = Number(process.env.CRASH_VERSION_KILLS ?? 60);
const SEED = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : Date.now() & 0x7fffffff;
const CHILD = fileURLToPath(new URL('./versionChild.ts', import.meta.url));

function check(copy: string, committedVersions: number): string[] {
  const db = new Database(copy);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return [`integrity_check: ${String(integrity)}`];
    const problems: string[] = [];
    const hasReport = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'snapshots'").get() as { n: number };
    if (hasReport.n === 0) return [];
    try {
      db.prepare("INSERT INTO sections_fts(sections_fts) VALUES ('integrity-check')").run();
    } catch (err) {
      problems.push(`full-text index does not match the sections: ${(err as Error).message}`);
    }
    const versions = db.prepare('SELECT label, data, chars, text_key FROM snapshots ORDER BY id').all() as Array<{ label: string; data: string; chars: number; text_key: string }>;
    const a = versions.find((v) => v.label === '甲');
    const b = versions.find((v) => v.label === '乙');
    if (!a || !b) return versions.length > 2 ? ['the two states are missing'] : problems;
    const states = new Map([
      [textKey(parseVersionContent(a.data)), '甲'],
      [textKey(parseVersionContent(b.data)), '乙'],
    ]);
    const reportId = (db.prepare('SELECT id FROM reports').get() as { id: number }).id;
    const now = versionContentOf(new ReportRepo(db, () => new Date().toISOString()).open(reportId));
    if (!states.has(textKey(now))) problems.push('the report is neither state: a restore was torn');
    for (const v of versions) {
      const key = textKey(parseVersionContent(v.data));
      if (!states.has(key)) problems.push(`version 「${v.label}」 holds neither state`);
      if (v.text_key !== key) problems.push(`version 「${v.label}」: its text key does not match its data`);
    }
    if (versions.length < committedVersions) problems.push(`${versions.length} versions, but ${committedVersions} were committed`);
    return problems;
  } finally {
    db.close();
  }
}

describe('crash: SIGKILL during version creation and restore', () => {
  it(
    `after each of ${KILLS} kills the report is fully one state and every committed version is there`,
    async () => {
      const bundled = await bundleChild(CHILD);
      const dataDir = tempDataDir('年报 版本 崩溃');
      const scratch = mkdtempSync(join(tmpdir(), '年报 版本校验 '));
      const random = rng(SEED);
      const failures: string[] = [];
      let restores = 0;
      let committedVersions = 0;
      let next = new Child(bundled, dataDir);
      try {
        for (let round = 0; round < KILLS; round++) {
          const child = next;
          if (round + 1 < KILLS) next = new Child(bundled, dataDir);
          try {
            await child.waitFor((l) => l === 'loaded', 120_000);
            child.send(`go ${round}`);
            await child.waitFor((l) => l.startsWith('committed '), 60_000);
            // Up to a few restores in: the kill lands inside a transaction as often as between two.
            await sleep(random() * 80);
          } catch (err) {
            failures.push(`round ${round}: ${(err as Error).message}`);
          }
          child.proc.kill('SIGKILL');
          await child.exited;
          for (const line of child.lines) {
            if (line.startsWith('committed restore')) restores++;
            const m = /^committed version (\d+)$/.exec(line);
            if (m) committedVersions = Math.max(committedVersions, Number(m[1]));
          }
          const copy = copyDatabase(dataDir, scratch);
          for (const p of copy ? check(copy, committedVersions) : ['the database file is gone']) failures.push(`round ${round} (seed ${SEED}): ${p}`);
          if (failures.length > 10) break;
        }
      } finally {
        next.proc.kill('SIGKILL');
        await next.exited;
        rmSync(scratch, { recursive: true, force: true });
      }
      console.info(`[crash] ${KILLS} kills during versions: ${restores} restores and ${committedVersions} versions committed, seed ${SEED}`);
      expect(failures).toEqual([]);
      // The kills must land among restores, not only before them.
      expect(restores).toBeGreaterThan(KILLS);
    },
    KILLS * 4_000 + 60_000,
  );
});
