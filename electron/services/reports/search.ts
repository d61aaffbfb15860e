// Full-text search over every year's sections. The trigram tokenizer needs at least three
// characters; shorter Chinese queries (「复议」) fall back to LIKE, which is fine at this size.
import type { SearchHit } from '../../../shared/types';
import type { Db } from '../db/database';

const LIMIT = 50;

function snippetAround(body: string, query: string): string {
  const i = body.indexOf(query);
  if (i < 0) return body.slice(0, 60);
  const start = Math.max(0, i - 20);
  return `${start > 0 ? '…' : ''}${body.slice(start, i + query.length + 40)}${i + query.length + 40 < body.length ? '…' : ''}`;
}

export function searchSections(db: Db, query: string): SearchHit[] {
  const base = `SELECT s.id AS section_id, s.report_id, s.title, s.body, r.year, u.full_name
    FROM sections s JOIN reports r ON r.id = s.report_id JOIN units u ON u.id = r.unit_id
    WHERE s.deleted_at IS NULL AND `;
  type Row = { section_id: number; report_id: number; title: string; body: string; year: number; full_name: string };
  const rows: Row[] =
    [...query].length >= 3
      ? (db
          .prepare(`${base} s.id IN (SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?) ORDER BY r.year DESC LIMIT ${LIMIT}`)
          .all(`"${query.replace(/"/g, '""')}"`) as Row[])
      : (db
          .prepare(`${base} (instr(s.body, ?) > 0 OR instr(s.title, ?) > 0) ORDER BY r.year DESC LIMIT ${LIMIT}`)
          .all(query, query) as Row[]);
  return rows.map((r) => ({
    reportId: r.report_id,
    sectionId: r.section_id,
    year: r.year,
    unitName: r.full_name,
    sectionTitle: r.title,
    snippet: snippetAround(r.body, query),
  }));
}
