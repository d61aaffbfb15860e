// Missing-font check: parsing of captured fc-list / reg query output, and the real fc-list here.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkFonts, decodeConsoleOutput, findMissingFonts, fontKey, parseFcList, parseRegistryFonts, type ExecFn } from '../../../../electron/services/export/fonts';

// Captured from `fc-list : family` on Debian 12 with fonts-noto-cjk and fonts-liberation2.
const FC_LIST = [
  'Noto Serif CJK JP,Noto Serif CJK JP ExtraLight',
  'Noto Sans CJK SC,Noto Sans CJK SC Bold',
  'AR PL UKai CN',
  'Liberation Serif',
  'DejaVu Sans,DejaVu Sans Condensed',
  '文泉驿正黑,WenQuanYi Zen Hei,文泉驛正黑',
  'Font\\,With\\,Commas',
  '',
].join('\n');

// Captured layout of `reg query "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts"` on a
// Chinese Windows 10 PC (value names shortened to a representative set).
const REG_HKLM = [
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
  '    Arial (TrueType)    REG_SZ    arial.ttf',
  '    Times New Roman (TrueType)    REG_SZ    times.ttf',
  '    Times New Roman Bold (TrueType)    REG_SZ    timesbd.ttf',
  '    宋体 & 新宋体 (TrueType)    REG_SZ    simsun.ttc',
  '    黑体 (TrueType)    REG_SZ    simhei.ttf',
  '    仿宋 (TrueType)    REG_SZ    simfang.ttf',
  '    楷体 (TrueType)    REG_SZ    simkai.ttf',
  '    Microsoft YaHei & Microsoft YaHei UI (TrueType)    REG_SZ    msyh.ttc',
  '    Segoe UI Emoji (TrueType)    REG_SZ    seguiemj.ttf',
  '',
].join('\r\n');

const REG_HKCU = [
  '',
  'HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts',
  '    方正小标宋简体 (TrueType)    REG_SZ    C:\\Users\\xz\\AppData\\Local\\Microsoft\\Windows\\Fonts\\FZXBSJW.TTF',
  '    FangSong_GB2312 (TrueType)    REG_EXPAND_SZ    %LOCALAPPDATA%\\Microsoft\\Windows\\Fonts\\FS_GB2312.ttf',
  '',
].join('\r\n');

/** GBK bytes, as reg.exe writes them to a pipe on Chinese Windows (code page 936). */
const GBK: Record<string, number[]> = { 宋: [0xcb, 0xce], 体: [0xcc, 0xe5], 黑: [0xba, 0xda] };
function gbk(text: string): Buffer {
  return Buffer.from(Array.from(text).flatMap((c) => GBK[c] ?? [c.charCodeAt(0)]));
}

describe('font list parsing', () => {
  it('reads every family name fc-list prints, unescaping commas', () => {
    const families = parseFcList(FC_LIST);
    for (const name of ['Noto Serif CJK JP', 'Noto Sans CJK SC Bold', 'AR PL UKai CN', 'WenQuanYi Zen Hei', '文泉驿正黑', 'Font,With,Commas']) {
      expect(families.has(fontKey(name))).toBe(true);
    }
    expect(families.has(fontKey('仿宋_GB2312'))).toBe(false);
  });

  it('reads registry value names, splitting collections and dropping the (TrueType) tag', () => {
    const families = parseRegistryFonts(REG_HKLM + REG_HKCU);
    for (const name of ['Arial', 'Times New Roman', '宋体', '新宋体', '黑体', '仿宋', '楷体', 'Microsoft YaHei UI', '方正小标宋简体', 'FangSong_GB2312']) {
      expect(families.has(fontKey(name))).toBe(true);
    }
    expect(families.has(fontKey('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts'))).toBe(false);
  });

  it('decodes reg output in UTF-8 or in the Chinese console code page', () => {
    expect(decodeConsoleOutput(Buffer.from('    宋体 (TrueType)    REG_SZ    simsun.ttc', 'utf8'))).toContain('宋体');
    expect(decodeConsoleOutput(gbk('    宋体 (TrueType)    REG_SZ    simsun.ttc\r\n    黑体 (TrueType)    REG_SZ    simhei.ttf'))).toContain('黑体');
  });
});

describe('checkFonts', () => {
  const names = ['仿宋_GB2312', '楷体_GB2312', '黑体', '方正小标宋简体', '宋体', 'Times New Roman'];

  it('on Windows reads HKLM and HKCU and matches English and Chinese names', async () => {
    const calls: string[][] = [];
    const exec: ExecFn = async (file, args) => {
      calls.push([file, ...args]);
      return Buffer.from(args[1]?.startsWith('HKCU') ? REG_HKCU : REG_HKLM, 'utf8');
    };
    const result = await checkFonts(names, { platform: 'win32', exec });
    expect(result).toEqual({ missing: ['楷体_GB2312'], checked: true, method: 'registry' });
    expect(calls.map((c) => c.slice(0, 2))).toEqual([['reg', 'query'], ['reg', 'query']]);
    expect(calls[0]?.[2]).toBe('HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts');
    expect(calls[1]?.[2]).toBe('HKCU\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Fonts');
  });

  it('on Windows reads GBK output and survives a missing HKCU key', async () => {
    const exec: ExecFn = async (_file, args) => {
      if (args[1]?.startsWith('HKCU')) throw Object.assign(new Error('ERROR: The system was unable to find the specified registry key or value.'), { code: 1 });
      return gbk('\r\nHKEY_LOCAL_MACHINE\\...\\Fonts\r\n    宋体 (TrueType)    REG_SZ    simsun.ttc\r\n    黑体 (TrueType)    REG_SZ    simhei.ttf\r\n');
    };
    const result = await checkFonts(['宋体', '黑体', '仿宋_GB2312'], { platform: 'win32', exec });
    expect(result).toEqual({ missing: ['仿宋_GB2312'], checked: true, method: 'registry' });
  });

  it('says "not checked" instead of throwing when listing fails, times out or is unsupported', async () => {
    const failing: ExecFn = async () => Promise.reject(Object.assign(new Error('spawn fc-list ENOENT'), { code: 'ENOENT' }));
    expect(await checkFonts(names, { platform: 'linux', exec: failing })).toMatchObject({ missing: [], checked: false, method: 'none' });
    const slow: ExecFn = (file, args, timeoutMs) =>
      new Promise((_, reject) => setTimeout(() => reject(Object.assign(new Error(`${file} timed out after ${timeoutMs} ms`), { killed: true })), 5));
    expect(await checkFonts(names, { platform: 'win32', exec: slow, timeoutMs: 5 })).toMatchObject({ missing: [], checked: false });
    expect(await checkFonts(names, { platform: 'darwin' })).toMatchObject({ missing: [], checked: false, method: 'none' });
    const empty: ExecFn = async () => Buffer.from('');
    expect(await checkFonts(names, { platform: 'linux', exec: empty })).toMatchObject({ missing: [], checked: false, method: 'fc-list' });
  });

  it('asks the real fontconfig on this machine', async () => {
    const installed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
    expect(installed).toContain('Liberation Serif');
    const result = await checkFonts(['Liberation Serif', 'Noto Serif CJK SC', '方正小标宋简体', '仿宋_GB2312', 'Liberation Serif']);
    expect(result).toEqual({ missing: ['方正小标宋简体', '仿宋_GB2312'], checked: true, method: 'fc-list' });
    expect(await findMissingFonts(['Noto Sans CJK SC', 'No Such Font 123'])).toEqual(['No Such Font 123']);
  });
});
