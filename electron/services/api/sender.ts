// Which IPC senders are ours: the main frame of our own window, showing our own page. A frame
// that navigated elsewhere (it cannot, but defence in depth) or a subframe gets nothing.
export interface SenderFacts {
  /** The sending frame is our window's main frame. */
  isOurMainFrame: boolean;
  frameUrl: string;
}

export function isTrustedSender(facts: SenderFacts, allowedOrigins: readonly string[]): boolean {
  if (!facts.isOurMainFrame) return false;
  let origin: string;
  try {
    const url = new URL(facts.frameUrl);
    origin = url.protocol === 'file:' ? 'file://' : `${url.protocol}//${url.host}`;
  } catch {
    return false;
  }
  return allowedOrigins.includes(origin);
}
