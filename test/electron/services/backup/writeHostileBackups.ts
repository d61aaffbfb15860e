// Writes the committed hostile-backup corpus: test/fixtures/backup/hostile/* and manifest.json.
// Run after changing hostileBackups.ts (or the schema):
//   npx tsx test/electron/services/backup/writeHostileBackups.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOSTILE_BACKUP_DIR, HOSTILE_BACKUPS, makeBackupContext } from './hostileBackups';

const ctx = await makeBackupContext();
rmSync(HOSTILE_BACKUP_DIR, { recursive: true, force: true });
mkdirSync(HOSTILE_BACKUP_DIR, { recursive: true });
const manifest: Record<string, { what: string; message: string }> = {};
for (const c of HOSTILE_BACKUPS) {
  writeFileSync(path.join(HOSTILE_BACKUP_DIR, c.file), c.build(ctx));
  manifest[c.file] = { what: c.what, message: c.message };
}
writeFileSync(path.join(HOSTILE_BACKUP_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(readdirSync(HOSTILE_BACKUP_DIR).length - 1, 'hostile backups written to', HOSTILE_BACKUP_DIR);
