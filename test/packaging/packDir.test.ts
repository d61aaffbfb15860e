// Runs the real electron-builder on electron-builder.yml (`--dir`, Linux) against a stand-in
// Electron folder — offline, ~10 s — and inspects what would ship: app.asar, the unpacked native
// addon, extra resources and the afterPack guard.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type AsarEntry = { files?: Record<string, AsarEntry>; unpacked?: boolean; size?: number };

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { getRawHeader(archive: string): { header: AsarEntry } };
const pkg = require('../../package.json') as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

let project = '';
let build: { status: number | null; output: string };
const appDir = () => path.join(project, 'release/linux-unpacked');
const resourcesDir = () => path.join(appDir(), 'resources');

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function electronBuilder(...args: string[]) {
  const cli = path.join(project, 'node_modules/electron-builder/cli.js');
  const result = spawnSync(process.execPath, [cli, '--linux', '--dir', `-c.electronDist=${path.join(project, 'standin')}`, '-c.npmRebuild=false', ...args], {
    cwd: project,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ELECTRON_BUILDER_CACHE: path.join(project, '.cache') },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

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
  // Stand-in build output and sources: only out/ may reach app.asar.
  write(path.join(project, 'out/main/main.js'), 'export {};\n');
  write(path.join(project, 'out/main/main.js.map'), '{}');
  write(path.join(project, 'out/preload/preload.cjs'), '"use strict";\n');
  write(path.join(project, 'out/renderer/index.html'), '<!doctype html><title>年报助手</title>\n');
  write(path.join(project, 'electron/main.ts'), 'export {};\n');
  write(path.join(project, 'test/x.test.ts'), 'export {};\n');
  write(path.join(project, 'resources/templates/乡镇.json'), '{"kind":"township"}\n');
  write(path.join(project, 'resources/icons/icon.txt'), 'build-time only\n');
  // Stand-in Electron: the executable and a few locales (electronLanguages keeps zh-CN, en-US).
  write(path.join(project, 'standin/electron'), '#!/bin/sh\nexit 0\n');
  for (const locale of ['zh-CN', 'en-US', 'fr', 'de']) write(path.join(project, `standin/locales/${locale}.pak`), locale);
  // electron-builder walks real package folders (a symlinked node_modules loses transitive
  // dependencies); hard links make the copy instant and take no space.
  const link = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(project, 'node_modules')]);
  if (link.status !== 0) spawnSync('cp', ['-a', path.join(root, 'node_modules'), path.join(project, 'node_modules')]);
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

  it('unpacks better-sqlite3 with only its compiled addon and JS', () => {
    const files = asarFiles();
    const sqlite = [...files].filter(([p]) => p.startsWith('/node_modules/better-sqlite3/'));
    expect(sqlite.every(([, unpacked]) => unpacked)).toBe(true);
    expect(sqlite.map(([p]) => p).filter((p) => p.endsWith('.node'))).toEqual(['/node_modules/better-sqlite3/build/Release/better_sqlite3.node']);
    expect(sqlite.filter(([p]) => /\/(deps|src)\//.test(p))).toEqual([]);

    // The unpacked copy is a working addon: load it in Node (here it is Node's build).
    const unpacked = path.join(resourcesDir(), 'app.asar.unpacked/node_modules/better-sqlite3');
    const script = `const D=require(${JSON.stringify(unpacked)});` +
      `const db=new D(':memory:',{nativeBinding:${JSON.stringify(path.join(unpacked, 'build/Release/better_sqlite3.node'))}});` +
      "console.log(db.prepare(\"select '年报' as v\").get().v);db.close()";
    const load = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(load.stderr).toBe('');
    expect(load.stdout.trim()).toBe('年报');
  });

  it('ships resources beside app.asar, without icons, update metadata or extra locales', () => {
    expect(existsSync(path.join(resourcesDir(), 'resources/templates/乡镇.json'))).toBe(true);
    expect(existsSync(path.join(resourcesDir(), 'resources/icons'))).toBe(false);
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
