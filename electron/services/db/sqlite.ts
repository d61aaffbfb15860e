// The one place better-sqlite3 is opened. The desktop app loads the Electron build of the addon,
// which lives beside the Node build (scripts/nativeAbi.mjs, electronAddonPath), and says so here
// once at start-up; tests, the CLI and browser mode load the Node build. An addon that cannot be
// loaded (another runtime's ABI, another CPU, a broken file) is a program problem and is named as
// one — never 「无法打开数据文件」, never taken for a damaged database.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { createRequire } from 'node:module';
import { AppError } from '../../../shared/errors';
import { classifyLoadError, electronAddonPath } from '../../../scripts/nativeAbi.mjs';

let nativeBinding: string | undefined;

/** The Electron build for this ABI, if present (unpacked from app.asar in the installed app). */
export function electronAddon(abi: string, pkgJson = createRequire(import.meta.url).resolve('better-sqlite3/package.json')): string | undefined {
  const file = join(dirname(pkgJson), electronAddonPath(abi)).replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
  return existsSync(file) ? file : undefined;
}

/** Which addon file every later open uses (undefined: better-sqlite3's own build/Release). */
export function useNativeBinding(file: string | undefined): void {
  nativeBinding = file;
}

/** The AppError for an addon that does not load, or null when `err` is something else. */
export function addonError(err: unknown): AppError | null {
  const message = err instanceof Error ? err.message : String(err);
  const kind = classifyLoadError(message);
  if (kind !== 'bad-binary' && kind !== 'missing-binary') return null;
  return new AppError(
    'NATIVE_MODULE',
    `年报助手的数据库组件（better-sqlite3）与当前运行环境不匹配，无法加载。这不是数据文件的问题，数据没有任何改动。` +
      `安装版请重新安装年报助手；在项目文件夹中请重新运行 npm start 或 npm test（会自动准备对应的版本）。（${message.split('\n')[0]!.slice(0, 200)}）`,
  );
}

/** `file` is a path, or a file's bytes to open in memory (a read-only medium). */
export function openDatabase(file: string | Buffer, options: Database.Options = {}): Database.Database {
  try {
    return new Database(file, nativeBinding ? { ...options, nativeBinding } : options);
  } catch (err) {
    throw addonError(err) ?? err;
  }
}

/** Loads the addon once (an in-memory database), so a broken addon is named before any file is touched. */
export function assertAddonLoads(): void {
  openDatabase(':memory:').close();
}
