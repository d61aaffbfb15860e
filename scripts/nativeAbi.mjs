// Pure decisions for scripts/ensureNative.mjs: which runtime better-sqlite3's binary was built
// for, and what to do about it. No I/O here so the choices are unit-tested without rebuilding.

// Object-file machine codes: ELF e_machine, PE Machine, Mach-O cputype.
const ELF_MACHINES = { 0x03: 'ia32', 0x3e: 'x64', 0x28: 'armv7l', 0xb7: 'arm64' };
const PE_MACHINES = { 0x14c: 'ia32', 0x8664: 'x64', 0x1c4: 'armv7l', 0xaa64: 'arm64' };
const MACHO_CPUS = { 0x7: 'ia32', 0x01000007: 'x64', 0xc: 'armv7l', 0x0100000c: 'arm64' };

/**
 * Reads the object format and CPU of a native module from its first bytes (at least 4 KiB of
 * the file: the PE header offset is in the DOS header). Returns null for anything unrecognised.
 * @param {Uint8Array} bytes
 * @returns {{ platform: 'linux' | 'win32' | 'darwin', arch: string } | null}
 */
export function identifyBinary(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 20 && view.getUint32(0) === 0x7f454c46) {
    const littleEndian = bytes[5] === 1;
    const machine = view.getUint16(18, littleEndian);
    return { platform: 'linux', arch: ELF_MACHINES[machine] ?? `elf-${machine}` };
  }
  if (bytes.length >= 0x40 && bytes[0] === 0x4d && bytes[1] === 0x5a) {
    const peOffset = view.getUint32(0x3c, true);
    if (peOffset + 6 > bytes.length || view.getUint32(peOffset) !== 0x50450000) return null;
    const machine = view.getUint16(peOffset + 4, true);
    return { platform: 'win32', arch: PE_MACHINES[machine] ?? `pe-${machine}` };
  }
  if (bytes.length >= 8) {
    const magic = view.getUint32(0);
    if (magic === 0xcafebabe) return { platform: 'darwin', arch: 'universal' };
    if (magic === 0xcffaedfe || magic === 0xcefaedfe) {
      const cpu = view.getUint32(4, true);
      return { platform: 'darwin', arch: MACHO_CPUS[cpu] ?? `macho-${cpu}` };
    }
  }
  return null;
}

/**
 * Where the Electron build of better-sqlite3 lives, beside the Node build (build/Release) that
 * tests, the CLI and browser mode load: one folder per Electron ABI, so `npm start`, `npm test`
 * and `npx nianbao` work in any order and never rebuild each other's binary. The app passes this
 * file to better-sqlite3 as `nativeBinding` (electron/services/db/sqlite.ts).
 * @param {string | number} abi NODE_MODULE_VERSION of the Electron (node_modules/electron/abi_version)
 */
export function electronAddonPath(abi) {
  return `build/electron-v${abi}/better_sqlite3.node`;
}

/**
 * Classifies the error of loading better-sqlite3 in a runtime. 'bad-binary' means the addon file
 * is there but this runtime cannot load it: another ABI, OS or CPU, or a truncated file (which
 * can crash the loader outright, hence the signals).
 * @param {string} message stderr of the probe, plus "killed by signal X" if it crashed
 * @returns {'bad-binary' | 'missing-binary' | 'missing-package' | 'other'}
 */
export function classifyLoadError(message) {
  const badBinary = [
    /NODE_MODULE_VERSION/, /compiled against a different Node\.js version/, /invalid ELF header/, /wrong ELF class/,
    /file too short/, /not a valid Win32 application/i, /wrong architecture|incompatible architecture/,
    /Module did not self-register/, /killed by signal SIG(BUS|SEGV|ILL|ABRT)/,
    // glibc's wording for an addon built for another CPU.
    /better_sqlite3\.node: cannot open shared object file/,
  ];
  if (badBinary.some((pattern) => pattern.test(message))) return 'bad-binary';
  if (/Could not locate the bindings file/.test(message) || /Cannot find module .*better_sqlite3\.node/.test(message)) {
    return 'missing-binary';
  }
  if (/Cannot find module 'better-sqlite3'/.test(message)) return 'missing-package';
  return 'other';
}

/** The NODE_MODULE_VERSION a binary was compiled against, from Node's mismatch message. */
export function compiledAbi(message) {
  const match = /compiled against a different Node\.js version using\s+NODE_MODULE_VERSION (\d+)/.exec(message);
  return match ? Number(match[1]) : null;
}

/**
 * What `ensureNative node` does after probing build/Release in this Node.
 * @param {{ loaded: boolean, error?: string }} probe
 * @returns {{ action: 'none' | 'rebuild' | 'fail', reason: string }}
 */
export function decideNode({ loaded, error = '' }) {
  if (loaded) return { action: 'none', reason: 'better-sqlite3 已与当前 Node 匹配' };
  const kind = classifyLoadError(error);
  if (kind === 'bad-binary') return { action: 'rebuild', reason: 'better-sqlite3 的二进制文件不能在当前 Node 中加载（ABI 不符或文件损坏）' };
  if (kind === 'missing-binary') return { action: 'rebuild', reason: 'better-sqlite3 的二进制文件缺失' };
  if (kind === 'missing-package') return { action: 'fail', reason: '未安装 better-sqlite3，请先运行 npm install' };
  return { action: 'fail', reason: `加载 better-sqlite3 失败：${firstLine(error)}` };
}

/**
 * What `ensureNative electron` does about the Electron build beside the Node one. Its folder is
 * named by the ABI, so an existing file for this machine is the right one; another OS's or CPU's
 * file (a copied checkout) is rebuilt.
 * @param {{ electronAbi: string | null, addon: { platform: string, arch: string } | null,
 *   host: { platform: string, arch: string } }} state
 * @returns {{ action: 'none' | 'build' | 'fail', reason: string }}
 */
export function decideElectron({ electronAbi, addon, host }) {
  if (!electronAbi) return { action: 'fail', reason: '未安装 electron，请先运行 npm install' };
  if (addon == null) return { action: 'build', reason: `better-sqlite3 尚未为 Electron（ABI ${electronAbi}）编译` };
  if (addon.platform !== host.platform || addon.arch !== host.arch) {
    return { action: 'build', reason: `Electron 版的 better-sqlite3 是 ${addon.platform}-${addon.arch} 的二进制，本机是 ${host.platform}-${host.arch}` };
  }
  return { action: 'none', reason: `better-sqlite3 已有 Electron（ABI ${electronAbi}）版本` };
}

/**
 * Environment for `npm rebuild` targeting Node: node-gyp needs local headers offline.
 * @param {Record<string, string | undefined>} env
 * @param {boolean} hasNodeHeaders whether /usr/include/node/node.h exists
 */
export function nodeRebuildEnv(env, hasNodeHeaders) {
  const set = Object.keys(env).some((key) => key.toLowerCase() === 'npm_config_nodedir');
  return set || !hasNodeHeaders ? { ...env } : { ...env, npm_config_nodedir: '/usr' };
}

/**
 * Environment for the Electron rebuild: without Node's nodedir, or node-gyp would build against
 * Node's headers and produce a binary Electron refuses.
 * @param {Record<string, string | undefined>} env
 */
export function electronRebuildEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));
}

function firstLine(text) {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '未知错误').trim().slice(0, 300);
}
