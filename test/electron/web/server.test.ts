// Browser mode's door, tried the way an attacker on the same PC or a web page elsewhere would:
// wrong or missing secret, foreign Host (DNS rebinding), foreign Origin, form posts, preflights,
// oversize bodies, another network interface. Then the same calls as IPC: zod validation, Chinese
// { code, message }, bytes as bytes, export to the remembered folder and its download.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { dispatch } from '../../../electron/services/api/dispatch';
import { silentLog } from '../../../electron/services/log';
import { startBrowserMode, type BrowserMode } from '../../../electron/web/browserMode';
import { BODY_LIMIT } from '../../../electron/web/server';
import { tempDataDir } from '../../helpers/tempDir';
import { rawRequest, sessionCookie, type RawRequest } from './rawHttp';

const RENDERER = resolve(import.meta.dirname, '../../../out/renderer');
const CJK = /[\u4e00-\u9fff]/;
let mode: BrowserMode | null = null;
afterEach(async () => {
  await mode?.stop();
  mode = null;
});

async function serve(documents = tempDataDir('文档')) {
  const dataDir = tempDataDir();
  mode = await startBrowserMode({ dataDir, rendererDir: RENDERER, version: 't', documentsDir: documents, log: silentLog });
  const port = mode.server.port;
  const cookie = await sessionCookie(port, mode.url);
  const origin = mode.server.origin;
  /** A call as the page makes it. */
  const call = (name: string, input: unknown, extra: RawRequest = {}) =>
    rawRequest(port, {
      method: 'POST',
      path: `/api/${name}`,
      body: JSON.stringify(input),
      ...extra,
      headers: { cookie, origin, 'content-type': 'application/json', ...extra.headers },
    });
  return { port, cookie, origin, call, documents, dataDir };
}

const noCors = (headers: Record<string, unknown>) => Object.keys(headers).filter((h) => h.startsWith('access-control-'));

describe('browser mode’s door', () => {
  it('listens on 127.0.0.1 only', async () => {
    const { port } = await serve();
    // Every other address of this machine (here at least ::1 and the network card) is closed.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.address !== '127.0.0.1' && !i.address.startsWith('fe80'))
      .map((i) => i!.address);
    expect(others.length).toBeGreaterThan(0);
    for (const address of others) {
      const answer = await new Promise<string>((done) => {
        const s = connect({ host: address, port }, () => {
          s.destroy();
          done('connected');
        });
        s.on('error', (e: NodeJS.ErrnoException) => done(e.code ?? 'error'));
      });
      expect(answer, address).toBe('ECONNREFUSED');
    }
    expect(mode!.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?k=[\w-]{43}$/);
  });

  it('wants the secret: from the address once, then as an HttpOnly same-site cookie; else 403 in Chinese', async () => {
    const { port, cookie } = await serve();
    for (const headers of [{} as Record<string, string>, { cookie: 'nianbao-1=x' }, { cookie: `${cookie}x` }, { cookie: cookie.replace(/=.*/, '=') }]) {
      const res = await rawRequest(port, { headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect((res.json() as { code: string; message: string }).message).toMatch(CJK);
      expect(res.text).not.toContain('<html');
    }
    expect((await rawRequest(port, { path: '/?k=wrong' })).status).toBe(403);
    const entry = await rawRequest(port, { path: new URL(mode!.url).pathname + new URL(mode!.url).search });
    expect(entry.status).toBe(303);
    expect(entry.headers.location).toBe('/');
    expect(entry.headers['set-cookie']![0]).toMatch(/^nianbao-\d+=[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/);
    const page = await rawRequest(port, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses a foreign Host header (DNS rebinding), even with the secret', async () => {
    const { port, cookie } = await serve();
    for (const host of [`evil.example:${port}`, `localhost:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `[::1]:${port}`]) {
      const res = await rawRequest(port, { host, headers: { cookie } });
      expect(res.status, host).toBe(403);
    }
  });

  it('takes API calls only from its own origin, as JSON, and never sends CORS headers', async () => {
    const { port, origin, call } = await serve();
    const ok = await call('listReports', {});
    expect(ok.status).toBe(200);
    expect(ok.json()).toEqual({ ok: true, value: [] });
    const refusals = [
      await call('createReport', {}, { headers: { origin: 'http://127.0.0.1:1' } }),
      await call('createReport', {}, { headers: { origin: 'null' } }),
      await call('createReport', {}, { headers: { origin: `https://127.0.0.1:${port}` } }),
      // An HTML form can send text/plain; a JSON call it cannot.
      await call('createReport', {}, { headers: { 'content-type': 'text/plain' } }),
    ];
    expect(refusals.map((r) => r.status)).toEqual([403, 403, 403, 415]);
    const noOrigin = await rawRequest(port, { method: 'POST', path: '/api/listReports', body: '{}', headers: { cookie: (await sessionCookie(port, mode!.url)), 'content-type': 'application/json' } });
    expect(noOrigin.status).toBe(403);
    const preflight = await rawRequest(port, { method: 'OPTIONS', path: '/api/listReports', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(403);
    for (const r of [ok, ...refusals, noOrigin, preflight]) expect(noCors(r.headers)).toEqual([]);
    expect(mode!.store.reports.list()).toEqual([]);
    expect(origin).toBe(`http://127.0.0.1:${port}`);
  });

  it('refuses an oversize body with 413 before reading it, and writes nothing', async () => {
    const { call, cookie } = await serve();
    const report = (await call('createReport', { unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year: 2025 }).then((r) => r.json())) as {
      value: { sections: Array<{ id: number; body: string }> };
    };
    const section = report.value.sections[0]!;
    const big = JSON.stringify({ id: section.id, body: '正'.repeat(BODY_LIMIT / 3 + 10) });
    for (const chunked of [false, true]) {
      const res = await call('saveSectionText', null, { body: big, chunked });
      expect(res.status, `chunked: ${chunked}`).toBe(413);
      expect(res.json()).toMatchObject({ code: 'REQUEST_TOO_LARGE' });
      expect((res.json() as { message: string }).message).toMatch(CJK);
    }
    // A file call declaring 200 MB is answered before a byte of it is sent.
    const head = await new Promise<string>((done) => {
      const s = connect({ host: '127.0.0.1', port: mode!.server.port }, () =>
        s.write(`POST /api/previewImport HTTP/1.1\r\nHost: 127.0.0.1:${mode!.server.port}\r\nCookie: ${cookie}\r\nOrigin: ${mode!.server.origin}\r\nContent-Type: application/json\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n`),
      );
      let got = '';
      s.on('data', (c: Buffer) => (got += c.toString()));
      s.on('close', () => done(got));
    });
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(head).toContain('"code":"IMPORT_TOO_LARGE"');
    expect(mode!.store.reports.open(mode!.store.reports.list()[0]!.id).sections[0]!.body).toBe(section.body);
  });

  it('answers like IPC: the same zod refusals and Chinese messages, unknown calls refused', async () => {
    const { call } = await serve();
    for (const [name, payload] of [
      ['openReport', { id: 'x' }],
      ['createReport', { unit: { fullName: '', kind: 'township' }, year: 2025 }],
      ['saveSectionText', { id: 1, body: 'x'.repeat(600_000) }],
    ] as const) {
      const over = (await call(name, payload)).json();
      expect(over).toEqual(await dispatch(mode!.handlers, name, payload));
      expect(over).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect((await call('openReport', { id: 999 })).json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(CJK) } });
    const unknown = await call('dropDatabase', {});
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'UNKNOWN_CALL' });
    expect((await call('listReports', null, { body: '{not json' })).status).toBe(400);
  });

  it('carries file bytes as bytes: a .txt imported over HTTP', async () => {
    const { call } = await serve();
    const text = '盘龙彝族乡2024年法治政府建设情况报告\n一、主要举措和成效\n全年办理行政复议案件12件。\n二、存在的不足和原因\n基层力量薄弱。';
    const res = await call('previewImport', { fileName: '报告.txt', data: { $bytes: Buffer.from(text).toString('base64') } });
    const body = res.json() as { ok: boolean; value: { format: string } };
    expect(body.ok).toBe(true);
    expect(body.value.format).toBe('txt');
  });

  it('exports to the remembered folder (first time: Documents) without overwriting, and downloads only those files', async () => {
    const { port, cookie, call, documents } = await serve();
    const created = (await call('createReport', { unit: { fullName: '盘龙彝族乡人民政府', kind: 'township' }, year: 2025 }).then((r) => r.json())) as { value: { id: number } };
    const reportId = created.value.id;
    const paths: string[] = [];
    for (let i = 0; i < 2; i++) {
      const chosen = (await call('chooseExportPath', { reportId }).then((r) => r.json())) as { value: { path: string } };
      const done = (await call('exportReport', { reportId, path: chosen.value.path }).then((r) => r.json())) as { ok: boolean; value: { path: string } };
      expect(done.ok).toBe(true);
      paths.push(done.value.path);
    }
    expect(paths[0]!.startsWith(documents)).toBe(true);
    expect(paths[1]).toBe(paths[0]!.replace(/\.docx$/, '（2）.docx'));
    const download = await rawRequest(port, { path: `/download?path=${encodeURIComponent(paths[1]!)}`, headers: { cookie } });
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(paths[1]!.split('/').pop()!)}`);
    expect(Buffer.byteLength(download.text, 'latin1')).toBeGreaterThan(0);
    expect(readFileSync(paths[1]!).subarray(0, 2).toString()).toBe('PK');
    for (const other of [join(mode!.store.dataDir, 'nianbao.db'), '/etc/passwd', `${paths[0]}/../${paths[0]!.split('/').pop()}x`]) {
      expect((await rawRequest(port, { path: `/download?path=${encodeURIComponent(other)}`, headers: { cookie } })).status, other).toBe(404);
    }
    expect((await call('showInFolder', { path: paths[0] })).json()).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });

  it('asks connected pages to flush over server-sent events and takes their answers', async () => {
    const { port, cookie, origin } = await serve();
    expect(await mode!.server.ask('flush', 1000)).toEqual([]);
    const events: string[] = [];
    const { request } = await import('node:http');
    const stream = request({ host: '127.0.0.1', port, path: '/events', headers: { host: `127.0.0.1:${port}`, cookie } });
    stream.on('response', (res) => res.on('data', (c: Buffer) => events.push(c.toString())));
    stream.end();
    await expect.poll(() => mode!.server.pages()).toBe(1);
    const asked = mode!.server.ask('flush', 5000);
    await expect.poll(() => events.join('')).toMatch(/event: shell\ndata: \{"id":\d+,"name":"flush"\}/);
    const id = Number(/"id":(\d+)/.exec(events.join(''))![1]);
    // A reply from elsewhere (no Origin) is refused; the page's own reply counts.
    expect((await rawRequest(port, { method: 'POST', path: '/shell/reply', body: JSON.stringify({ id, value: false }), headers: { cookie, 'content-type': 'application/json' } })).status).toBe(403);
    await rawRequest(port, { method: 'POST', path: '/shell/reply', body: JSON.stringify({ id, value: true }), headers: { cookie, origin, 'content-type': 'application/json' } });
    expect(await asked).toEqual([true]);
    stream.destroy();
    await expect.poll(() => mode!.server.pages()).toBe(0);
  });

  it('one writer per data folder: a second browser mode on it is refused until the first stops', async () => {
    const { dataDir } = await serve();
    const second = await startBrowserMode({ dataDir, rendererDir: RENDERER, version: 't', log: silentLog }).catch((e: Error & { code?: string }) => e);
    expect(second).toBeInstanceOf(Error);
    expect((second as Error & { code?: string }).code).toBe('DB_LOCKED');
    expect((second as Error).message).toContain('另一个年报助手');
    await mode!.stop();
    mode = await startBrowserMode({ dataDir, rendererDir: RENDERER, version: 't', log: silentLog });
    expect(existsSync(join(dataDir, 'nianbao.db'))).toBe(true);
  });

  it('stopping backs up what changed since the last backup, as quitting the app does', async () => {
    const { dataDir } = await serve();
    const quitBackups = () => readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('-quit.db'));
    const created = await dispatch(mode!.handlers, 'createReport', { unit: { fullName: '白沙镇人民政府', kind: 'township' }, year: 2025 });
    expect(created.ok).toBe(true);
    await mode!.stop();
    expect(quitBackups()).toHaveLength(1);
    // Nothing changed since: the next stop adds none.
    mode = await startBrowserMode({ dataDir, rendererDir: RENDERER, version: 't', log: silentLog });
    await mode.store.startupBackup;
    await mode.stop();
    expect(quitBackups()).toHaveLength(1);
  });
});
