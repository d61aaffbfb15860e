// Runs the real electron-builder on electron-builder.yml (`--dir`, Linux) against a stand-in
// Electron folder — offline, ~10 s — and inspects what would ship: app.asar, the unpacked native
// addon, extra resources and the afterPack guard. Then the deb target on that folder, with a
// stand-in fpm (CUSTOM_FPM_PATH) that records what it was asked to package: a configuration
// electron-builder refuses (no homepage, no maintainer) fails here, not on the release machine.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronAddonPath } from '../../scripts/nativeAbi.mjs';
import { electronAddon } from '../../electron/services/db/sqlite';
import { ImportReader } from '../../electron/services/import/reader';
import { forkReader, resolveReaderEntry } from '../../electron/services/import/readerProcess';
import { VALID_DIR } from '../electron/services/import/hostileCorpus';

type AsarEntry = { files?: Record<string, AsarEntry>; unpacked?: boolean; size?: number };

const root = path.resolve(__dirname, '../..');
const ELECTRON_ABI = readFileSync(path.join(root, 'node_modules/electron/abi_version'), 'utf8').trim();
const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { getRawHeader(archive: string): { header: AsarEntry } };
const pkg = require('../../package.json') as {
  version: string;
  homepage: string;
  author: { name: string; email: string };
  desktopName: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let project = '';
let build: { status: number | null; output: string };
const appDir = () => path.join(project, 'release/linux-unpacked');
const resourcesDir = () => path.join(appDir(), 'resources');

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function electronBuilderWith(args: string[], env: Record<string, string> = {}) {
  const cli = path.join(project, 'node_modules/electron-builder/cli.js');
  const result = spawnSync(process.execPath, [cli, `-c.electronDist=${path.join(project, 'standin')}`, '-c.npmRebuild=false', ...args], {
    cwd: project,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ELECTRON_BUILDER_CACHE: path.join(project, '.cache'), ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const electronBuilder = (...args: string[]) => electronBuilderWith(['--linux', '--dir', ...args]);

/** Every file in app.asar as '/path', with whether it lives in app.asar.unpacked. */
function asarFiles(): Map<string, boolean> {
  const files = new Map<string, boolean>();
  const walk = (entry: AsarEntry, prefix: string) => {
    for (const [name, child] of Object.entries(entry.files ?? {})) {
      if (child.files) walk(child, `${prefix}/${name}`);
      else files.set(`${prefix}/${name}`, child.unpacked === true);
    }
  };
  walk(asar.getRawHeader(path.join(resourcesDir(), 'app.asar')).header, '');
  return files;
}

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'nianbao-pack-'));
  for (const file of ['package.json', 'electron-builder.yml', 'scripts/checkPackedNative.mjs', 'scripts/nativeAbi.mjs']) {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(project, file));
  }
  // The real build output (npm test builds it first), a source map that must not ship, and
  // sources: only out/ may reach app.asar.
  cpSync(path.join(root, 'out'), path.join(project, 'out'), { recursive: true });
  write(path.join(project, 'out/main/main.js.map'), '{}');
  write(path.join(project, 'electron/main.ts'), 'export {};\n');
  write(path.join(project, 'test/x.test.ts'), 'export {};\n');
  write(path.join(project, 'resources/templates/乡镇.json'), '{"kind":"township"}\n');
  write(path.join(project, 'resources/icons/icon.txt'), 'build-time only\n');
  cpSync(path.join(root, 'resources/icons/linux'), path.join(project, 'resources/icons/linux'), { recursive: true });
  // Stand-in Electron: the executable and a few locales (electronLanguages keeps zh-CN, en-US).
  write(path.join(project, 'standin/electron'), '#!/bin/sh\nexit 0\n');
  for (const locale of ['zh-CN', 'en-US', 'fr', 'de']) write(path.join(project, `standin/locales/${locale}.pak`), locale);
  // electron-builder walks real package folders (a symlinked node_modules loses transitive
  // dependencies); hard links make the copy instant and take no space.
  const link = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(project, 'node_modules')]);
  if (link.status !== 0) spawnSync('cp', ['-a', path.join(root, 'node_modules'), path.join(project, 'node_modules')]);
  // The Electron build `npm run dist` makes first (ensureNative electron) cannot be compiled here:
  // this machine's Node build stands in for it, in its place beside build/Release.
  const slot = path.join(project, 'node_modules/better-sqlite3', electronAddonPath(ELECTRON_ABI));
  mkdirSync(path.dirname(slot), { recursive: true });
  copyFileSync(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), slot);
  build = electronBuilder('--x64');
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('electron-builder --dir with electron-builder.yml', () => {
  it('packages without errors', () => {
    expect(build.output).not.toMatch(/⨯/);
    expect(build.status).toBe(0);
    expect(existsSync(path.join(appDir(), 'nianbao'))).toBe(true);
  });

  it('puts only the built app and production dependencies into app.asar', () => {
    const files = asarFiles();
    for (const file of ['/package.json', '/out/main/main.js', '/out/preload/preload.cjs', '/out/renderer/index.html']) {
      expect(files.has(file), file).toBe(true);
    }
    const paths = [...files.keys()];
    expect(paths.filter((p) => !p.startsWith('/node_modules/') && !p.startsWith('/out/') && p !== '/package.json')).toEqual([]);
    expect(paths.filter((p) => p.endsWith('.map') || p.endsWith('.d.ts'))).toEqual([]);
    for (const dep of [...Object.keys(pkg.dependencies), 'bindings']) {
      expect(files.has(`/node_modules/${dep}/package.json`), dep).toBe(true);
    }
    for (const dev of ['electron', 'electron-builder', 'react', 'vitest', 'typescript', '@codemirror/state']) {
      expect(paths.some((p) => p.startsWith(`/node_modules/${dev}/`)), dev).toBe(false);
    }
  });

  it('unpacks better-sqlite3 with only the Electron build of its addon, where the app looks for it', () => {
    const files = asarFiles();
    const sqlite = [...files].filter(([p]) => p.startsWith('/node_modules/better-sqlite3/'));
    expect(sqlite.every(([, unpacked]) => unpacked)).toBe(true);
    expect(sqlite.map(([p]) => p).filter((p) => p.endsWith('.node'))).toEqual([`/node_modules/better-sqlite3/${electronAddonPath(ELECTRON_ABI)}`]);
    expect(sqlite.filter(([p]) => /\/(deps|src)\//.test(p))).toEqual([]);

    // The path the installed app computes (inside app.asar → its unpacked copy) is that file, and
    // it is a working addon: load it in Node (here the stand-in is Node's build).
    const addon = electronAddon(ELECTRON_ABI, path.join(resourcesDir(), 'app.asar/node_modules/better-sqlite3/package.json'));
    expect(addon).toBe(path.join(resourcesDir(), 'app.asar.unpacked/node_modules/better-sqlite3', electronAddonPath(ELECTRON_ABI)));
    const unpacked = path.join(resourcesDir(), 'app.asar.unpacked/node_modules/better-sqlite3');
    const script = `const D=require(${JSON.stringify(unpacked)});` +
      `const db=new D(':memory:',{nativeBinding:${JSON.stringify(addon)}});` +
      "console.log(db.prepare(\"select '年报' as v\").get().v);db.close()";
    const load = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(load.stderr).toBe('');
    expect(load.stdout.trim()).toBe('年报');
  });

  it('unpacks the import reader where the installed app looks for it; it reads a .docx with nothing from app.asar', async () => {
    expect(asarFiles().get('/out/reader/importReader.cjs')).toBe(true);
    // As the app resolves it, from its main bundle and from a shared chunk inside app.asar.
    for (const from of ['out/main/main.js', 'out/main/chunks/x.js']) {
      const entry = resolveReaderEntry(pathToFileURL(path.join(resourcesDir(), 'app.asar', from)).href);
      expect(entry).toEqual({ file: path.join(resourcesDir(), 'app.asar.unpacked/out/reader/importReader.cjs'), args: [] });
    }
    const reader = new ImportReader({ spawn: forkReader(resolveReaderEntry(pathToFileURL(path.join(resourcesDir(), 'app.asar/out/main/main.js')).href)) });
    try {
      const read = await reader.read({ fileName: 'sample.docx', bytes: readFileSync(path.join(VALID_DIR, 'sample.docx')) });
      expect(read.format).toBe('docx');
      expect(read.parsed.sections.length).toBeGreaterThan(0);
    } finally {
      await reader.close();
    }
  });

  it('ships resources beside app.asar: the Linux window icon only, no update metadata or extra locales', () => {
    expect(existsSync(path.join(resourcesDir(), 'resources/templates/乡镇.json'))).toBe(true);
    expect(readdirSync(path.join(resourcesDir(), 'resources/icons'), { recursive: true }).map(String).sort()).toEqual(['linux', path.join('linux', '256x256.png')]);
    expect(existsSync(path.join(resourcesDir(), 'app-update.yml'))).toBe(false);
    expect(readdirSync(path.join(appDir(), 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
  });

  it('refuses to package another CPU with this host’s addon (afterPack guard)', () => {
    const other = process.arch === 'arm64' ? 'x64' : 'arm64';
    const cross = electronBuilder(`--${other}`);
    expect(cross.status).not.toBe(0);
    expect(cross.output).toContain(`${process.arch} 架构的二进制，目标架构是 ${other}`);
  }, 120_000);
});

/** A stand-in fpm: records its arguments and the desktop entry it was given, writes a dummy .deb. */
const FPM_STANDIN = `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
const desktop = args.find((a) => a.includes('=/usr/share/applications/'));
fs.writeFileSync(process.env.FPM_RECORD, JSON.stringify({ args, desktop: desktop && fs.readFileSync(desktop.split('=')[0], 'utf8') }));
fs.writeFileSync(args[args.indexOf('--package') + 1], 'stand-in deb');
`;

describe('electron-builder --linux deb (stand-in fpm)', () => {
  const record = () => path.join(project, 'fpm-record.json');
  function deb(env: Record<string, string> = {}) {
    const fpm = path.join(project, 'fpm-standin.cjs');
    writeFileSync(fpm, FPM_STANDIN, { mode: 0o755 });
    rmSync(record(), { force: true });
    return electronBuilderWith(['--linux', 'deb', '--x64', '--prepackaged', appDir()], { CUSTOM_FPM_PATH: fpm, FPM_RECORD: record(), ...env });
  }

  it('builds with the metadata a deb needs, the app under /opt, the icons and a desktop entry matching the window', () => {
    const run = deb();
    expect(run.output).not.toMatch(/⨯|Please specify|is missed/);
    expect(run.status).toBe(0);
    const { args, desktop } = JSON.parse(readFileSync(record(), 'utf8')) as { args: string[]; desktop: string };
    const opt = (name: string) => args[args.indexOf(name) + 1];
    expect(opt('-t')).toBe('deb');
    expect(opt('--architecture')).toBe('amd64');
    expect(opt('--name')).toBe('nianbao');
    expect(opt('--url')).toBe(pkg.homepage);
    expect(opt('--maintainer')).toBe(`${pkg.author.name} <${pkg.author.email}>`);
    expect(opt('--package')).toBe(path.join(project, 'release', `nianbao-${pkg.version}-linux-amd64.deb`));
    expect(existsSync(opt('--package')!)).toBe(true);
    expect(args).toContain(`${appDir()}/=/opt/年报助手`);
    expect(args.some((a) => a.endsWith('=/usr/share/icons/hicolor/256x256/apps/nianbao.png'))).toBe(true);
    // Named after desktopName, whose id Electron gives the window (WM_CLASS / Wayland app id).
    expect(args.some((a) => a.endsWith('=/usr/share/applications/cn.nianbao.app.desktop'))).toBe(true);
    expect(pkg.desktopName).toBe('cn.nianbao.app.desktop');
    expect(desktop).toContain('StartupWMClass=cn.nianbao.app');
    expect(desktop).toContain('Name=年报助手');
    expect(desktop).toMatch(/^Exec="\/opt\/年报助手\/nianbao" %U$/m);
  });

  it('a package.json without homepage or author is refused (so CI catches it)', () => {
    const file = path.join(project, 'package.json');
    const original = readFileSync(file, 'utf8');
    try {
      const { homepage: _h, author: _a, ...rest } = JSON.parse(original) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify(rest, null, 2));
      const yml = path.join(project, 'electron-builder.yml');
      const config = readFileSync(yml, 'utf8');
      writeFileSync(yml, config.replace(/^ {2}maintainer: .*$/m, ''));
      try {
        const run = deb();
        expect(run.status).not.toBe(0);
        expect(run.output).toMatch(/Please specify project homepage/);
      } finally {
        writeFileSync(yml, config);
      }
    } finally {
      writeFileSync(file, original);
    }
  }, 120_000);
});
