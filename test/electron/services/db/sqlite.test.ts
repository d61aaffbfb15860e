// The addon better-sqlite3 loads: the app picks the Electron build beside the Node one (unpacked
// from app.asar when installed), and an addon that does not load is named as a program problem —
// before any data file is touched, never 「无法打开数据文件」, never a "damaged" database moved aside.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { electronAddon, useNativeBinding } from '../../../../electron/services/db/sqlite';
import { DB_FILE, openStore } from '../../../../electron/services/store';
import { AppError } from '../../../../shared/errors';
import { tempDataDir, tempStore } from '../../../helpers/tempDir';

const NODE_ADDON = join(import.meta.dirname, '../../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node');

afterEach(() => useNativeBinding(undefined));

describe('electronAddon', () => {
  it('finds build/electron-v<ABI> beside build/Release, and the unpacked copy of an installed app', () => {
    const pkg = join(tempDataDir(), 'resources', 'app.asar', 'node_modules', 'better-sqlite3');
    const unpacked = pkg.replace('app.asar', 'app.asar.unpacked');
    expect(electronAddon('150', join(pkg, 'package.json'))).toBeUndefined();
    mkdirSync(join(unpacked, 'build', 'electron-v150'), { recursive: true });
    writeFileSync(join(unpacked, 'build', 'electron-v150', 'better_sqlite3.node'), '');
    expect(electronAddon('150', join(pkg, 'package.json'))).toBe(join(unpacked, 'build', 'electron-v150', 'better_sqlite3.node'));
    expect(electronAddon('151', join(pkg, 'package.json'))).toBeUndefined();
  });
});

describe('an addon that does not load', () => {
  it('is named as such, and the data folder is left exactly as it was', async () => {
    const store = await tempStore();
    const dataDir = store.dataDir;
    await store.close();
    const before = readdirSync(dataDir).sort();
    const dbBytes = readFileSync(join(dataDir, DB_FILE));

    // Another CPU's build (as a copied installation or a cross-built package would have).
    const foreign = join(tempDataDir(), 'better_sqlite3.node');
    copyFileSync(NODE_ADDON, foreign);
    const bytes = readFileSync(foreign);
    bytes.writeUInt16LE(process.arch === 'arm64' ? 0x3e : 0xb7, 18);
    writeFileSync(foreign, bytes);
    useNativeBinding(foreign);

    const err = await openStore({ dataDir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('NATIVE_MODULE');
    expect((err as AppError).message).toMatch(/数据库组件.*不匹配.*不是数据文件的问题/);
    expect((err as AppError).message).not.toContain('无法打开数据文件');
    expect(readdirSync(dataDir).sort()).toEqual(before);
    expect(existsSync(join(dataDir, 'corrupt'))).toBe(false);
    expect(readFileSync(join(dataDir, DB_FILE)).equals(dbBytes)).toBe(true);

    useNativeBinding(undefined);
    await (await openStore({ dataDir })).close();
  });
});
