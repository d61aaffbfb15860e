// electron-builder afterPack hook. With npmRebuild: false the packed better-sqlite3 binary is
// whatever node_modules holds, so an arm64 or Windows package built on an x64 Linux host would
// ship an x64 Linux .node file and crash on first start. Refuse such a package instead.
import { readdir, open } from 'node:fs/promises';
import path from 'node:path';
import { identifyBinary } from './nativeAbi.mjs';

export { identifyBinary };

/** electron-builder's Arch enum (builder-util): ia32, x64, armv7l, arm64, universal. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/**
 * Compares every packed native module with the package's target. Returns one Chinese message per
 * problem; an empty list means the package is consistent.
 * @param {{ file: string, found: ReturnType<typeof identifyBinary> }[]} modules
 * @param {{ platform: string, arch: string }} target electronPlatformName ('mas' counts as darwin)
 * @returns {string[]}
 */
export function nativeMismatches(modules, target) {
  const platform = target.platform === 'mas' ? 'darwin' : target.platform;
  if (modules.length === 0) {
    return ['安装包中没有找到任何 .node 原生模块：better-sqlite3 未被解包（检查 asarUnpack）。'];
  }
  const problems = [];
  for (const { file, found } of modules) {
    if (found == null) {
      problems.push(`${file}：无法识别的原生模块格式。`);
    } else if (found.platform !== platform) {
      problems.push(`${file}：是 ${found.platform} 平台的二进制，目标平台是 ${platform}。`);
    } else if (found.arch !== target.arch && !(found.arch === 'universal' && platform === 'darwin')) {
      problems.push(`${file}：是 ${found.arch} 架构的二进制，目标架构是 ${target.arch}。`);
    }
  }
  return problems;
}

async function* nodeFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* nodeFiles(full);
    else if (entry.isFile() && entry.name.endsWith('.node')) yield full;
  }
}

async function readHead(file) {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Scans a packed app folder; throws with every mismatch so electron-builder stops. */
export async function checkPackedApp(appOutDir, target) {
  const modules = [];
  for await (const file of nodeFiles(appOutDir)) {
    modules.push({ file: path.relative(appOutDir, file), found: identifyBinary(await readHead(file)) });
  }
  const problems = nativeMismatches(modules, target);
  if (problems.length > 0) {
    throw new Error(
      `原生模块与安装包目标不符（${target.platform}-${target.arch}）：\n  ${problems.join('\n  ')}\n` +
        '请在相同系统和架构的机器上打包，或在联网机器上加 -c.npmRebuild=true 为目标重新编译。',
    );
  }
  return modules;
}

/** @param {{ appOutDir: string, electronPlatformName: string, arch: number }} context */
export default async function afterPack(context) {
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  await checkPackedApp(context.appOutDir, { platform: context.electronPlatformName, arch });
}
