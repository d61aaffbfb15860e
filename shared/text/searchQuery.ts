// What the search box sends: the typed text without control characters. A NUL, an ESC or a DEL
// pasted from another program is invisible in the box but reached the full-text query (a NUL
// failed it with 「程序内部出错」); they are dropped. A line break or tab between words is
// whitespace the user meant, and becomes a space.
import { stripXmlIllegal } from './xmlSafe';

// eslint-disable-next-line no-control-regex -- removing control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]+/g;
// eslint-disable-next-line no-control-regex -- line breaks and tabs from a paste.
const BREAKS = /[\t\n\u000B\u000C\r\u0085]+/g;

export function cleanSearchQuery(raw: string): string {
  return stripXmlIllegal(raw.replace(INVISIBLE, '').replace(BREAKS, ' ')).trim();
}
