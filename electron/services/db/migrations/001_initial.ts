// Schema version 1: units, reports, sections, revisions, snapshots, settings, full-text search.
export default `
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  full_name TEXT NOT NULL UNIQUE,
  short_name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('township', 'department')),
  superior TEXT NOT NULL DEFAULT '',
  signature_name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
  year INTEGER NOT NULL,
  template_id TEXT NOT NULL DEFAULT '',
  template_version INTEGER NOT NULL DEFAULT 0,
  title TEXT NOT NULL DEFAULT '',
  addressee TEXT NOT NULL DEFAULT '',
  opening TEXT NOT NULL DEFAULT '',
  closing TEXT NOT NULL DEFAULT '',
  signature_name TEXT NOT NULL DEFAULT '',
  signature_date TEXT NOT NULL DEFAULT '',
  heading_style TEXT NOT NULL DEFAULT 'standalone',
  based_on INTEGER REFERENCES reports(id) ON DELETE SET NULL,
  settings TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX reports_unit_year ON reports(unit_id, year);

CREATE TABLE sections (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  template_key TEXT,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'empty' CHECK (status IN ('empty', 'draft', 'review', 'done')),
  not_applicable TEXT,
  checked_points TEXT NOT NULL DEFAULT '[]',
  required INTEGER NOT NULL DEFAULT 0,
  -- Soft delete keeps a removed section's text and history until the report itself is deleted,
  -- so 「撤销删除」 works and nothing typed is lost.
  deleted_at TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX sections_report ON sections(report_id, parent_id, position);

CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX revisions_section ON revisions(section_id, id);

CREATE TABLE snapshots (
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  data TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX snapshots_report ON snapshots(report_id, id);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE VIRTUAL TABLE sections_fts USING fts5(
  title, body, content='sections', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER sections_fts_insert AFTER INSERT ON sections BEGIN
  INSERT INTO sections_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER sections_fts_delete AFTER DELETE ON sections BEGIN
  INSERT INTO sections_fts(sections_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER sections_fts_update AFTER UPDATE OF title, body ON sections BEGIN
  INSERT INTO sections_fts(sections_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO sections_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
`;
