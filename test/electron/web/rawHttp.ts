// Raw HTTP for the browser-mode tests: node:http lets a test send what a browser would not (any
// Host, no Origin, a lying Content-Length) and see every header that comes back.
import { request, type IncomingHttpHeaders } from 'node:http';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json(): unknown;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** Send the body in chunks without Content-Length (chunked transfer). */
  chunked?: boolean;
  host?: string;
}

export function rawRequest(port: number, req: RawRequest = {}, address = '127.0.0.1'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { host: req.host ?? `127.0.0.1:${port}`, ...req.headers };
    if (req.body !== undefined && !req.chunked && headers['content-length'] === undefined) headers['content-length'] = Buffer.byteLength(req.body);
    const r = request({ host: address, port, method: req.method ?? 'GET', path: req.path ?? '/', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
      });
      res.on('error', reject);
    });
    // A server that answers 413 and closes while we still send is fine: the answer was read.
    r.on('error', reject);
    if (req.body !== undefined) {
      if (req.chunked) {
        const body = Buffer.from(req.body);
        for (let i = 0; i < body.length; i += 1 << 20) r.write(body.subarray(i, i + (1 << 20)));
      } else r.write(req.body);
    }
    r.end();
  });
}

/** The cookie a server sets for the secret in its printed address (?k=…). */
export async function sessionCookie(port: number, url: string): Promise<string> {
  const res = await rawRequest(port, { path: new URL(url).pathname + new URL(url).search });
  const set = res.headers['set-cookie']?.[0];
  if (res.status !== 303 || !set) throw new Error(`no cookie for ${url}: ${res.status}`);
  return set.split(';')[0]!;
}
