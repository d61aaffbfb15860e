// The app as a user meets it, for the corpus measurements: a store in a temp folder and the API
// handler table, called by name through the contract (previewImport, confirmImport, checkReport).
// Only top-level entry points, so the measurement survives refactors behind them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHandlers, handlerEnv } from '../../../electron/services/api/handlers';
import { dispatch } from '../../../electron/services/api/dispatch';
import { openStore, type Store } from '../../../electron/services/store';
import type { CallInput, CallName, CallOutput } from '../../../shared/api';

export interface AppUnderTest {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  close(): Promise<void>;
}

export async function openApp(): Promise<AppUnderTest> {
  const dir = mkdtempSync(path.join(tmpdir(), '年报 语料 '));
  const store: Store = await openStore({ dataDir: dir, awaitStartupBackup: true });
  const handlers = createHandlers(store, handlerEnv('measure'));
  return {
    async call(name, input) {
      const result = await dispatch(handlers, name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
