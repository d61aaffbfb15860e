// Thin shell: the app:// scheme that serves the built renderer to the window. The decisions
// (which file, which MIME type, 400/404) are electron/web/staticFiles.ts, shared with browser mode.
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../security';
import { readStatic } from '../web/staticFiles';

export function registerSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves files from the built renderer folder only. Never throws: a URL that does not parse is
 *  400, a foreign host or anything outside the folder 404. */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response('bad request', { status: 400 });
    }
    if (url.host !== APP_HOST) return new Response('not found', { status: 404 });
    const res = await readStatic(rendererDir, url.pathname);
    return new Response(res.body, { status: res.status, headers: res.headers });
  });
}
