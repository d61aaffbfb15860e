// One open data folder as the transports see it: the store and the handler table over it. A
// restore of a backup replaces the database under a running app, so the session owns that swap:
// it checks the backup, backs the current file up, closes the store, puts the checked copy in
// place, opens the store again and builds a fresh handler table — the calls the window, the CLI
// and the e2e bridge make always go to the current one. While the swap runs, calls are refused
// with a message instead of reaching a closed database.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { CALL_NAMES, WRITE_CALLS } from '../../../shared/api';
import { AppError, mediaRemedy } from '../../../shared/errors';
import type { BackupInfo, ReadOnlyState } from '../../../shared/types';
import { checkRestorable } from '../backup/restoreBackup';
import { writeTransaction } from '../db/database';
import { openStore, type Store, type StoreOptions } from '../store';
import type { Handlers } from './dispatch';
import { createHandlers, type HandlerEnv } from './handlers';

export interface RestoredBackup {
  /** The backup now in use, and how many reports it holds. */
  restored: BackupInfo;
  reports: number;
  /** The database as it was just before, kept as a backup. */
  safety: BackupInfo;
}

export interface Session {
  /** Always the current table (a restore swaps what is behind it). */
  readonly handlers: Handlers;
  readonly store: Store;
  restoreBackup(file: string, info: BackupInfo): Promise<RestoredBackup>;
  close(options?: Parameters<Store['close']>[0]): Promise<void>;
}

const BUSY = '正在恢复备份，请稍候片刻再操作。';

/** Why a change is refused while the data folder is open read-only (one message for every write). */
function readOnlyRefusal(state: ReadOnlyState): AppError {
  return new AppError(state.reason === 'full' ? 'DISK_FULL' : 'READ_ONLY', `${state.message}。${mediaRemedy(state)}。（未作修改）`);
}

export async function openSession(options: StoreOptions, env: HandlerEnv): Promise<Session> {
  let store = await openStore(options);
  let swapping = false;
  const session: Session = {
    get handlers() {
      return handlers;
    },
    get store() {
      return store;
    },
    async restoreBackup(file, info) {
      if (swapping) throw new AppError('DB_LOCKED', BUSY);
      swapping = true;
      try {
        return await swap(file, info);
      } finally {
        swapping = false;
      }
    },
    close: (closeOptions) => store.close(closeOptions),
  };
  let inner = createHandlers(store, env, session);
  const handlers = Object.fromEntries(
    CALL_NAMES.map((name) => [
      name,
      (input: never) => {
        if (swapping && name !== 'restoreBackup') throw new AppError('DB_LOCKED', BUSY);
        const call = () => (inner[name] as (i: never) => unknown)(input);
        if (name === 'appStatus') store.recheckMedia();
        if (!WRITE_CALLS.has(name)) return call();
        // A medium that refused a write while running is looked at again: writable, the write goes
        // through (the save queue's retry is what brings the app back); still not, it is refused.
        const state = store.recheckMedia();
        if (state) throw readOnlyRefusal(state);
        return guardWrite(call);
      },
    ]),
  ) as Handlers;

  /** A write the medium refused turns the app read-only at once, with the banner's words. */
  function guardWrite(call: () => unknown): unknown {
    const failure = (err: unknown) => store.noteWriteFailure(err) ?? err;
    try {
      const out = call();
      return out instanceof Promise
        ? out.catch((err: unknown) => {
            throw failure(err);
          })
        : out;
    } catch (err) {
      throw failure(err);
    }
  }

  async function swap(file: string, info: BackupInfo): Promise<RestoredBackup> {
    const checked = checkRestorable(file, store.dataDir);
    let safety: BackupInfo;
    try {
      safety = await store.backups.create(store.db, 'manual');
    } catch (err) {
      rmSync(checked.file, { force: true });
      throw err;
    }
    const { dbPath } = store;
    await store.close();
    // A clean close checkpointed and removed the WAL; one still here belongs to another program
    // holding the file (a second window, the CLI): swapping now would lose its writes.
    if (existsSync(`${dbPath}-wal`)) {
      rmSync(checked.file, { force: true });
      store = await openStore(options);
      inner = createHandlers(store, env, session);
      throw new AppError('DB_LOCKED', '数据文件正被其他程序（另一个年报助手窗口或命令行）使用，备份没有恢复。请关闭它们后重试，当前数据没有任何改动。');
    }
    rmSync(`${dbPath}-shm`, { force: true });
    renameSync(checked.file, dbPath);
    store = await openStore(options);
    // The schema was checked, its full-text index was not: rebuilt from the sections it indexes.
    writeTransaction(store.db, () => store.db.prepare("INSERT INTO sections_fts(sections_fts) VALUES ('rebuild')").run());
    inner = createHandlers(store, env, session);
    return { restored: info, reports: checked.reports, safety };
  }

  return session;
}
