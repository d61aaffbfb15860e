// Page-number styles a unit can choose (GB/T 9704 7.5 is the default; local rules differ): the
// same text in the .docx footers, the preview and the printed/PDF pages.

import { choices } from '../choices';

export const { values: PAGE_NUMBER_STYLES, label: PAGE_NUMBER_LABEL } = choices({
  outside: '「— 1 —」单页居右、双页居左（国家标准）',
  centre: '「— 1 —」居中',
  centreHyphen: '「-1-」居中',
  none: '不加页码',
});
export type PageNumberStyle = (typeof PAGE_NUMBER_STYLES)[number];

/** What stands before and after the number, or null for no page numbers. */
export function pageNumberAffixes(style: PageNumberStyle): { before: string; after: string } | null {
  switch (style) {
    case 'outside':
    case 'centre':
      // Half-width digits between two 一字线 (U+2014), a space on each side.
      return { before: '— ', after: ' —' };
    case 'centreHyphen':
      return { before: '-', after: '-' };
    case 'none':
      return null;
  }
}

export function pageNumberText(style: PageNumberStyle, page: number): string {
  const affixes = pageNumberAffixes(style);
  return affixes ? `${affixes.before}${page}${affixes.after}` : '';
}
