// The big database the storage benchmarks run against: 10 years × 20 units' reports, each with 20
// sections of Chinese text, 200 revisions and 3 whole-report snapshots — a heavy user after a
// decade. Built once with direct inserts (the schema comes from the real migrations) and cached
// under .bench/ keyed by FIXTURE_KEY; every case works on its own copy.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../../electron/services/db/migrations';
import { DB_FILE, openStore } from '../../electron/services/store';
import { latencySummary } from './stats';
import type { BenchContext } from './types';

export const YEARS = 10;
export const UNITS = 20;
export const SECTIONS_PER_REPORT = 20;
export const REVISIONS_PER_REPORT = 200;
export const SNAPSHOTS_PER_REPORT = 3;
export const FIRST_YEAR = 2016;

/** Change the first part when the fixture's content changes; the schema version is appended. */
export const FIXTURE_KEY = `big-v1-schema${LATEST_SCHEMA_VERSION}`;

export interface FixtureInfo {
  key: string;
  dbPath: string;
  reports: number;
  sections: number;
  revisions: number;
  snapshots: number;
  megabytes: number;
  buildSeconds: number;
}

const PHRASES = [
  '坚持以习近平新时代中国特色社会主义思想为指导', '深入学习贯彻习近平法治思想', '认真落实党政主要负责人履行推进法治建设第一责任人职责',
  '全面推进依法行政', '加快建设法治政府', '严格规范公正文明执法', '深化行政执法体制改革', '全面推行行政执法公示制度',
  '执法全过程记录制度和重大执法决定法制审核制度', '加强行政规范性文件监督管理', '健全依法决策机制', '推进政务公开',
  '全年共办理行政复议案件', '行政机关负责人出庭应诉率达到百分之百', '扎实开展“八五”普法', '推动法治宣传教育进机关、进乡村、进社区、进学校、进企业、进单位',
  '健全矛盾纠纷多元化解机制', '调解各类矛盾纠纷', '调解成功率达', '持续优化法治化营商环境', '统筹推进乡村振兴', '加强基层法治队伍建设',
];

/** A deterministic generator, so every build of the fixture is the same. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function chineseText(random: () => number, chars: number): string {
  let out = '';
  let sentence = 0;
  while (out.length < chars) {
    out += PHRASES[Math.floor(random() * PHRASES.length)]!;
    if (random() < 0.3) out += `${Math.floor(random() * 900 + 10)}件`;
    sentence++;
    out += sentence % 4 === 0 ? '。\n' : '，';
  }
  return `${out.slice(0, chars)}。`;
}

/** Path of the cached fixture, building it first if needed (a minute or so). */
export async function bigFixture(ctx: BenchContext): Promise<FixtureInfo> {
  const dir = join(ctx.cacheDir, `fixture-${FIXTURE_KEY}`);
  const marker = join(dir, 'ready.json');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as FixtureInfo;
  ctx.log(`building the benchmark fixture ${FIXTURE_KEY} …`);
  const started = performance.now();
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const counts = await fill(building);
  rmSync(join(building, 'backups'), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  const dbPath = join(dir, DB_FILE);
  const info: FixtureInfo = {
    key: FIXTURE_KEY,
    dbPath,
    ...counts,
    megabytes: Number((statSync(dbPath).size / 1024 / 1024).toFixed(1)),
    buildSeconds: Number(((performance.now() - started) / 1000).toFixed(1)),
  };
  writeFileSync(marker, JSON.stringify(info, null, 2));
  ctx.log(`fixture built: ${JSON.stringify(info)}`);
  return info;
}

async function fill(dir: string) {
  const random = prng(20251210);
  const iso = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day, 2, 0, 0)).toISOString();
  const store = await openStore({ dataDir: dir, clock: { now: () => new Date(2026, 0, 5, 9, 0, 0) } });
  const db = store.db;
  const counts = { reports: 0, sections: 0, revisions: 0, snapshots: 0 };
  const insertUnit = db.prepare(
    `INSERT INTO units (full_name, short_name, kind, superior, signature_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReport = db.prepare(
    `INSERT INTO reports (unit_id, year, template_id, template_version, title, addressee, opening, closing, signature_name,
       signature_date, heading_style, based_on, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'standalone', ?, ?, ?)`,
  );
  const insertSection = db.prepare(
    `INSERT INTO sections (report_id, parent_id, position, level, template_key, title, body, status, required, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRevision = db.prepare('INSERT INTO revisions (section_id, kind, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertSnapshot = db.prepare('INSERT INTO snapshots (report_id, kind, label, data, created_at) VALUES (?, ?, ?, ?, ?)');

  const unitIds: number[] = [];
  db.transaction(() => {
    for (let u = 0; u < UNITS; u++) {
      const township = u < 14;
      const name = township ? `第${u + 1}乡人民政府` : `县第${u - 13}局`;
      const info = insertUnit.run(name, name, township ? 'township' : 'department', '县人民政府', name, iso(FIRST_YEAR, 0, 1), iso(FIRST_YEAR, 0, 1));
      unitIds.push(Number(info.lastInsertRowid));
    }
  })();

  const previous = new Map<number, number>();
  // One transaction per year, so the full-text index is built as a real one grows: in pieces.
  for (let y = 0; y < YEARS; y++) {
    const year = FIRST_YEAR + y;
    const reportIds: number[] = [];
    db.transaction(() => {
      for (const unitId of unitIds) {
        const at = iso(year + 1, 0, 10);
        const title = `关于${year}年度法治政府建设情况的报告`;
        const r = insertReport.run(unitId, year, unitId <= 14 ? 'township' : 'department', title, '县人民政府', chineseText(random, 120), '特此报告。', '', `${year + 1}年1月10日`, previous.get(unitId) ?? null, at, at);
        const reportId = Number(r.lastInsertRowid);
        previous.set(unitId, reportId);
        reportIds.push(reportId);
        counts.reports++;
        // 4 parts with 4 subsections each: 20 sections, ~9,000 characters in all.
        const sectionIds: number[] = [];
        let parent: number | null = null;
        for (let s = 0; s < SECTIONS_PER_REPORT; s++) {
          const top = s % 5 === 0;
          const body = chineseText(random, top ? 120 : 500 + Math.floor(random() * 500));
          const info = insertSection.run(reportId, top ? null : parent, top ? s / 5 : (s % 5) - 1, top ? 1 : 2, `k${s}`, `第${s + 1}部分`, body, 'done', top ? 1 : 0, at);
          const id = Number(info.lastInsertRowid);
          if (top) parent = id;
          sectionIds.push(id);
          counts.sections++;
        }
        // 200 revisions: 10 per section, drafts growing towards the final text.
        for (let k = 0; k < REVISIONS_PER_REPORT; k++) {
          const sectionId = sectionIds[k % SECTIONS_PER_REPORT]!;
          const step = Math.floor(k / SECTIONS_PER_REPORT) + 1;
          const body = chineseText(random, 60 * step + 40);
          insertRevision.run(sectionId, k % 37 === 0 ? 'export' : 'autosave', `第${(k % SECTIONS_PER_REPORT) + 1}部分`, body, at, at);
          counts.revisions++;
        }
      }
    })();
    // Snapshots hold the whole report as JSON, as HistoryRepo.snapshot writes them.
    db.transaction(() => {
      for (const reportId of reportIds) {
        const data = JSON.stringify(store.reports.open(reportId));
        for (let k = 0; k < SNAPSHOTS_PER_REPORT; k++) {
          insertSnapshot.run(reportId, k === 0 ? 'export' : 'snapshot', `版本${k + 1}`, data, iso(year + 1, 0, 10 + k));
          counts.snapshots++;
        }
      }
    })();
  }
  await store.close();
  return counts;
}

/** A data folder holding a fresh copy of the big fixture. */
export async function bigDataDir(ctx: BenchContext): Promise<{ dataDir: string; fixture: FixtureInfo }> {
  const fixture = await bigFixture(ctx);
  const dataDir = ctx.tempDir('年报 基准');
  copyFileSync(fixture.dbPath, join(dataDir, DB_FILE));
  return { dataDir, fixture };
}

/**
 * Forces every file under `dir` to disk. Copying the fixture and taking the start-up backup leave
 * ~200 MB for the kernel to write back; measured saves would otherwise queue their fsyncs behind it.
 */
export function flushFiles(dir: string): void {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      flushFiles(full);
      continue;
    }
    const fd = openSync(full, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/** The floor under any durable commit here: latency of a 16 KB write + fsync in `dir`. */
export function fsyncLatency(dir: string, rounds = 300) {
  const file = join(dir, 'fsync-probe.bin');
  const fd = openSync(file, 'w');
  const block = Buffer.alloc(16 * 1024, 7);
  const samples: number[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      const t = performance.now();
      writeSync(fd, block, 0, block.length, (i % 64) * block.length);
      fsyncSync(fd);
      samples.push(performance.now() - t);
    }
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
  const { p50_ms, p99_ms } = latencySummary(samples);
  return { fsync_p50_ms: p50_ms, fsync_p99_ms: p99_ms };
}
