#!/usr/bin/env node
// Usage: node scripts/ensureNative.mjs <node|electron>
// node:     makes better-sqlite3's build/Release load in this Node (tests, the CLI, browser mode,
//           benchmarks), rebuilding it if it does not.
// electron: fetches the Electron program if it is missing, then makes sure the Electron build
//           exists beside the Node one (scripts/electronAddon.mjs). The two
//           never replace each other, so `npm start`, `npm test` and `npx nianbao` run in any order.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronAddon } from './electronAddon.mjs';
import { installElectron } from './electronBinary.mjs';
import { decideNode, nodeRebuildEnv } from './nativeAbi.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROBE = "const D=require('better-sqlite3');const db=new D(':memory:');db.prepare('select 1').get();db.close()";

function log(message) {
  console.log(`[ensureNative] ${message}`);
}

function fail(message) {
  console.error(`[ensureNative] 错误：${message}`);
  process.exit(1);
}

/** Loads better-sqlite3 in a fresh Node process: the current one must not keep a stale addon. */
function probeNode() {
  const result = spawnSync(process.execPath, ['-e', PROBE], { cwd: root, encoding: 'utf8' });
  const crash = result.signal ? `\nkilled by signal ${result.signal}` : '';
  return { loaded: result.status === 0, error: `${result.stderr ?? ''}${result.error?.message ?? ''}${crash}` };
}

function ensureNode() {
  const decision = decideNode(probeNode());
  if (decision.action === 'fail') fail(decision.reason);
  if (decision.action === 'none') return log(`${decision.reason}，无需重建。`);
  log(`${decision.reason}，正在为 Node ${process.versions.node} 重建（约 1 分钟）…`);
  const env = nodeRebuildEnv(process.env, existsSync('/usr/include/node/node.h'));
  // npm is npm.cmd on Windows and needs a shell.
  const result = spawnSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, env, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`.split('\n').slice(-25).join('\n'));
    fail('npm rebuild better-sqlite3 失败（见上方输出）。');
  }
  const after = probeNode();
  if (!after.loaded) fail(`重建后仍无法在 Node 中加载 better-sqlite3：${after.error.trim().split('\n')[0]}`);
  log('已为 Node 重建 better-sqlite3。');
}

/** A build is checked by loading it in Electron: fetch the program first if it is missing
 *  (`npm run dev` / `npm run dist` on a fresh checkout). */
async function fetchElectron() {
  log('正在下载 Electron 程序（只需一次；可用 ELECTRON_MIRROR 指定镜像）…');
  const got = await installElectron({ root, env: process.env });
  if (got.ok) return null;
  return `无法下载 Electron（${got.reason === 'stalled' ? '连接没有响应' : got.detail || '下载失败'}）。可设置 ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ 或 HTTPS_PROXY 后重试`;
}

async function ensureElectron() {
  const result = await ensureElectronAddon({ root, env: process.env, log, fetchElectron });
  if (!result.ok) fail(`${result.reason}。`);
}

const target = process.argv[2];
if (target === 'node') ensureNode();
else if (target === 'electron') await ensureElectron();
else fail('用法：node scripts/ensureNative.mjs <node|electron>');
