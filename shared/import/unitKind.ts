// Which kind of unit a name says, from how it ends — read in simplified script, which unitName.ts
// (unitKindOf) gives it through OpenCC; apart so that a page can ask without loading the dictionaries.
import type { UnitKind } from '../types';

/** Pinyin a mis-decoded page put after characters: 「宅梧鎮（zhèn）」. */
const PINYIN_RE = /[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/gi;

export function withoutPinyin(text: string): string {
  return text.replace(PINYIN_RE, '');
}

/** Township or county department, from how a name in simplified script (and without pinyin) ends;
 *  null when it cannot tell. */
export function kindOfSimplifiedName(s: string): UnitKind | null {
  if (/(乡|镇|街道|街|苏木)(人民政府|政府|党委|党工委|委员会|办事处)?$|街道办事处$/.test(s)) return 'township';
  if (/(局|委员会|委|办公室|办|中心|院|所|队|站|厅|部|署|管委会)$/.test(s)) return 'department';
  return null;
}
