// The lock on browser mode's door. The server answers only requests that (1) name it by the exact
// loopback address it bound — a DNS-rebinding page sends its own host name — and (2) carry the
// per-launch secret: in the address it printed once, then as a cookie; and API calls (3) come from
// its own origin as JSON. Pure functions of the request's headers, so each rule is tested alone.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface DoorKeys {
  /** 'host:port' exactly as the server bound it, e.g. '127.0.0.1:51234'. */
  host: string;
  /** 'http://127.0.0.1:51234' */
  origin: string;
  secret: string;
  /** Name of the cookie holding the secret (per port: cookies do not tell ports apart). */
  cookie: string;
}

export type Refusal = { status: 403 | 415; reason: 'host' | 'secret' | 'origin' | 'content-type' };

const sameSecret = (given: string | null | undefined, secret: string): boolean => {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** The value of one cookie from a Cookie header (first match). */
export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The secret in the printed address (`?k=…`), when this request carries it. */
export const secretInUrl = (url: URL): string | null => url.searchParams.get('k');

/** Host and secret: every request. Null when the request may go on. */
export function checkDoor(headers: IncomingHttpHeaders, url: URL, keys: DoorKeys): Refusal | null {
  if (headers.host !== keys.host) return { status: 403, reason: 'host' };
  if (!sameSecret(cookieValue(headers.cookie, keys.cookie), keys.secret) && !sameSecret(secretInUrl(url), keys.secret)) {
    return { status: 403, reason: 'secret' };
  }
  return null;
}

/** API calls and replies: also from our own origin, and JSON (no HTML form can send that). */
export function checkCall(headers: IncomingHttpHeaders, keys: DoorKeys): Refusal | null {
  if (headers.origin !== keys.origin) return { status: 403, reason: 'origin' };
  // A cross-site page can only send this with a CORS preflight, which the server never grants.
  const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return { status: 415, reason: 'content-type' };
  return null;
}

/** The cookie set once the secret arrived in the address: HttpOnly, same-site only, this server. */
export const secretCookie = (keys: DoorKeys): string => `${keys.cookie}=${keys.secret}; Path=/; HttpOnly; SameSite=Strict`;
