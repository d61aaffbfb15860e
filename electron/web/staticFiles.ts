// Which file of the built renderer a request path names, for both doors into the page: the app://
// protocol of the desktop window and the browser-mode server. Total: every path gets an answer —
// a bad percent-escape is 400, anything outside the folder (traversal, absolute paths, NUL) 404.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../security';

/** Every kind of file a Vite build of the renderer can emit, and nothing is guessed: the rest is
 *  application/octet-stream with nosniff. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const mimeTypeOf = (file: string): string => MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Headers every served file carries, in the window and in browser mode alike. */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export type StaticTarget = { status: 200; file: string; contentType: string } | { status: 400 | 404 };

/** Maps a URL path ('/', '/assets/x.js', still percent-encoded) to a file inside `root`. */
export function resolveStatic(root: string, urlPath: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0')) return { status: 400 };
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
  if (isAbsolute(rel) || /^[a-zA-Z]:/.test(rel)) return { status: 404 };
  const base = normalize(root);
  const file = normalize(join(base, rel));
  const inside = relative(base, file);
  if (inside === '' || isAbsolute(inside) || inside.split(sep).includes('..')) return { status: 404 };
  return { status: 200, file, contentType: mimeTypeOf(file) };
}

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | string;
}

/** Reads the file a request path names; a missing file or a folder is 404. */
export async function readStatic(root: string, urlPath: string): Promise<StaticResponse> {
  const target = resolveStatic(root, urlPath);
  const plain = { ...STATIC_HEADERS, 'content-type': 'text/plain; charset=utf-8' };
  if (target.status !== 200) return { status: target.status, headers: plain, body: target.status === 400 ? 'bad request' : 'not found' };
  try {
    const body = new Uint8Array(await readFile(target.file));
    return { status: 200, headers: { ...STATIC_HEADERS, 'content-type': target.contentType }, body };
  } catch {
    return { status: 404, headers: plain, body: 'not found' };
  }
}
