#!/usr/bin/env node
// Usage: node scripts/ensureNative.mjs <node|electron>
// Makes node_modules/better-sqlite3's compiled addon match the runtime about to use it: Node for
// tests, the CLI and benchmarks; Electron for the app. One binary cannot serve both ABIs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  MARKER_PATH, decideElectron, decideNode, electronRebuildEnv, identifyBinary, markerFor, nodeRebuildEnv,
  verifyElectronBuild,
} from './nativeAbi.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const markerFile = path.join(root, MARKER_PATH);
const addon = path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
const PROBE = "const D=require('better-sqlite3');const db=new D(':memory:');db.prepare('select 1').get();db.close()";

function log(message) {
  console.log(`[ensureNative] ${message}`);
}

function fail(message) {
  console.error(`[ensureNative] 错误：${message}`);
  process.exit(1);
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Loads better-sqlite3 in a fresh Node process: the current one must not keep a stale addon. */
function probeNode() {
  const result = spawnSync(process.execPath, ['-e', PROBE], { cwd: root, encoding: 'utf8' });
  const crash = result.signal ? `\nkilled by signal ${result.signal}` : '';
  return { loaded: result.status === 0, error: `${result.stderr ?? ''}${result.error?.message ?? ''}${crash}` };
}

function run(command, args, env) {
  // npm is npm.cmd on Windows and needs a shell; node itself must not get one (spaces in its path).
  const shell = command === 'npm' && process.platform === 'win32';
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', shell });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`;
    console.error(output.split('\n').slice(-25).join('\n'));
  }
  return result.status === 0;
}

function ensureNode() {
  const decision = decideNode({ ...probeNode(), marker: readText(markerFile) });
  if (decision.action === 'fail') fail(decision.reason);
  if (decision.action === 'none') return log(`${decision.reason}，无需重建。`);
  if (decision.action === 'clear-marker') {
    rmSync(markerFile, { force: true });
    return log(`${decision.reason}。`);
  }
  log(`${decision.reason}，正在为 Node ${process.versions.node} 重建（约 1 分钟）…`);
  const env = nodeRebuildEnv(process.env, existsSync('/usr/include/node/node.h'));
  if (!run('npm', ['rebuild', 'better-sqlite3'], env)) fail('npm rebuild better-sqlite3 失败（见上方输出）。');
  rmSync(markerFile, { force: true });
  const after = probeNode();
  if (!after.loaded) fail(`重建后仍无法在 Node 中加载 better-sqlite3：${after.error.trim().split('\n')[0]}`);
  log('已为 Node 重建 better-sqlite3。');
}

function ensureElectron() {
  const electronPkg = readText(path.join(root, 'node_modules/electron/package.json'));
  const electronVersion = electronPkg ? JSON.parse(electronPkg).version : null;
  const binary = existsSync(addon) ? identifyBinary(new Uint8Array(readFileSync(addon).subarray(0, 4096))) : null;
  const host = { platform: process.platform, arch: process.arch };
  const decision = decideElectron({ electronVersion, marker: readText(markerFile), binary, host });
  if (decision.action === 'fail') fail(decision.reason);
  if (decision.action === 'none') return log(`${decision.reason}，无需重建。`);

  log(`${decision.reason}，正在用 electron-builder install-app-deps 重建（需要联网）…`);
  // node-gyp wipes build/ before it fetches Electron's headers; keep the working Node binary so an
  // offline attempt does not leave the checkout without any binary at all.
  const backup = path.join(tmpdir(), `nianbao-better_sqlite3-${process.pid}.node`);
  if (existsSync(addon)) copyFileSync(addon, backup);
  const cli = path.join(root, 'node_modules/electron-builder/cli.js');
  const rebuilt = run(process.execPath, [cli, 'install-app-deps'], electronRebuildEnv(process.env));
  const abiText = readText(path.join(root, 'node_modules/electron/abi_version'));
  const check = rebuilt ? verifyElectronBuild({ ...probeNode(), electronAbi: abiText ? Number(abiText) : null }) : null;
  if (!check?.ok) {
    const restored = existsSync(backup);
    if (restored) {
      mkdirSync(path.dirname(addon), { recursive: true });
      copyFileSync(backup, addon);
      rmSync(backup, { force: true });
    }
    const reason = check ? check.reason : 'electron-builder install-app-deps 失败（见上方输出；离线时无法为 Electron 编译）';
    fail(`${reason}${restored ? '；已恢复原有的二进制文件' : ''}。`);
  }
  rmSync(backup, { force: true });
  writeFileSync(markerFile, markerFor(electronVersion));
  log(`已为 Electron ${electronVersion} 重建 better-sqlite3。`);
}

const target = process.argv[2];
if (target === 'node') ensureNode();
else if (target === 'electron') ensureElectron();
else fail('用法：node scripts/ensureNative.mjs <node|electron>');
