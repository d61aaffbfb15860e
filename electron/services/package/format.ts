// The report package (.nianbao), format 1: one small SQLite file holding one report — its unit,
// sections and 审校 settings — and optionally its versions, as JSON documents read back through
// the restore layer. SQLite because a backup is SQLite too: one defensive reader serves both.
//   PRAGMA application_id  'NBPK' (a package, not a data file or a backup)
//   PRAGMA user_version    the format version (a newer one is refused with its own message)
//   manifest(key, value)   format, appVersion, createdAt, withHistory, checksum (sha256 of the
//                          documents below, so a file damaged in copying or edited is refused)
//   report(id = 1, data)   the report document
//   versions(…, data)      one document per version, oldest first
import { createHash } from 'node:crypto';
import type { Db } from '../db/database';

/** 'NBPK' */
export const PACKAGE_APP_ID = 0x4e42504b;
export const PACKAGE_FORMAT = 1;
export const PACKAGE_FORMAT_NAME = 'nianbao-report';

export const MAX_PACKAGE_VERSIONS = 2000;
/** Longest document in a package (characters): a report with every limit reached. */
export const MAX_DOCUMENT_CHARS = 8_000_000;

const DDL = `
CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE report (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL);
CREATE TABLE versions (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, kind TEXT NOT NULL, label TEXT NOT NULL, data TEXT NOT NULL);
`;

export function createPackageSchema(db: Db): void {
  db.exec(DDL);
  db.pragma(`application_id = ${PACKAGE_APP_ID}`);
  db.pragma(`user_version = ${PACKAGE_FORMAT}`);
}

export interface VersionRow {
  created_at: string;
  kind: string;
  label: string;
  data: string;
}

/** sha256 over the report document and every version row, in order. */
export function packageChecksum(report: string, versions: readonly VersionRow[]): string {
  const hash = createHash('sha256');
  // Each part with its length first, so no two different packages hash the same bytes.
  const part = (text: string) => hash.update(`${Buffer.byteLength(text)}:`).update(text);
  part(report);
  for (const v of versions) [v.created_at, v.kind, v.label, v.data].forEach(part);
  return hash.digest('hex');
}
