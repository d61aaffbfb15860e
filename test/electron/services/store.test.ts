// Quitting never hangs on a backup: close() waits for the start-up backup only as long as asked,
// then closes the database anyway (the unfinished backup is abandoned, never left as a good one).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupStore } from '../../../electron/services/backup/backupStore';
import { openStore } from '../../../electron/services/store';
import { manualClock, tempDataDir } from '../../helpers/tempDir';
import { folderWithReport } from './db/dbFiles';

/** A folder holding a report: start-up backs it up (an empty library is not backed up). */
async function usedFolder(): Promise<string> {
  const dir = tempDataDir();
  await folderWithReport(dir, manualClock());
  return dir;
}

afterEach(() => vi.restoreAllMocks());

describe('Store.close', () => {
  it('with backupWaitMs, closes the database while a start-up backup is still running', async () => {
    // A backup that never finishes: a disk that stopped answering.
    const dataDir = await usedFolder();
    const create = vi.spyOn(BackupStore.prototype, 'create').mockReturnValue(new Promise(() => undefined));
    const store = await openStore({ dataDir });
    expect(create).toHaveBeenCalledWith(store.db, 'daily');
    await store.close({ backupWaitMs: 20 });
    expect(store.db.open).toBe(false);
  });

  it('without it, waits for the start-up backup to finish', async () => {
    let finish: () => void = () => undefined;
    const dataDir = await usedFolder();
    vi.spyOn(BackupStore.prototype, 'create').mockReturnValue(new Promise((resolve) => (finish = () => resolve({} as never))));
    const store = await openStore({ dataDir });
    const closing = store.close();
    await new Promise((r) => setTimeout(r, 20));
    expect(store.db.open).toBe(true);
    finish();
    await closing;
    expect(store.db.open).toBe(false);
  });
});
