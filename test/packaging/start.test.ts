// `npm start` where Electron cannot be had (this machine: only the npm and Debian registries
// answer): electron's own installer is run and watched — a mirror that refuses fails at once, one
// that never answers is given up after the stall limit — and the app comes up in browser mode on a
// fresh checkout, printing its address. With a mirror that serves the files (ELECTRON_MIRROR, here
// a local stand-in), the same installer puts the program in place.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { electronExecutable } from '../../scripts/electronAddon.mjs';
import { installElectron } from '../../scripts/electronBinary.mjs';
import { buildZip } from '../electron/services/import/zipWriter';
import { electronProject, installerEnv } from './electronProject';
import { rawRequest, sessionCookie } from '../electron/web/rawHttp';

const root = path.resolve(import.meta.dirname, '../..');
const ELECTRON_VERSION = (JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
const temps: string[] = [];
const servers: Server[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) process.kill(-c.pid!, 'SIGKILL');
});
afterAll(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function temp(label: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), label));
  temps.push(dir);
  return dir;
}

const newElectronProject = () => electronProject(root, temp('nianbao-electron-'));

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const baseEnv = (over: Record<string, string>) => installerEnv(temp('nianbao-electron-cache-'), over);

describe('installElectron (electron’s own installer, watched)', () => {
  it('gives up on a mirror that accepts the connection and never answers, after the stall limit', async () => {
    const project = newElectronProject();
    const mirror = await listen(() => undefined);
    // How soon after the limit it gives up is the bench's (test/bench/cases/scripts.ts,
    // electron-stall); a watch that never fires would end in the test's timeout.
    const result = await installElectron({ root: project, env: baseEnv({ ELECTRON_MIRROR: mirror }), stallMs: 1500 });
    expect(result).toMatchObject({ ok: false, reason: 'stalled' });
    expect(electronExecutable(project, {})).toBeNull();
  });

  it('fails at once, with the reason, when the mirror refuses the connection', async () => {
    const project = newElectronProject();
    const result = await installElectron({ root: project, env: baseEnv({ ELECTRON_MIRROR: 'http://127.0.0.1:9/' }) });
    expect(result).toMatchObject({ ok: false, reason: 'failed', detail: expect.stringContaining('fetch failed') });
  });

  it('downloads from ELECTRON_MIRROR, checks the checksum and puts the program in place', async () => {
    const project = newElectronProject();
    const platform = process.platform === 'win32' ? 'win32' : 'linux';
    const exe = platform === 'win32' ? 'electron.exe' : 'electron';
    const zipName = `electron-v${ELECTRON_VERSION}-${platform}-${process.arch}.zip`;
    const zip = buildZip([
      { name: exe, data: '#!/bin/sh\necho stand-in electron\n' },
      { name: 'version', data: ELECTRON_VERSION },
    ]);
    const sums = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`;
    const asked: string[] = [];
    const mirror = await listen((req, res) => {
      asked.push(req.url ?? '');
      if (req.url === `/v${ELECTRON_VERSION}/${zipName}`) return res.end(zip);
      if (req.url === `/v${ELECTRON_VERSION}/SHASUMS256.txt`) return res.end(sums);
      res.statusCode = 404;
      res.end();
    });
    const progress: number[] = [];
    // Checksums from the mirror itself: this stand-in zip is not the published one.
    const result = await installElectron({
      root: project,
      env: baseEnv({ ELECTRON_MIRROR: mirror, electron_use_remote_checksums: '1' }),
      progress: (b) => progress.push(b),
    });
    expect(result).toEqual({ ok: true });
    expect(asked).toContain(`/v${ELECTRON_VERSION}/${zipName}`);
    expect(electronExecutable(project, {})).toBe(path.join(project, 'node_modules/electron/dist', exe));
    expect(readFileSync(path.join(project, 'node_modules/electron/path.txt'), 'utf8')).toBe(exe);
  });
});

describe('npm start on a fresh checkout where Electron cannot be downloaded', () => {
  it('builds, says why in Chinese and English, and serves the app in browser mode', async () => {
    // A fresh checkout: the tracked files, with this checkout's packages (hard links: instant).
    const checkout = temp('年报 检出-');
    const files = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
    for (const f of files) if (existsSync(path.join(root, f))) cpSync(path.join(root, f), path.join(checkout, f));
    expect(spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(checkout, 'node_modules')]).status).toBe(0);
    const dataDir = path.join(checkout, '数据');
    const child = spawn('npm', ['start', '--', '--no-open', '--data-dir', dataDir], {
      cwd: checkout,
      env: baseEnv({ DISPLAY: ':0', ELECTRON_MIRROR: 'http://127.0.0.1:9/' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, like a terminal's job: Ctrl+C goes to every process in it.
      detached: true,
    });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<string>((r) => child.on('close', (code, signal) => r(signal ?? String(code))));
    await expect
      .poll(
        () => {
          if (child.exitCode !== null) throw new Error(`npm start ended (${child.exitCode}):\n${out}`);
          return /地址 \/ Address: (\S+)/.exec(out)?.[1];
        },
        { timeout: 150_000, interval: 500 },
      )
      .toBeTruthy();
    expect(out).toContain('无法下载 Electron');
    expect(out).toContain('Could not download Electron');
    expect(out).toContain('ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/');
    expect(out).toContain('现在改用浏览器模式启动');
    expect(existsSync(path.join(checkout, 'out/renderer/index.html'))).toBe(true);
    const url = /地址 \/ Address: (\S+)/.exec(out)![1]!;
    const port = Number(new URL(url).port);
    const cookie = await sessionCookie(port, url);
    const page = await rawRequest(port, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<div id="root">');
    // Ctrl+C in the terminal: the server saves and stops, and npm ends with it (npm itself
    // reports an interrupted script by ending on the same signal).
    process.kill(-child.pid!, 'SIGINT');
    expect(['0', 'SIGINT']).toContain(await exited);
    expect(out).toContain('已停止。/ Stopped.');
  }, 240_000);
});
