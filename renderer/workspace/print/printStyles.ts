// The printed page: A4 with the unit's margins and page numbers in the page's margin boxes
// (odd pages right, even pages left, or centred), as CSS @page rules. They depend on the unit's
// settings, so they are built here and adopted as a constructed stylesheet — the CSP admits no
// <style> element. Printing (Electron's print, the browser's print) and Electron's printToPDF
// (with preferCSSPageSize) all lay the pages out from these rules.
import { useEffect } from 'react';
import type { PageGeometry } from '../../../shared/export/layout/page';
import { FOOTER_LINE, PAGE_NUMBER_DROP_MM, PAGE_NUMBER_PT } from '../../../shared/export/layout/page';
import { pageNumberAffixes, type PageNumberStyle } from '../../../shared/export/pageNumbers';

/** A length in twips as CSS points: the preview draws in the units the layout computes in. */
export const pt = (twips: number) => `${twips / 20}pt`;
/**
 * Room for a mark hanging past the 版心's right edge (one 2号 字), taken from the right margin:
 * content wider than the page area would make the browser shrink the whole page to fit.
 */
const HANG_ROOM = 440;
const quoted = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

export function pageRules(geometry: PageGeometry, style: PageNumberStyle, numberFamily: string): string {
  const m = geometry.margin;
  let css = `@page { size: A4 portrait; margin: ${pt(m.top)} ${pt(Math.max(0, m.right - HANG_ROOM))} ${pt(m.bottom)} ${pt(m.left)}; }`;
  const affixes = pageNumberAffixes(style);
  if (!affixes) return css;
  // The number's line sits with its middle 7 mm under the 版心, one 4号 字 in from the side.
  const box =
    `content: ${quoted(affixes.before)} counter(page) ${quoted(affixes.after)}; font-family: ${numberFamily}; ` +
    `font-size: ${PAGE_NUMBER_PT}pt; line-height: ${pt(FOOTER_LINE)}; vertical-align: top; ` +
    `padding-top: calc(${PAGE_NUMBER_DROP_MM}mm - ${pt(FOOTER_LINE / 2)}); color: #000;`;
  if (style === 'outside') {
    css += `@page :right { @bottom-right { ${box} text-align: right; padding-right: calc(${PAGE_NUMBER_PT}pt + ${pt(HANG_ROOM)}); } }`;
    css += `@page :left { @bottom-left { ${box} text-align: left; padding-left: ${PAGE_NUMBER_PT}pt; } }`;
  } else {
    // Centred under the 版心, not under the page area widened by the hanging room.
    css += `@page { @bottom-center { ${box} text-align: center; padding-right: ${pt(HANG_ROOM)}; } }`;
  }
  return css;
}

/** Adopts the page rules while the preview is open. */
export function usePageRules(css: string | null): void {
  useEffect(() => {
    if (css === null) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
