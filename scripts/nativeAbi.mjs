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

/** Marker written after a successful Electron rebuild, relative to the project root. */
export const MARKER_PATH = 'node_modules/better-sqlite3/build/.nianbao-abi';

/** @param {string} electronVersion */
export function markerFor(electronVersion) {
  return `electron@${electronVersion}\n`;
}

/** @param {string | null} text @returns {string | null} the Electron version the marker records */
export function parseMarker(text) {
  const match = /^electron@(\S+)\s*$/.exec(text ?? '');
  return match ? match[1] : null;
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
 * What `ensureNative node` does after probing the binary in this Node.
 * A binary that loads in plain Node cannot be an Electron build (their ABIs always differ), so a
 * marker claiming otherwise is stale and goes.
 * @param {{ loaded: boolean, error?: string, marker: string | null }} probe
 * @returns {{ action: 'none' | 'clear-marker' | 'rebuild' | 'fail', reason: string }}
 */
export function decideNode({ loaded, error = '', marker }) {
  if (loaded) {
    return marker == null
      ? { action: 'none', reason: 'better-sqlite3 已与当前 Node 匹配' }
      : { action: 'clear-marker', reason: 'better-sqlite3 可在 Node 中加载，移除过期的 Electron 标记' };
  }
  const kind = classifyLoadError(error);
  if (kind === 'bad-binary') return { action: 'rebuild', reason: 'better-sqlite3 的二进制文件不能在当前 Node 中加载（ABI 不符或文件损坏）' };
  if (kind === 'missing-binary') return { action: 'rebuild', reason: 'better-sqlite3 的二进制文件缺失' };
  if (kind === 'missing-package') return { action: 'fail', reason: '未安装 better-sqlite3，请先运行 npm install' };
  return { action: 'fail', reason: `加载 better-sqlite3 失败：${firstLine(error)}` };
}

/**
 * What `ensureNative electron` does. The marker alone is not trusted: a cross-arch package build
 * (-c.npmRebuild=true) leaves another CPU's addon behind under an unchanged marker.
 * @param {{ electronVersion: string | null, marker: string | null,
 *   binary: { platform: string, arch: string } | null, host: { platform: string, arch: string } }} state
 * @returns {{ action: 'none' | 'rebuild' | 'fail', reason: string }}
 */
export function decideElectron({ electronVersion, marker, binary, host }) {
  if (!electronVersion) return { action: 'fail', reason: '未安装 electron，请先运行 npm install' };
  if (binary == null) return { action: 'rebuild', reason: 'better-sqlite3 的二进制文件缺失或无法识别' };
  if (binary.platform !== host.platform || binary.arch !== host.arch) {
    return { action: 'rebuild', reason: `better-sqlite3 是 ${binary.platform}-${binary.arch} 的二进制，本机是 ${host.platform}-${host.arch}` };
  }
  const built = parseMarker(marker);
  if (built === electronVersion) return { action: 'none', reason: `better-sqlite3 已为 Electron ${electronVersion} 编译` };
  return {
    action: 'rebuild',
    reason: built ? `better-sqlite3 是为 Electron ${built} 编译的，当前为 ${electronVersion}` : `better-sqlite3 尚未为 Electron ${electronVersion} 编译`,
  };
}

/**
 * After an Electron rebuild, Node must refuse the binary with Electron's ABI. If Node loads it,
 * the rebuild silently targeted Node (toolchain.md: a set npm_config_nodedir does that).
 * @param {{ loaded: boolean, error?: string, electronAbi: number | null }} probe
 * @returns {{ ok: boolean, reason: string }}
 */
export function verifyElectronBuild({ loaded, error = '', electronAbi }) {
  if (loaded) return { ok: false, reason: '重建后的 better-sqlite3 仍是 Node 版本，未能为 Electron 编译（需要联网下载 Electron 头文件）' };
  if (classifyLoadError(error) !== 'bad-binary') return { ok: false, reason: `重建后的 better-sqlite3 无法识别：${firstLine(error)}` };
  const abi = compiledAbi(error);
  if (electronAbi != null && abi != null && abi !== electronAbi) {
    return { ok: false, reason: `重建后的 better-sqlite3 是 NODE_MODULE_VERSION ${abi}，Electron 需要 ${electronAbi}` };
  }
  return { ok: true, reason: 'better-sqlite3 已为 Electron 编译' };
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
