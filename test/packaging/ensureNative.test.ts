// scripts/ensureNative.mjs: the `node` path runs for real (a no-op on a correct checkout); the
// `electron` rebuild is never run here — its decisions are tested through scripts/nativeAbi.mjs,
// and its no-rebuild branches run for real in throwaway project copies.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MARKER_PATH, classifyLoadError, compiledAbi, decideElectron, decideNode, electronRebuildEnv, markerFor,
  nodeRebuildEnv, parseMarker, verifyElectronBuild,
} from '../../scripts/nativeAbi.mjs';

const root = path.resolve(__dirname, '../..');
const PROBE = "const D=require('better-sqlite3');new D(':memory:').close()";
// The exact wording of Node's ABI refusal (src/node_binding.cc).
const ABI_ERROR = "Error: The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\n" +
  'was compiled against a different Node.js version using\nNODE_MODULE_VERSION 150. This version of Node.js requires\n' +
  'NODE_MODULE_VERSION 115. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`).';

const temps: string[] = [];
afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});

function runScript(cwdRoot: string, ...args: string[]) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(cwdRoot, 'scripts/ensureNative.mjs'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

/**
 * A throwaway project (Chinese and a space in its path, as under a Chinese Windows user name)
 * with the two scripts and, optionally, a working copy of better-sqlite3 and its loader.
 */
function fakeProject(withSqlite: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), '年报 打包-'));
  temps.push(dir);
  mkdirSync(path.join(dir, 'scripts'));
  for (const file of ['ensureNative.mjs', 'nativeAbi.mjs']) copyFileSync(path.join(root, 'scripts', file), path.join(dir, 'scripts', file));
  if (withSqlite) {
    const from = (p: string) => path.join(root, 'node_modules', p);
    const to = (p: string) => path.join(dir, 'node_modules', p);
    for (const pkg of ['bindings', 'file-uri-to-path']) cpSync(from(pkg), to(pkg), { recursive: true });
    for (const part of ['package.json', 'lib', 'build/Release/better_sqlite3.node']) {
      cpSync(from(`better-sqlite3/${part}`), to(`better-sqlite3/${part}`), { recursive: true });
    }
  }
  return dir;
}

/** A copy of an ELF file claiming another CPU (e_machine at offset 18). */
function withElfMachine(elf: Buffer, machine: number): Buffer {
  const copy = Buffer.from(elf);
  copy.writeUInt16LE(machine, 18);
  return copy;
}

/** Loads better-sqlite3 in a child Node, reporting errors as ensureNative.mjs's probe does. */
function probeIn(dir: string): string {
  const result = spawnSync(process.execPath, ['-e', PROBE], { cwd: dir, encoding: 'utf8' });
  return result.stderr + (result.signal ? `\nkilled by signal ${result.signal}` : '');
}

describe('ensureNative node (real run)', () => {
  it('is a fast no-op on this checkout and leaves a loadable binary', () => {
    const run = runScript(root, 'node');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/无需重建|移除过期/);
    expect(run.ms).toBeLessThan(5000);
    expect(existsSync(path.join(root, MARKER_PATH))).toBe(false);
    expect(probeIn(root)).toBe('');
  });

  it('removes a stale Electron marker when the binary loads in Node', () => {
    const dir = fakeProject(true);
    writeFileSync(path.join(dir, MARKER_PATH), markerFor('45.4.1'));
    const run = runScript(dir, 'node');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/移除过期的 Electron 标记/);
    expect(existsSync(path.join(dir, MARKER_PATH))).toBe(false);
  });

  it('fails with a Chinese message when better-sqlite3 is not installed', () => {
    const run = runScript(fakeProject(false), 'node');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/未安装 better-sqlite3/);
  });

  it('refuses an unknown runtime', () => {
    const run = runScript(root, 'deno');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/用法/);
  });
});

describe('ensureNative electron (branches that never rebuild)', () => {
  it('does nothing when the marker matches the installed Electron', () => {
    const dir = fakeProject(true);
    mkdirSync(path.join(dir, 'node_modules/electron'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules/electron/package.json'), JSON.stringify({ version: '45.4.1' }));
    writeFileSync(path.join(dir, MARKER_PATH), markerFor('45.4.1'));
    const run = runScript(dir, 'electron');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/已为 Electron 45\.4\.1 编译，无需重建/);
    expect(readFileSync(path.join(dir, MARKER_PATH), 'utf8')).toBe(markerFor('45.4.1'));
  });

  it('does not trust the marker when the addon is for another CPU, and restores it if the rebuild fails', () => {
    const dir = fakeProject(true);
    const addon = path.join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    const foreign = withElfMachine(readFileSync(addon), process.arch === 'arm64' ? 0x3e : 0xb7);
    writeFileSync(addon, foreign);
    mkdirSync(path.join(dir, 'node_modules/electron'), { recursive: true });
    writeFileSync(path.join(dir, 'node_modules/electron/package.json'), JSON.stringify({ version: '45.4.1' }));
    writeFileSync(path.join(dir, MARKER_PATH), markerFor('45.4.1'));
    // This copy has no electron-builder, so the rebuild it decides on fails at once, offline.
    const run = runScript(dir, 'electron');
    expect(run.stdout).toMatch(/本机是 linux-/);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/install-app-deps 失败.*已恢复原有的二进制文件/);
    expect(readFileSync(addon).equals(foreign)).toBe(true);
    expect(existsSync(path.join(dir, MARKER_PATH))).toBe(true);
  });

  it('fails clearly when Electron is not installed', () => {
    const run = runScript(fakeProject(true), 'electron');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/未安装 electron/);
  });
});

describe('load-error classification on real Node errors', () => {
  it('treats a missing addon as missing and a truncated or corrupt one as a bad build', () => {
    const dir = fakeProject(true);
    const addon = path.join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    expect(probeIn(dir)).toBe('');

    // A cut-off ELF crashes the loader instead of throwing; both must lead to a rebuild.
    writeFileSync(addon, readFileSync(addon).subarray(0, 2000));
    const truncated = probeIn(dir);
    expect(classifyLoadError(truncated)).toBe('bad-binary');
    expect(decideNode({ loaded: false, error: truncated, marker: null }).action).toBe('rebuild');

    // Another CPU's build: glibc only says it "cannot open" the file.
    writeFileSync(addon, withElfMachine(readFileSync(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')), 0xb7));
    const foreign = probeIn(dir);
    expect(foreign).toMatch(/cannot open shared object file/);
    expect(classifyLoadError(foreign)).toBe('bad-binary');

    writeFileSync(addon, 'not an ELF file at all. '.repeat(100));
    const corrupt = probeIn(dir);
    expect(corrupt).toMatch(/invalid ELF header/);
    expect(classifyLoadError(corrupt)).toBe('bad-binary');

    rmSync(addon);
    const missing = probeIn(dir);
    expect(classifyLoadError(missing)).toBe('missing-binary');
    expect(decideNode({ loaded: false, error: missing, marker: null }).action).toBe('rebuild');

    rmSync(path.join(dir, 'node_modules'), { recursive: true });
    expect(classifyLoadError(probeIn(dir))).toBe('missing-package');
  });
});

describe('nativeAbi decisions', () => {
  it('reads Node’s ABI refusal', () => {
    expect(classifyLoadError(ABI_ERROR)).toBe('bad-binary');
    expect(compiledAbi(ABI_ERROR)).toBe(150);
    expect(decideNode({ loaded: false, error: ABI_ERROR, marker: markerFor('45.4.1') })).toMatchObject({ action: 'rebuild' });
    expect(decideNode({ loaded: false, error: 'TypeError: boom\n  at x', marker: null })).toEqual({
      action: 'fail', reason: '加载 better-sqlite3 失败：TypeError: boom',
    });
    expect(decideNode({ loaded: true, marker: null }).action).toBe('none');
  });

  it('rebuilds for Electron unless the marker matches and the addon is for this machine', () => {
    const host = { platform: 'linux', arch: 'x64' };
    const state = { electronVersion: '45.4.1', marker: markerFor('45.4.1'), binary: host, host };
    expect(decideElectron(state).action).toBe('none');
    expect(decideElectron({ ...state, marker: null }).action).toBe('rebuild');
    expect(decideElectron({ ...state, marker: markerFor('45.4.0') })).toMatchObject({
      action: 'rebuild', reason: expect.stringContaining('Electron 45.4.0'),
    });
    expect(decideElectron({ ...state, marker: 'garbage' }).action).toBe('rebuild');
    expect(decideElectron({ ...state, binary: null }).action).toBe('rebuild');
    expect(decideElectron({ ...state, binary: { platform: 'linux', arch: 'arm64' } })).toMatchObject({
      action: 'rebuild', reason: expect.stringContaining('linux-arm64'),
    });
    expect(decideElectron({ ...state, binary: { platform: 'win32', arch: 'x64' } }).action).toBe('rebuild');
    expect(decideElectron({ ...state, electronVersion: null }).action).toBe('fail');
    expect(parseMarker(markerFor('45.4.1-beta.2'))).toBe('45.4.1-beta.2');
  });

  it('accepts an Electron rebuild only if Node refuses it with Electron’s ABI', () => {
    expect(verifyElectronBuild({ loaded: false, error: ABI_ERROR, electronAbi: 150 }).ok).toBe(true);
    expect(verifyElectronBuild({ loaded: false, error: ABI_ERROR, electronAbi: 140 }).ok).toBe(false);
    expect(verifyElectronBuild({ loaded: true, electronAbi: 150 })).toMatchObject({ ok: false, reason: expect.stringContaining('仍是 Node 版本') });
    expect(verifyElectronBuild({ loaded: false, error: 'Segmentation fault', electronAbi: 150 }).ok).toBe(false);
  });

  it('points node-gyp at local headers for Node and away from them for Electron', () => {
    expect(nodeRebuildEnv({ PATH: '/bin' }, true)).toEqual({ PATH: '/bin', npm_config_nodedir: '/usr' });
    expect(nodeRebuildEnv({ PATH: '/bin' }, false)).toEqual({ PATH: '/bin' });
    expect(nodeRebuildEnv({ NPM_CONFIG_NODEDIR: '/opt/node' }, true)).toEqual({ NPM_CONFIG_NODEDIR: '/opt/node' });
    expect(electronRebuildEnv({ PATH: '/bin', npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr' })).toEqual({ PATH: '/bin' });
  });
});
