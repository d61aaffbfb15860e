// Writes the committed hostile-backup corpus: test/fixtures/backup/hostile/* and manifest.json.
// Run after changing hostileBackups.ts (or the schema):
//   npx tsx test/electron/services/backup/writeHostileBackups.ts
import { writeHostileCorpus } from '../../../helpers/writeHostileCorpus';
import { HOSTILE_BACKUP_DIR, HOSTILE_BACKUPS, makeBackupContext } from './hostileBackups';

writeHostileCorpus(HOSTILE_BACKUP_DIR, HOSTILE_BACKUPS, await makeBackupContext(), ({ what, message }) => ({ what, message }));
