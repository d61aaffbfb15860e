// Which pages are ours, by scheme and host: the app's own page (app://nianbao, or the dev server in
// `npm run dev`). The same rule decides which IPC senders get answers and where the window may
// navigate. `new URL(...).origin` cannot be used: it is the string "null" for every non-special
// scheme (app:, file:, data:), so it would let file: and data: pass as "our" origin.

/** scheme://host of a URL ('' when it does not parse); file: and data: URLs have no host. */
export function schemeAndHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return '';
  }
}

/** True only for a URL on one of `allowed` (each 'scheme://host'), never for a host-less URL. */
export function isOwnUrl(url: string, allowed: readonly string[]): boolean {
  const origin = schemeAndHost(url);
  return !origin.endsWith('//') && origin !== '' && allowed.includes(origin);
}

export interface SenderFacts {
  /** The sending frame is our window's main frame. */
  isOurMainFrame: boolean;
  frameUrl: string;
}

/** The main frame of our own window, showing our own page. A frame that navigated elsewhere (it
 *  cannot, but defence in depth) or a subframe gets nothing. */
export function isTrustedSender(facts: SenderFacts, allowedOrigins: readonly string[]): boolean {
  return facts.isOurMainFrame && isOwnUrl(facts.frameUrl, allowedOrigins);
}
