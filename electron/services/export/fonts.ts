// Which of the fonts an export names are not installed on this PC. Word and WPS silently substitute
// a missing 仿宋_GB2312 or 方正小标宋简体, so the user is told before exporting — a warning only.
// Linux asks fontconfig (`fc-list : family`); Windows reads the font registrations of the machine
// (HKLM) and of the user (HKCU). Anything else, or any failure, gives "not checked", never a throw.
import { execFile } from 'node:child_process';
import type { FontCheck } from '../../../shared/export/preview';

export type { FontCheck };

/** Runs a program without a shell and returns its raw stdout. */
export type ExecFn = (file: string, args: string[], timeoutMs: number) => Promise<Buffer>;

export interface FontCheckOptions {
  platform?: NodeJS.Platform;
  exec?: ExecFn;
  timeoutMs?: number;
}

/**
 * Other names of the same family. Fonts carry an English and a Chinese family name; which one a
 * font list shows depends on the system language and on the installer.
 */
const FONT_ALIASES: string[][] = [
  ['仿宋_GB2312', 'FangSong_GB2312'],
  ['楷体_GB2312', 'KaiTi_GB2312'],
  ['仿宋', 'FangSong'],
  ['楷体', 'KaiTi'],
  ['黑体', 'SimHei'],
  ['宋体', 'SimSun'],
  ['新宋体', 'NSimSun'],
  ['微软雅黑', 'Microsoft YaHei'],
  ['方正小标宋简体', 'FZXiaoBiaoSong-B05S'],
  ['方正小标宋_GBK', 'FZXiaoBiaoSong-B05'],
  ['方正仿宋简体', 'FZFangSong-Z02S'],
  ['方正仿宋_GBK', 'FZFangSong-Z02'],
  ['方正楷体简体', 'FZKai-Z03S'],
  ['方正楷体_GBK', 'FZKai-Z03'],
  ['方正黑体简体', 'FZHei-B01S'],
  ['方正黑体_GBK', 'FZHei-B01'],
  ['华文仿宋', 'STFangsong'],
  ['华文楷体', 'STKaiti'],
  ['华文中宋', 'STZhongsong'],
];

/** Comparable form of a family name: width-folded, case-folded, without spaces. */
export function fontKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function namesOf(name: string): string[] {
  const key = fontKey(name);
  const group = FONT_ALIASES.find((g) => g.some((n) => fontKey(n) === key));
  return group ? group.map(fontKey) : [key];
}

/** Installed family names from `fc-list : family` (one font per line, names comma-separated). */
export function parseFcList(stdout: string): Set<string> {
  const families = new Set<string>();
  for (const line of stdout.split(/\r?\n/)) {
    for (const raw of line.split(/(?<!\\),/)) {
      const name = raw.replace(/\\(.)/g, '$1').trim();
      if (name) families.add(fontKey(name));
    }
  }
  return families;
}

/**
 * Installed family names from `reg query …\Fonts`: value names such as 「仿宋 (TrueType)」,
 * 「SimSun & NSimSun (TrueType)」 (a collection), 「方正小标宋简体 (TrueType)」.
 */
export function parseRegistryFonts(stdout: string): Set<string> {
  const families = new Set<string>();
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^\s+(.+?)\s+REG_(?:SZ|EXPAND_SZ)\b/.exec(line);
    if (!match?.[1]) continue;
    const label = match[1].replace(/\s*\([^()]*\)\s*$/, '');
    for (const name of label.split(/\s+&\s+/)) {
      if (name.trim()) families.add(fontKey(name.trim()));
    }
  }
  return families;
}

/**
 * reg.exe writes in the console code page when piped: UTF-8 if the user switched it, else the
 * ANSI/OEM page — GBK (936) on Chinese Windows. Returns null when the bytes cannot be read.
 */
export function decodeConsoleOutput(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gbk').decode(bytes);
    } catch {
      return null;
    }
  }
}

const defaultExec: ExecFn = (file, args, timeoutMs) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { encoding: 'buffer', timeout: timeoutMs, windowsHide: true, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });

const FONTS_KEY = 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts';

async function installedFamilies(platform: NodeJS.Platform, exec: ExecFn, timeoutMs: number): Promise<{ families: Set<string>; method: FontCheck['method'] }> {
  if (platform === 'win32') {
    const machine = decodeConsoleOutput(await exec('reg', ['query', `HKLM\\${FONTS_KEY}`], timeoutMs));
    if (machine === null) throw new Error('reg output in an unknown encoding');
    // Per-user fonts (Windows 10 1809+) live under HKCU; the key is absent on many PCs.
    const user = await exec('reg', ['query', `HKCU\\${FONTS_KEY}`], timeoutMs).then(decodeConsoleOutput, () => '');
    return { families: new Set([...parseRegistryFonts(machine), ...parseRegistryFonts(user ?? '')]), method: 'registry' };
  }
  if (platform === 'linux' || platform === 'freebsd' || platform === 'openbsd') {
    const out = await exec('fc-list', [':', 'family'], timeoutMs);
    return { families: parseFcList(out.toString('utf8')), method: 'fc-list' };
  }
  throw new Error(`no font listing on ${platform}`);
}

/** Which of `names` this PC lacks, and whether that could be found out at all. Never throws. */
export async function checkFonts(names: string[], options: FontCheckOptions = {}): Promise<FontCheck> {
  const platform = options.platform ?? process.platform;
  const exec = options.exec ?? defaultExec;
  const timeoutMs = options.timeoutMs ?? 5000;
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
  try {
    const { families, method } = await installedFamilies(platform, exec, timeoutMs);
    if (families.size === 0) return { missing: [], checked: false, method, detail: 'the font list was empty' };
    const missing = unique.filter((name) => !namesOf(name).some((alias) => families.has(alias)));
    return { missing, checked: true, method };
  } catch (error) {
    return { missing: [], checked: false, method: 'none', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The names among `names` this PC lacks; empty also when the check was not possible (see checkFonts). */
export async function findMissingFonts(names: string[]): Promise<string[]> {
  return (await checkFonts(names)).missing;
}
