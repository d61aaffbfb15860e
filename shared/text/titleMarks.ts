// Nested titles: inside 《…》 an inner title takes 〈…〉, but is often typed <…>, ＜…＞ or 《…》
// (seed 000 「《…关于印发<…预案>的通知》」). Shared by the check that fixes them and by the
// punctuation finder, which must already count those marks as the Chinese marks they become.

// Each inner opening mark with the closing mark typed to match it.
const PARTNER: Readonly<Record<string, string>> = { '<': '>', '＜': '＞', '《': '》' };

/** Offsets [open, close] of every inner pair to turn into 〈〉, in one line of text. */
export function nestedTitlePairs(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let outer = false;
  let inner = -1;
  let close = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (!outer) {
      if (ch === '《') outer = true;
    } else if (inner < 0 && PARTNER[ch] !== undefined) {
      inner = i;
      close = PARTNER[ch];
    } else if (inner >= 0 && ch === close) {
      out.push([inner, i]);
      inner = -1;
    } else if (inner < 0 && ch === '》') {
      outer = false;
    } else if (ch === '\n') {
      outer = false;
      inner = -1;
    }
  }
  return out;
}
