// The afterPack guard: reads real ELF and PE binaries from node_modules and hand-made headers.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import afterPack, { checkPackedApp, identifyBinary, nativeMismatches } from '../../scripts/checkPackedNative.mjs';

const root = path.resolve(__dirname, '../..');
const sqliteAddon = path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
// Real Windows DLLs shipped inside electron-builder's toolchain (electron-winstaller).
const winVendor = path.join(root, 'node_modules/electron-winstaller/vendor');

const temps: string[] = [];
afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});

function head(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file).subarray(0, 4096));
}

function bytes(size: number, writes: [offset: number, values: number[]][]): Uint8Array {
  const out = new Uint8Array(size);
  for (const [offset, values] of writes) out.set(values, offset);
  return out;
}

/** A packed app folder laid out like electron-builder's linux-unpacked, with the real addon. */
function packedApp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), '年报 afterPack-'));
  temps.push(dir);
  const target = path.join(dir, 'resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release');
  mkdirSync(target, { recursive: true });
  cpSync(sqliteAddon, path.join(target, 'better_sqlite3.node'));
  return dir;
}

describe('identifyBinary', () => {
  it('recognises the real better-sqlite3 addon as a Linux binary for this CPU', () => {
    expect(process.platform).toBe('linux');
    expect(identifyBinary(head(sqliteAddon))).toEqual({ platform: 'linux', arch: process.arch });
  });

  it('recognises real Windows DLLs by PE machine type', () => {
    expect(identifyBinary(head(path.join(winVendor, '7z-x64.dll')))).toEqual({ platform: 'win32', arch: 'x64' });
    expect(identifyBinary(head(path.join(winVendor, '7z-arm64.dll')))).toEqual({ platform: 'win32', arch: 'arm64' });
  });

  it('reads hand-made ELF, PE and Mach-O headers', () => {
    const elf = [0x7f, 0x45, 0x4c, 0x46, 2, 1];
    expect(identifyBinary(bytes(64, [[0, elf], [18, [0xb7, 0]]]))).toEqual({ platform: 'linux', arch: 'arm64' });
    expect(identifyBinary(bytes(64, [[0, [0x7f, 0x45, 0x4c, 0x46, 1, 1]], [18, [0x03, 0]]]))).toEqual({ platform: 'linux', arch: 'ia32' });
    const pe = bytes(256, [[0, [0x4d, 0x5a]], [0x3c, [0x80, 0, 0, 0]], [0x80, [0x50, 0x45, 0, 0, 0x4c, 0x01]]]);
    expect(identifyBinary(pe)).toEqual({ platform: 'win32', arch: 'ia32' });
    expect(identifyBinary(bytes(32, [[0, [0xcf, 0xfa, 0xed, 0xfe, 0x0c, 0, 0, 0x01]]]))).toEqual({ platform: 'darwin', arch: 'arm64' });
    expect(identifyBinary(bytes(32, [[0, [0xca, 0xfe, 0xba, 0xbe]]]))).toEqual({ platform: 'darwin', arch: 'universal' });
  });

  it('returns null for text, truncated or broken headers', () => {
    expect(identifyBinary(new TextEncoder().encode('#!/bin/sh\necho hi\n'))).toBeNull();
    expect(identifyBinary(new Uint8Array([0x7f, 0x45]))).toBeNull();
    expect(identifyBinary(bytes(256, [[0, [0x4d, 0x5a]], [0x3c, [0xf0, 0, 0, 0]]]))).toBeNull();
  });
});

describe('nativeMismatches', () => {
  const linuxX64 = { file: 'a.node', found: { platform: 'linux' as const, arch: 'x64' } };

  it('accepts a matching package and refuses one without any native module', () => {
    expect(nativeMismatches([linuxX64], { platform: 'linux', arch: 'x64' })).toEqual([]);
    expect(nativeMismatches([], { platform: 'linux', arch: 'x64' })[0]).toMatch(/asarUnpack/);
  });

  it('names the wrong OS, the wrong CPU and unreadable files', () => {
    expect(nativeMismatches([linuxX64], { platform: 'linux', arch: 'arm64' })).toEqual([
      'a.node：是 x64 架构的二进制，目标架构是 arm64。',
    ]);
    expect(nativeMismatches([linuxX64], { platform: 'win32', arch: 'x64' })[0]).toMatch(/linux 平台.*目标平台是 win32/);
    expect(nativeMismatches([{ file: 'b.node', found: null }], { platform: 'linux', arch: 'x64' })[0]).toMatch(/无法识别/);
  });

  it('treats mas as macOS and accepts universal Mach-O for any mac arch', () => {
    const fat = { file: 'c.node', found: { platform: 'darwin' as const, arch: 'universal' } };
    expect(nativeMismatches([fat], { platform: 'mas', arch: 'arm64' })).toEqual([]);
  });
});

describe('afterPack on a packed folder', () => {
  it('passes for this host and stops an arm64 or Windows package built from it', async () => {
    const dir = packedApp();
    const modules = await checkPackedApp(dir, { platform: 'linux', arch: process.arch });
    expect(modules.map((m) => m.file)).toEqual([path.join('resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node')]);

    const otherArch = process.arch === 'arm64' ? 'x64' : 'arm64';
    await expect(checkPackedApp(dir, { platform: 'linux', arch: otherArch })).rejects.toThrow(/-c\.npmRebuild=true/);
    // electron-builder's Arch enum: 1 = x64, 3 = arm64.
    await expect(afterPack({ appOutDir: dir, electronPlatformName: 'win32', arch: 1 })).rejects.toThrow(/目标平台是 win32/);
  });
});
