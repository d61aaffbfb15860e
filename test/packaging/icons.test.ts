// The committed icons, resolved by electron-builder's own icon code exactly as a build does:
// no fallback to Electron's icon and no conversion tool (which would need a download).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

type Icon = { file: string; size: number };
type ConvertIcon = (options: { sources: string[]; fallbackSources: string[]; roots: string[]; format: 'set' | 'ico'; outDir: string }) => Promise<{ icons: Icon[]; isFallback: boolean }>;

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const { convertIcon } = require('app-builder-lib/out/util/iconConverter.js') as { convertIcon: ConvertIcon };
const builderConfig = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string, options: null): Promise<{
    directories: { buildResources: string }; win: { icon: string }; linux: { icon: string };
  }>;
};

const outDir = mkdtempSync(path.join(tmpdir(), 'nianbao-icons-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

async function resolve(format: 'set' | 'ico') {
  const config = await builderConfig.getConfig(root, 'electron-builder.yml', null);
  const source = format === 'ico' ? config.win.icon : config.linux.icon;
  // PlatformPackager.resolveIcon searches buildResources, then the project folder.
  const roots = [path.join(root, config.directories.buildResources), root];
  return convertIcon({ sources: [source], fallbackSources: [], roots, format, outDir });
}

function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('app icons', () => {
  it('gives Linux a ready-made set from 16 to 512 px', async () => {
    const { icons, isFallback } = await resolve('set');
    expect(isFallback).toBe(false);
    expect(icons.map((i) => i.size)).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
    for (const icon of icons) expect(pngSize(readFileSync(icon.file))).toEqual([icon.size, icon.size]);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('gives Windows a valid .ico up to 256 px whose entries are real PNGs', async () => {
    const { icons, isFallback } = await resolve('ico');
    expect(isFallback).toBe(false);
    expect(icons).toHaveLength(1);
    expect(icons[0]!.size).toBe(256);
    const ico = readFileSync(icons[0]!.file);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + 16 * i;
      const size = ico[entry] || 256;
      const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      expect(pngSize(png)).toEqual([size, size]);
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });
});
