// URLs and e-mail addresses in text keep their ASCII punctuation. Found in linear time: the URL
// pattern starts with a literal scheme and never backtracks; e-mail addresses are grown outwards
// from each 「@」 instead of by a pattern whose local part would be retried from every letter of a
// long Latin run (quadratic on a 2-million-character line).

const URL_RE = /(?:(?:https?|ftp):\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;

const isLocal = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
const isLabel = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d;

/** The domain after the 「@」 at `at`: 「host.domain」 (labels of [A-Za-z0-9-], at least two), its end or -1. */
function domainEnd(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && isLabel(text.charCodeAt(end))) end++;
  if (end === at + 1) return -1;
  let labels = 0;
  while (text.charCodeAt(end) === 0x2e && end + 1 < text.length && isLabel(text.charCodeAt(end + 1))) {
    end += 2;
    while (end < text.length && isLabel(text.charCodeAt(end))) end++;
    labels++;
  }
  return labels > 0 ? end : -1;
}

/** Trailing 「.,;:!?'」 are sentence punctuation after the address, and so is a 「)」 without its 「(」. */
function trimEnd(text: string, start: number, end: number): number {
  let opens = 0;
  let closes = 0;
  for (let k = start; k < end; k++) {
    const ch = text[k];
    if (ch === '(') opens++;
    else if (ch === ')') closes++;
  }
  while (end > start) {
    const last = text[end - 1]!;
    if (last === ')' && opens < closes) closes--;
    else if (!",.;:!?'".includes(last)) break;
    end--;
  }
  return end;
}

/**
 * 1 at every character of a URL or e-mail address in `text`: the matches of
 * `URL|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`, leftmost first, a URL winning a tie,
 * without overlapping — computed without retrying the e-mail pattern from every letter.
 */
export function addressMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let url: RegExpExecArray | null = null;
  /** The next 「@」 not yet ruled out, with where its local part's run of characters starts. */
  let at = -1;
  let runStart = 0;
  for (let pos = 0; pos < text.length; ) {
    if (url === null || url.index < pos) {
      URL_RE.lastIndex = pos;
      url = URL_RE.exec(text);
    }
    // The first 「@」 at or after pos with a local part inside [pos, 「@」) and a domain after it.
    let email: [number, number] | null = null;
    for (at = Math.max(at, pos); ; at++) {
      at = text.indexOf('@', at);
      if (at < 0) break;
      runStart = at;
      while (runStart > pos && isLocal(text.charCodeAt(runStart - 1))) runStart--;
      const end = runStart < at ? domainEnd(text, at) : -1;
      if (end >= 0) {
        email = [runStart, end];
        break;
      }
    }
    const u = url === null ? null : ([url.index, url.index + url[0].length] as [number, number]);
    const next = u && (!email || u[0] <= email[0]) ? u : email;
    if (!next) break;
    mask.fill(1, next[0], trimEnd(text, next[0], next[1]));
    pos = next[1];
    if (next === u) url = null;
  }
  return mask;
}
