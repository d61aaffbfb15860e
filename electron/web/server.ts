// Browser mode's HTTP transport: the built renderer and the real handler table on a loopback-only
// server. It is a door into the user's data, so it is locked like one (requestGuard.ts): 127.0.0.1
// only, Host checked against DNS rebinding, a per-launch secret, API calls only from its own
// origin as JSON, bodies size-limited, no CORS headers at all, the desktop window's CSP. Calls go
// through the same dispatcher as IPC (zod validation, Chinese { code, message } errors); shell
// requests (flush) reach the page as server-sent events and come back as replies.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isCallName, shellRequests, type ShellReply, type ShellRequestName } from '../../shared/api';
import { decodeWire, encodeWire } from '../../shared/bridge';
import { ERROR_MESSAGES, type ApiError, type ErrorCode } from '../../shared/errors';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/import/limits';
import { dispatch, type Handlers } from '../services/api/dispatch';
import type { AppLog } from '../services/log';
import { checkCall, checkDoor, secretCookie, secretInUrl, type DoorKeys, type Refusal } from './requestGuard';
import { readStatic, STATIC_HEADERS } from './staticFiles';
import { readDownload, type Downloads } from './downloads';

export const LOOPBACK = '127.0.0.1';
/** Largest request body of an ordinary call (a section is at most 500,000 characters). */
export const BODY_LIMIT = 8 * 1024 * 1024;
/** previewImport carries a whole file, base64 in JSON. */
export const IMPORT_BODY_LIMIT = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + BODY_LIMIT;
const CALLS_WITH_FILES: ReadonlySet<string> = new Set(['previewImport']);

/** Headers on every answer: the desktop window's CSP, no sniffing, no embedding, no referrer. */
const BASE_HEADERS: Readonly<Record<string, string>> = {
  ...STATIC_HEADERS,
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

const REFUSED: Record<Refusal['reason'], string> = {
  host: '拒绝访问：请用年报助手启动时显示的地址（127.0.0.1）打开。',
  secret: '拒绝访问：缺少访问密钥。请用年报助手启动时显示的完整地址（含 ?k=…）打开。',
  origin: ERROR_MESSAGES.FORBIDDEN,
  'content-type': ERROR_MESSAGES.FORBIDDEN,
};

export interface WebServerOptions {
  handlers: Handlers;
  rendererDir: string;
  downloads: Downloads;
  log: AppLog;
  /** 0 (default): a free port chosen by the system. */
  port?: number;
}

export interface WebServer {
  /** The address to open, with the secret: http://127.0.0.1:PORT/?k=SECRET */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  /** Pages connected for shell requests right now. */
  pages(): number;
  /** Asks every connected page; resolves with their answers (none connected: []). */
  ask<K extends ShellRequestName>(name: K, timeoutMs: number): Promise<Array<ShellReply<K> | 'timeout'>>;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Uint8Array): void {
  res.writeHead(status, { ...BASE_HEADERS, ...headers });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(value));
}

const apiError = (code: ErrorCode, message: string = ERROR_MESSAGES[code]): ApiError => ({ code, message });

/** Reads a JSON body up to `limit` bytes; null (and a 413 sent, the connection closed) when larger. */
async function readBody(req: IncomingMessage, res: ServerResponse, limit: number, tooLarge: ApiError): Promise<string | null> {
  const refuse = () => {
    res.setHeader('connection', 'close');
    sendJson(res, 413, tooLarge);
    // Stop reading the rest: nothing of it is used, and the connection is not reused.
    res.on('finish', () => req.destroy());
    return null;
  };
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return refuse();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return refuse();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { handlers, rendererDir, downloads, log } = options;
  const secret = randomBytes(32).toString('base64url');
  const sockets = new Set<Socket>();
  const streams = new Set<ServerResponse>();
  const waiting = new Map<number, { name: ShellRequestName; resolve: (v: unknown) => void }>();
  let nextId = 1;
  let keys: DoorKeys | null = null;
  const onInternal = (call: string, err: unknown) => log.error('api-error', err, { call });

  async function api(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (!isCallName(name)) return sendJson(res, 404, apiError('UNKNOWN_CALL'));
    const files = CALLS_WITH_FILES.has(name);
    const body = await readBody(req, res, files ? IMPORT_BODY_LIMIT : BODY_LIMIT, files ? apiError('IMPORT_TOO_LARGE') : apiError('REQUEST_TOO_LARGE'));
    if (body === null) return;
    let payload: unknown;
    try {
      payload = decodeWire(JSON.parse(body === '' ? '{}' : body), (text) => Buffer.from(text, 'base64'));
    } catch {
      return sendJson(res, 400, apiError('BAD_INPUT'));
    }
    const result = await dispatch(handlers, name, payload, onInternal);
    sendJson(res, 200, await encodeWire(result, (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')));
  }

  async function reply(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, res, 64 * 1024, apiError('REQUEST_TOO_LARGE'));
    if (body === null) return;
    let msg: { id?: unknown; value?: unknown };
    try {
      msg = JSON.parse(body) as typeof msg;
    } catch {
      return sendJson(res, 400, apiError('BAD_INPUT'));
    }
    const pending = typeof msg.id === 'number' ? waiting.get(msg.id) : undefined;
    if (pending) {
      const spec = shellRequests[pending.name];
      pending.resolve(spec.reply(msg.value) ? msg.value : spec.failed);
    }
    sendJson(res, 200, { ok: true });
  }

  function events(res: ServerResponse): void {
    res.writeHead(200, { ...BASE_HEADERS, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
    res.write(': nianbao\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const k = keys!;
    const url = new URL(req.url ?? '/', k.origin);
    const refused = checkDoor(req.headers, url, k);
    if (refused) {
      log.info('http-refused', { reason: refused.reason, method: req.method ?? '' });
      return sendJson(res, refused.status, apiError('FORBIDDEN', REFUSED[refused.reason]));
    }
    const method = req.method ?? 'GET';
    if (method === 'POST' && (url.pathname.startsWith('/api/') || url.pathname === '/shell/reply')) {
      const bad = checkCall(req.headers, k);
      if (bad) {
        log.info('http-refused', { reason: bad.reason, method });
        return sendJson(res, bad.status, apiError('FORBIDDEN', REFUSED[bad.reason]));
      }
      return url.pathname === '/shell/reply' ? reply(req, res) : api(req, res, url.pathname.slice('/api/'.length));
    }
    if (method !== 'GET' && method !== 'HEAD') return sendJson(res, 405, apiError('FORBIDDEN'));
    // The secret arrived in the address: keep it as a cookie, and drop it from the address bar.
    if (secretInUrl(url) !== null) {
      return send(res, 303, { location: '/', 'set-cookie': secretCookie(k), 'content-type': 'text/plain; charset=utf-8' }, '');
    }
    if (url.pathname === '/events') return events(res);
    if (url.pathname === '/download') {
      const file = await readDownload(downloads, url.searchParams.get('path') ?? '');
      if (!file) return sendJson(res, 404, apiError('NOT_FOUND', '只能下载本次导出的文件。'));
      return send(res, 200, file.headers, file.body);
    }
    const file = await readStatic(rendererDir, url.pathname);
    send(res, file.status, file.headers, file.body);
  }

  const server: Server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      log.error('http-error', err);
      if (!res.headersSent) sendJson(res, 500, apiError('INTERNAL'));
      else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port: options.port ?? 0, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;
  keys = { host: `${LOOPBACK}:${port}`, origin, secret, cookie: `nianbao-${port}` };

  return {
    url: `${origin}/?k=${secret}`,
    origin,
    port,
    pages: () => streams.size,
    ask(name, timeoutMs) {
      const asks = [...streams].map(
        (stream) =>
          new Promise<ShellReply<typeof name> | 'timeout'>((resolve) => {
            const id = nextId++;
            const timer = setTimeout(() => {
              waiting.delete(id);
              resolve('timeout');
            }, timeoutMs);
            waiting.set(id, {
              name,
              resolve: (value) => {
                clearTimeout(timer);
                waiting.delete(id);
                resolve(value as ShellReply<typeof name>);
              },
            });
            stream.write(`event: shell\ndata: ${JSON.stringify({ id, name })}\n\n`);
          }),
      );
      return Promise.all(asks);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
