// Migration 003: areas of part one stop being required, and the empty area sections an import
// invented are removed where nobody touched them — never a section anyone typed into, renamed,
// marked or filled, and never in a report the wizard made (its outline is the writer's start).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/services/db/migrations';
import { DB_FILE } from '../../../../electron/services/store';
import { tempDataDir, tempStore } from '../../../helpers/tempDir';

const AT = '2025-03-01T08:00:00.000Z';

interface Row {
  key: string | null;
  title: string;
  body?: string;
  status?: string;
  notApplicable?: string;
  points?: string;
  required?: 0 | 1;
  parent?: string;
  /** Revisions as [title, body]; an import leaves one per section. */
  revisions?: Array<[string, string]>;
}

/** A version-1 database (migration 001 only; 002 and 003 run on opening) holding the given reports. */
function versionOne(reports: Array<{ kind: 'import' | 'wizard'; basedOn?: number; rows: Row[] }>): string {
  const dataDir = tempDataDir();
  const db = new Database(join(dataDir, DB_FILE));
  db.pragma('journal_mode = WAL');
  db.exec(MIGRATIONS[0]!);
  db.pragma('user_version = 1');
  db.prepare("INSERT INTO units (id, full_name, kind, created_at, updated_at) VALUES (1, '盘龙彝族乡人民政府', 'township', ?, ?)").run(AT, AT);
  reports.forEach((r, i) => {
    const reportId = i + 1;
    db.prepare('INSERT INTO reports (id, unit_id, year, template_id, template_version, based_on, created_at, updated_at) VALUES (?, 1, ?, ?, 1, ?, ?, ?)').run(
      reportId, 2023 + i, 'township', r.basedOn ?? null, AT, AT,
    );
    if (r.kind === 'import') db.prepare("INSERT INTO snapshots (report_id, kind, label, data, created_at) VALUES (?, 'import', '导入', '{}', ?)").run(reportId, AT);
    const ids = new Map<string, number>();
    r.rows.forEach((row, position) => {
      const info = db
        .prepare(
          `INSERT INTO sections (report_id, parent_id, position, level, template_key, title, body, status, not_applicable, checked_points, required, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(reportId, row.parent ? ids.get(row.parent)! : null, position, row.parent ? 2 : 1, row.key, row.title, row.body ?? '', row.status ?? 'empty', row.notApplicable ?? null, row.points ?? '[]', row.required ?? 1, AT);
      const id = Number(info.lastInsertRowid);
      ids.set(row.title, id);
      for (const [title, body] of row.revisions ?? []) {
        db.prepare("INSERT INTO revisions (section_id, kind, title, body, created_at, updated_at) VALUES (?, 'import', ?, ?, ?, ?)").run(id, title, body, AT, AT);
      }
    });
  });
  db.close();
  return dataDir;
}

const PART_ONE: Row = { key: 'achievements', title: '工作开展情况', status: 'review', revisions: [['工作开展情况', '']] };
const untouched = (key: string, title: string, extra: Partial<Row> = {}): Row => ({ key, title, parent: '工作开展情况', revisions: [[title, '']], ...extra });

describe('migration 003: areas are guidance', () => {
  it('removes the untouched invented areas of imports (and of reports made from them), keeps everything touched', async () => {
    const dataDir = versionOne([
      {
        kind: 'import',
        rows: [
          PART_ONE,
          { key: 'achievements.custom#1', title: '加强组织领导', body: '成立领导小组。', status: 'review', parent: '工作开展情况', revisions: [['加强组织领导', '成立领导小组。']] },
          { key: 'achievements.enforcement', title: '严格执法', body: '持证率100%。', status: 'review', parent: '工作开展情况', revisions: [['严格执法', '持证率100%。']] },
          untouched('achievements.functions', '推进政府依法高效履职'),
          untouched('achievements.rules', '加强依法行政制度建设', { revisions: [['加强依法行政制度建设', ''], ['加强依法行政制度建设', '写过又删掉的一段']] }),
          untouched('achievements.decisions', '依法决策（改过标题）', { revisions: [['推进依法科学民主决策', '']] }),
          untouched('achievements.emergencies', '依法应对重大突发事件', { notApplicable: '本乡未发生突发事件' }),
          untouched('achievements.disputes', '依法化解社会矛盾纠纷', { points: '["mediation"]' }),
          untouched('achievements.oversight', '强化行政权力制约监督', { status: 'done' }),
          untouched('achievements.digital', '打造数字法治政府'),
          { key: null, title: '小标题', required: 0, parent: '打造数字法治政府', revisions: [['小标题', '']] },
          { key: 'problems', title: '存在的问题', revisions: [['存在的问题', '']] },
        ],
      },
      { kind: 'wizard', basedOn: 1, rows: [PART_ONE, untouched('achievements.functions', '推进政府依法高效履职', { status: 'review' })] },
      { kind: 'wizard', rows: [{ ...PART_ONE, revisions: [] }, untouched('achievements.functions', '推进政府依法高效履职', { revisions: [] })] },
    ]);
    const store = await tempStore({ dataDir });
    const titles = (id: number) => store.reports.open(id).sections.map((s) => s.title);
    // Report 1: only 推进政府依法高效履职 was invented and never touched.
    expect(titles(1)).toEqual([
      '工作开展情况', '加强组织领导', '严格执法', '加强依法行政制度建设', '依法决策（改过标题）', '依法应对重大突发事件',
      '依法化解社会矛盾纠纷', '强化行政权力制约监督', '打造数字法治政府', '小标题', '存在的问题',
    ]);
    // Report 2 was made from the import for the next year: its copy of the invented area goes too.
    expect(titles(2)).toEqual(['工作开展情况']);
    // Report 3 came from the wizard: its outline stays, no longer required.
    const wizard = store.reports.open(3).sections;
    expect(wizard.map((s) => [s.title, s.required])).toEqual([['工作开展情况', true], ['推进政府依法高效履职', false]]);
    // Nothing under part one is required any more; the parts are.
    const required = store.db.prepare("SELECT template_key AS key FROM sections WHERE required = 1 ORDER BY id").all() as Array<{ key: string }>;
    expect(required.map((r) => r.key)).toEqual(['achievements', 'problems', 'achievements', 'achievements']);
    // The full-text index follows the delete.
    expect(store.db.prepare("SELECT count(*) AS n FROM sections_fts WHERE sections_fts MATCH '\"依法高效履职\"'").get()).toEqual({ n: 1 });
  });
});
