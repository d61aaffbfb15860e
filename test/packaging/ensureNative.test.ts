// scripts/ensureNative.mjs: the `node` path runs for real (a no-op on a correct checkout); the
// Electron build cannot be compiled here (Electron's headers and prebuilt binaries are downloads),
// so its decisions are tested through scripts/nativeAbi.mjs, its no-build branches run for real
// in throwaway project copies, and the whole side-by-side sequence runs with the compile step
// stood in (electronAddon.mjs's `build`) and a stand-in Electron that is Node run as Node.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  classifyLoadError, compiledAbi, decideElectron, decideNode, electronAddonPath, electronRebuildEnv, identifyBinary, nodeRebuildEnv,
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

// How fast the no-op is is the bench's (test/bench/cases/scripts.ts, ensure-native-noop).
function runScript(cwdRoot: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(cwdRoot, 'scripts/ensureNative.mjs'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A throwaway project (Chinese and a space in its path, as under a Chinese Windows user name)
 * with the two scripts and, optionally, a working copy of better-sqlite3 and its loader.
 */
function fakeProject(withSqlite: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), '年报 打包-'));
  temps.push(dir);
  mkdirSync(path.join(dir, 'scripts'));
  for (const file of ['ensureNative.mjs', 'nativeAbi.mjs', 'electronAddon.mjs', 'electronBinary.mjs']) copyFileSync(path.join(root, 'scripts', file), path.join(dir, 'scripts', file));
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
  it('is a no-op on this checkout and leaves a loadable binary', () => {
    const run = runScript(root, 'node');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/无需重建/);
    expect(probeIn(root)).toBe('');
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

/** A fake project's node_modules/electron: its version and ABI, no binary. */
function fakeElectron(dir: string) {
  mkdirSync(path.join(dir, 'node_modules/electron'), { recursive: true });
  writeFileSync(path.join(dir, 'node_modules/electron/package.json'), JSON.stringify({ version: '45.4.1' }));
  writeFileSync(path.join(dir, 'node_modules/electron/abi_version'), '150');
}

const slotOf = (dir: string) => path.join(dir, 'node_modules/better-sqlite3', electronAddonPath(150));

describe('ensureNative electron (branches that never build)', () => {
  it('does nothing when the Electron build for this machine is already beside the Node one', () => {
    const dir = fakeProject(true);
    fakeElectron(dir);
    mkdirSync(path.dirname(slotOf(dir)), { recursive: true });
    copyFileSync(path.join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), slotOf(dir));
    const run = runScript(dir, 'electron');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/已有 Electron（ABI 150）版本，无需重建/);
  });

  it('wants a new build for another CPU’s file, and says so when the Electron program cannot be had', () => {
    const dir = fakeProject(true);
    fakeElectron(dir);
    mkdirSync(path.dirname(slotOf(dir)), { recursive: true });
    const foreign = withElfMachine(readFileSync(path.join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')), process.arch === 'arm64' ? 0x3e : 0xb7);
    writeFileSync(slotOf(dir), foreign);
    const run = runScript(dir, 'electron');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/无法下载 Electron/);
    expect(readFileSync(slotOf(dir)).equals(foreign)).toBe(true);
  });

  it('fails clearly when Electron is not installed', () => {
    const run = runScript(fakeProject(true), 'electron');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/未安装 electron/);
  });
});

describe('two native builds side by side (the Electron compile stood in)', () => {
  /** A whole project (built app, all packages hard-linked) whose better-sqlite3 can be written;
   *  one for both tests (copying it takes a while), its Electron builds removed before each. */
  let project: string | null = null;
  afterAll(() => project && rmSync(project, { recursive: true, force: true }));
  function fullProject(): string {
    if (project) {
      const build = path.join(project, 'node_modules/better-sqlite3/build');
      for (const f of readdirSync(build)) if (f.startsWith('electron-')) rmSync(path.join(build, f), { recursive: true });
      return project;
    }
    const dir = mkdtempSync(path.join(tmpdir(), '年报 并存-'));
    project = dir;
    if (spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]).status !== 0) throw new Error('cp -al failed');
    // Its own copy of better-sqlite3, so nothing written there reaches this checkout.
    rmSync(path.join(dir, 'node_modules/better-sqlite3'), { recursive: true });
    cpSync(path.join(root, 'node_modules/better-sqlite3'), path.join(dir, 'node_modules/better-sqlite3'), { recursive: true });
    for (const part of ['package.json', 'scripts', 'out', 'electron/cli/bin.js', 'resources']) cpSync(path.join(root, part), path.join(dir, part), { recursive: true });
    // The Electron program: Node itself, which is what Electron run as Node (ELECTRON_RUN_AS_NODE) is.
    const standin = path.join(dir, 'electron-standin');
    mkdirSync(standin);
    writeFileSync(path.join(standin, 'electron'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} "$@"\n`, { mode: 0o755 });
    return dir;
  }

  it('npm start’s Electron build goes beside the Node one: npx nianbao and npm test keep working, in any order, without a rebuild', async () => {
    const { ensureElectronAddon } = await import('../../scripts/electronAddon.mjs');
    const dir = fullProject();
    const release = path.join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    const nodeBuild = readFileSync(release);
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'electron-standin') };
    const built: string[] = [];
    // The stand-in compile: what @electron/rebuild would leave, a binary for this machine.
    const build = async ({ outFile }: { outFile: string }) => {
      built.push(outFile);
      mkdirSync(path.dirname(outFile), { recursive: true });
      copyFileSync(release, outFile);
    };
    const logs: string[] = [];
    const first = await ensureElectronAddon({ root: dir, env, log: (m) => logs.push(m), build });
    expect(first).toMatchObject({ ok: true, built: true });
    const slot = path.join(dir, 'node_modules/better-sqlite3', electronAddonPath(readFileSync(path.join(root, 'node_modules/electron/abi_version'), 'utf8').trim()));
    expect(first.ok && first.file).toBe(slot);
    expect(identifyBinary(new Uint8Array(readFileSync(slot).subarray(0, 4096)))).toEqual({ platform: process.platform, arch: process.arch });
    expect(readFileSync(release).equals(nodeBuild)).toBe(true);
    expect(logs.join('\n')).toMatch(/单独编译一份.*Node 用的那份不动/);

    // npx nianbao right after npm start: the Node build is untouched.
    const cli = spawnSync(process.execPath, [path.join(dir, 'electron/cli/bin.js'), 'list', '--data-dir', path.join(dir, '数据')], { encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('还没有报告');
    // npm test's check, then npm start's again: neither rebuilds.
    expect(runScript(dir, 'node').stdout).toMatch(/无需重建/);
    expect(await ensureElectronAddon({ root: dir, env, log: () => undefined, build })).toMatchObject({ ok: true, built: false });
    expect(built).toHaveLength(1);
  });

  it('a failed or unloadable Electron build is not put in place, and the Node build is untouched', async () => {
    const { ensureElectronAddon } = await import('../../scripts/electronAddon.mjs');
    const dir = fullProject();
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'electron-standin') };
    const offline = await ensureElectronAddon({ root: dir, env, log: () => undefined, build: () => Promise.reject(new Error('getaddrinfo ENOTFOUND electronjs.org')) });
    expect(offline).toEqual({ ok: false, reason: '为 Electron 编译 better-sqlite3 失败（getaddrinfo ENOTFOUND electronjs.org）' });
    const broken = await ensureElectronAddon({
      root: dir,
      env,
      log: () => undefined,
      build: async ({ outFile }) => {
        mkdirSync(path.dirname(outFile), { recursive: true });
        writeFileSync(outFile, 'not an addon '.repeat(400));
      },
    });
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.reason).toMatch(/不能在 Electron 中加载/);
    const slotDir = path.join(dir, 'node_modules/better-sqlite3/build');
    expect(readdirSync(slotDir).filter((f) => f.startsWith('electron-'))).toEqual([]);
    expect(probeIn(dir)).toBe('');
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
    expect(decideNode({ loaded: false, error: truncated }).action).toBe('rebuild');

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
    expect(decideNode({ loaded: false, error: missing }).action).toBe('rebuild');

    rmSync(path.join(dir, 'node_modules'), { recursive: true });
    expect(classifyLoadError(probeIn(dir))).toBe('missing-package');
  });
});

describe('nativeAbi decisions', () => {
  it('reads Node’s ABI refusal', () => {
    expect(classifyLoadError(ABI_ERROR)).toBe('bad-binary');
    expect(compiledAbi(ABI_ERROR)).toBe(150);
    expect(decideNode({ loaded: false, error: ABI_ERROR })).toMatchObject({ action: 'rebuild' });
    expect(decideNode({ loaded: false, error: 'TypeError: boom\n  at x' })).toEqual({
      action: 'fail', reason: '加载 better-sqlite3 失败：TypeError: boom',
    });
    expect(decideNode({ loaded: true }).action).toBe('none');
  });

  it('keeps the Electron build in a folder of its ABI, built when missing or for another machine', () => {
    expect(electronAddonPath(150)).toBe('build/electron-v150/better_sqlite3.node');
    const host = { platform: 'linux', arch: 'x64' };
    expect(decideElectron({ electronAbi: '150', addon: host, host }).action).toBe('none');
    expect(decideElectron({ electronAbi: '150', addon: null, host })).toMatchObject({ action: 'build', reason: expect.stringContaining('ABI 150') });
    expect(decideElectron({ electronAbi: '150', addon: { platform: 'linux', arch: 'arm64' }, host })).toMatchObject({
      action: 'build', reason: expect.stringContaining('linux-arm64'),
    });
    expect(decideElectron({ electronAbi: '150', addon: { platform: 'win32', arch: 'x64' }, host }).action).toBe('build');
    expect(decideElectron({ electronAbi: null, addon: null, host }).action).toBe('fail');
  });

  it('points node-gyp at local headers for Node and away from them for Electron', () => {
    expect(nodeRebuildEnv({ PATH: '/bin' }, true)).toEqual({ PATH: '/bin', npm_config_nodedir: '/usr' });
    expect(nodeRebuildEnv({ PATH: '/bin' }, false)).toEqual({ PATH: '/bin' });
    expect(nodeRebuildEnv({ NPM_CONFIG_NODEDIR: '/opt/node' }, true)).toEqual({ NPM_CONFIG_NODEDIR: '/opt/node' });
    expect(electronRebuildEnv({ PATH: '/bin', npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr' })).toEqual({ PATH: '/bin' });
  });
});
