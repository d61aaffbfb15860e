// Shared pieces of the import tests: a handler table over a temp store, calls that return the
// result or the error, LibreOffice conversion of text files to .docx, and a DB fingerprint.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { CallInput, CallName, CallOutput } from '../../../../shared/api';
import type { ApiError } from '../../../../shared/errors';
import { createHandlers, handlerEnv } from '../../../../electron/services/api/handlers';
import { dispatch, type Handlers } from '../../../../electron/services/api/dispatch';
import type { Store } from '../../../../electron/services/store';
import { makeTempDir, tempStore } from '../../../helpers/tempDir';

const run = promisify(execFile);

export interface ApiHarness {
  store: Store;
  handlers: Handlers;
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  fail<K extends CallName>(name: K, input: CallInput<K>): Promise<ApiError>;
}

export async function apiHarness(): Promise<ApiHarness> {
  const store = await tempStore();
  const handlers = createHandlers(store, handlerEnv('test'));
  return {
    store,
    handlers,
    async call(name, input) {
      const result = await dispatch(handlers, name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async fail(name, input) {
      const result = await dispatch(handlers, name, input);
      if (result.ok) throw new Error(`${name} succeeded but should have failed`);
      return result.error;
    },
  };
}

/** Converts text files to .docx in one LibreOffice run (each line a paragraph). */
export async function textsToDocx(texts: Record<string, string>): Promise<Record<string, Buffer>> {
  const dir = makeTempDir('导入 转换');
  const inputs = Object.entries(texts).map(([name, text]) => {
    const file = path.join(dir, `${name}.txt`);
    writeFileSync(file, text, 'utf8');
    return file;
  });
  await run(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--infilter=Text (encoded):UTF8',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      dir,
      ...inputs,
    ],
    { timeout: 120_000 },
  );
  return Object.fromEntries(Object.keys(texts).map((name) => [name, readFileSync(path.join(dir, `${name}.docx`))]));
}

/** sha256 of every file in the data folder plus the row count of every table. */
export function dbFingerprint(store: Store): { files: Record<string, string>; rows: Record<string, number> } {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(store.dataDir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(store.dataDir);
  const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'sections_fts_%'").all() as Array<{ name: string }>;
  const rows: Record<string, number> = {};
  for (const { name } of tables) rows[name] = (store.db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
  return { files, rows };
}
