// Browser mode in real Chromium. A page on another origin (another port of 127.0.0.1, the same
// site to the browser) can neither read an answer nor make the server act; and `nianbao serve`,
// run as the user runs it, flushes what was just typed when it is stopped with SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/api/dispatch';
import { silentLog } from '../../electron/services/log';
import { openStore } from '../../electron/services/store';
import { startBrowserMode } from '../../electron/web/browserMode';
import { makeTempDir } from '../helpers/tempDir';

const ROOT = resolve(import.meta.dirname, '../..');
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--lang=zh-CN'],
  });
});
afterAll(() => browser?.close());

/** A page served by someone else on this PC: another port of 127.0.0.1. */
async function foreignSite(): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>别人的页面</title>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

describe('browser mode in Chromium', () => {
  it('a page on another port of 127.0.0.1 cannot read an answer or make the server act, even with the cookie set', async () => {
    const dataDir = makeTempDir('年报 跨源');
    const refused: string[] = [];
    const log = { ...silentLog, info: (event: string, detail?: Record<string, unknown>) => event === 'http-refused' && refused.push(String(detail?.['reason'])) };
    const mode = await startBrowserMode({ dataDir, rendererDir: join(ROOT, 'out/renderer'), version: 'e2e', log });
    const foreign = await foreignSite();
    const context = await browser.newContext();
    try {
      const created = await dispatch(mode.handlers, 'createReport', { unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year: 2025 });
      if (!created.ok) throw new Error(created.error.message);
      const report = created.value as { id: number };
      const page = await context.newPage();
      // The user opened the app: the secret cookie is now in this browser.
      await page.goto(mode.url);
      await page.getByText('盘龙彝族乡人民政府').first().waitFor();
      await page.goto(foreign.url);
      const origin = mode.server.origin;
      const tried = await page.evaluate(
        async ({ origin, id }) => {
          const attempt = async (run: () => Promise<unknown>) => {
            try {
              return `read: ${String(await run()).slice(0, 40)}`;
            } catch (e) {
              return `blocked: ${(e as Error).name}`;
            }
          };
          const json = { 'content-type': 'application/json' };
          return {
            call: await attempt(() => fetch(`${origin}/api/listReports`, { method: 'POST', credentials: 'include', headers: json, body: '{}' }).then((r) => r.text())),
            page: await attempt(() => fetch(`${origin}/`, { credentials: 'include' }).then((r) => r.text())),
            events: await attempt(() => fetch(`${origin}/events`, { credentials: 'include' }).then((r) => r.status)),
            // A blind write: no-cors lets the request go out (its answer is opaque, or blocked by
            // the server's Cross-Origin-Resource-Policy) — the server itself must refuse it.
            blind: await attempt(() =>
              fetch(`${origin}/api/deleteReport`, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ id }) }).then((r) => r.type),
            ),
          };
        },
        { origin, id: report.id },
      );
      expect(tried.call).toBe('blocked: TypeError');
      expect(tried.page).toBe('blocked: TypeError');
      expect(tried.events).toBe('blocked: TypeError');
      expect(tried.blind).toMatch(/^(read: opaque|blocked: TypeError)$/);
      expect(refused).toContain('origin');
      expect(mode.store.reports.list().map((r) => r.id)).toEqual([report.id]);
    } finally {
      await context.close();
      foreign.server.close();
      await mode.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('`nianbao serve` stopped with SIGTERM right after typing: the page flushes first, then the database closes', async () => {
    const dataDir = makeTempDir('年报 停止');
    const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'electron/cli/bin.js'), 'serve', '--no-open', '--data-dir', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    const context = await browser.newContext({ locale: 'zh-CN' });
    try {
      await expect.poll(() => /地址 \/ Address: (\S+)/.exec(out)?.[1], { timeout: 30_000 }).toBeTruthy();
      const url = /地址 \/ Address: (\S+)/.exec(out)![1]!;
      const page = await context.newPage();
      // The typed text's save is held in the page until the server is told to stop: whatever the
      // machine's speed, the stop finds it unconfirmed and must wait for it.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route('**/api/saveSectionText', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(url);
      await page.getByRole('button', { name: '新建报告' }).first().click();
      await page.getByLabel('单位全称').fill('白沙镇人民政府');
      await page.getByLabel('报告年度').fill('2025');
      await page.getByRole('button', { name: '下一步' }).click();
      await page.getByRole('button', { name: '创建报告' }).click();
      await page.getByRole('navigation', { name: '报告提纲' }).getByRole('button', { name: /一、主要举措和成效/ }).click();
      await page.getByRole('textbox', { name: '章节正文' }).click();
      const typed = '停止前刚输入的一句话，尚未自动保存。';
      await page.keyboard.insertText(typed);
      // Not confirmed (waiting for the autosave pause, or held on its way): the stop must wait for it.
      await expect.poll(() => page.locator('.save-state').getAttribute('data-state')).toMatch(/^(pending|saving)$/);
      child.kill('SIGTERM');
      release();
      expect(await exited).toBe(0);
      expect(out).toContain('已停止。/ Stopped.');
      // Closed cleanly: the WAL was checkpointed and removed, the lock released.
      expect(existsSync(join(dataDir, 'nianbao.db-wal'))).toBe(false);
      const store = await openStore({ dataDir });
      try {
        const report = store.reports.open(store.reports.list()[0]!.id);
        expect(report.sections.map((s) => s.body)).toContain(typed);
      } finally {
        await store.close();
      }
    } finally {
      await context.close();
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
