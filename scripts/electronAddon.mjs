// The Electron build of better-sqlite3, kept beside the Node build (see electronAddonPath in
// nativeAbi.mjs): made once per Electron ABI in a throwaway copy of the package with
// @electron/rebuild (a prebuilt binary when one is published, else a compile against Electron's
// headers — both need the network), then checked by loading it in Electron itself (run as Node),
// and only then put in place. build/Release, which Node uses, is never touched.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, closeSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decideElectron, electronAddonPath, electronRebuildEnv, identifyBinary } from './nativeAbi.mjs';

const readText = (file) => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
};

function head(file) {
  const fd = openSync(file, 'r');
  try {
    const buffer = new Uint8Array(4096);
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * The Electron executable `npm start` would run, as electron's own index.js finds it
 * (ELECTRON_OVERRIDE_DIST_PATH, else node_modules/electron/dist/<path.txt>), or null when the
 * binary has not been downloaded.
 * @param {string} root @param {Record<string, string | undefined>} env
 */
export function electronExecutable(root, env) {
  const pkg = path.join(root, 'node_modules', 'electron');
  const rel = readText(path.join(pkg, 'path.txt'));
  const file = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, rel || (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    : rel && path.join(pkg, 'dist', rel);
  return file && existsSync(file) ? file : null;
}

/** Loads an addon in Electron run as Node; the error text when it does not load. */
function loadsInElectron(root, electron, addon, env) {
  const probe = `const D=require(${JSON.stringify(path.join(root, 'node_modules', 'better-sqlite3'))});` +
    `const db=new D(':memory:',{nativeBinding:${JSON.stringify(addon)}});db.prepare('select 1').get();db.close()`;
  const result = spawnSync(electron, ['-e', probe], { env: { ...env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8', timeout: 60_000 });
  return result.status === 0 ? null : `${result.stderr ?? ''}${result.error?.message ?? ''}`.trim().split('\n')[0] || `退出码 ${result.status}`;
}

/**
 * Builds better-sqlite3 for Electron in a temp copy of the package and writes the addon to `outFile`.
 * @param {{ root: string, electronVersion: string, outFile: string, env: Record<string, string | undefined> }} job
 */
export async function rebuildInCopy({ root, electronVersion, outFile, env }) {
  const work = mkdtempSync(path.join(tmpdir(), 'nianbao-electron-sqlite-'));
  try {
    const from = path.join(root, 'node_modules', 'better-sqlite3');
    const to = path.join(work, 'node_modules', 'better-sqlite3');
    cpSync(from, to, { recursive: true, filter: (src) => !src.startsWith(path.join(from, 'build')) });
    const version = JSON.parse(readFileSync(path.join(from, 'package.json'), 'utf8')).version;
    writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'nianbao-native', private: true, dependencies: { 'better-sqlite3': version } }));
    // node-gyp reads npm_config_nodedir from this process's environment: set, it would build for
    // Node's ABI. This runs in ensureNative's own process, so dropping it here is safe.
    for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
    mkdirSync(path.dirname(outFile), { recursive: true });
    cpSync(path.join(to, 'build', 'Release', 'better_sqlite3.node'), outFile);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Makes sure the Electron build exists for this Electron and machine.
 * @param {{ root: string, env: Record<string, string | undefined>, log: (m: string) => void,
 *   build?: typeof rebuildInCopy, fetchElectron?: () => Promise<string | null> }} options
 *   `build` is the compile step (tests stand one in: Electron's headers cannot be downloaded
 *   there); `fetchElectron` gets the Electron program when a build needs it and it is missing
 *   (resolves with why it could not, or null)
 * @returns {Promise<{ ok: true, file: string, built: boolean } | { ok: false, reason: string }>}
 */
export async function ensureElectronAddon({ root, env, log, build = rebuildInCopy, fetchElectron }) {
  const electronPkg = path.join(root, 'node_modules', 'electron');
  const electronAbi = readText(path.join(electronPkg, 'abi_version'));
  const electronVersion = readText(path.join(electronPkg, 'package.json')) && JSON.parse(readFileSync(path.join(electronPkg, 'package.json'), 'utf8')).version;
  const sqlite = path.join(root, 'node_modules', 'better-sqlite3');
  const file = electronAbi ? path.join(sqlite, electronAddonPath(electronAbi)) : '';
  const addon = file && existsSync(file) ? identifyBinary(head(file)) : null;
  const decision = decideElectron({ electronAbi, addon, host: { platform: process.platform, arch: process.arch } });
  if (decision.action === 'fail') return { ok: false, reason: decision.reason };
  if (decision.action === 'none') {
    log(`${decision.reason}，无需重建。`);
    return { ok: true, file, built: false };
  }
  if (!electronExecutable(root, env) && fetchElectron) {
    const why = await fetchElectron();
    if (why) return { ok: false, reason: why };
  }
  const electron = electronExecutable(root, env);
  if (!electron) return { ok: false, reason: '还没有下载 Electron 程序，无法检验为它编译的 better-sqlite3' };
  log(`${decision.reason}，正在为 Electron ${electronVersion} 单独编译一份（需要联网，约 1 分钟；Node 用的那份不动）…`);
  // Built into a side folder and moved in place only once Electron has loaded it.
  const partialDir = `${path.dirname(file)}.partial`;
  const partial = path.join(partialDir, path.basename(file));
  rmSync(partialDir, { recursive: true, force: true });
  try {
    await build({ root, electronVersion, outFile: partial, env: electronRebuildEnv(env) });
  } catch (err) {
    rmSync(partialDir, { recursive: true, force: true });
    return { ok: false, reason: `为 Electron 编译 better-sqlite3 失败（${String(err?.message ?? err).split('\n')[0]}）` };
  }
  const refusal = existsSync(partial) ? loadsInElectron(root, electron, partial, env) : '编译没有产生 better_sqlite3.node';
  if (refusal) {
    rmSync(partialDir, { recursive: true, force: true });
    return { ok: false, reason: `编译出的 better-sqlite3 不能在 Electron 中加载：${refusal}` };
  }
  rmSync(path.dirname(file), { recursive: true, force: true });
  renameSync(partialDir, path.dirname(file));
  log(`已为 Electron ${electronVersion} 编译 better-sqlite3：${path.relative(root, file)}`);
  return { ok: true, file, built: true };
}
