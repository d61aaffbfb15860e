// The export settings' choices and defaults (GB/T 9704) without their schema (shared/export/settings.ts):
// the page — print preview, export dialog — shows and lays out with them and loads no zod.
import { choices } from '../choices';
import type { PageNumberStyle } from './pageNumbers';
import type { ExportSettings } from './settings';

/** The font slots, and what each is used for as the settings form shows it. */
export const { values: EXPORT_FONT_KEYS, label: EXPORT_FONT_LABEL } = choices({
  body: '正文及三、四级标题（仿宋）',
  kai: '二级标题（楷体）',
  hei: '一级标题（黑体）',
  title: '标题（小标宋）',
  song: '页码（宋体）',
});
export type ExportFontKey = (typeof EXPORT_FONT_KEYS)[number];

export const DEFAULT_EXPORT_FONTS: Record<ExportFontKey, string> = {
  body: '仿宋_GB2312',
  kai: '楷体_GB2312',
  hei: '黑体',
  title: '方正小标宋简体',
  song: '宋体',
};

/** Page margins in millimetres: 天头 37, 订口 28 leave the standard 156 × 225 mm 版心. */
export const DEFAULT_EXPORT_MARGINS = { top: 37, bottom: 35, left: 28, right: 26 } as const;

/** Latin letters and digits are always set in this font (ascii/hAnsi slots). */
export const LATIN_FONT = 'Times New Roman';

/** The settings of a unit that never changed them; the schema's defaults are these (not typed as
 *  ExportSettings, which the schema infers from them: the test parses {} to the same). */
export const DEFAULT_EXPORT_SETTINGS = {
  fonts: { ...DEFAULT_EXPORT_FONTS },
  boldLevel3: false,
  sealed: false,
  pageNumbers: 'outside' as PageNumberStyle,
  margins: { ...DEFAULT_EXPORT_MARGINS },
};

/** Every font name an export with these settings writes into the document. */
export function exportFontNames(settings: ExportSettings): string[] {
  const names = EXPORT_FONT_KEYS.map((key) => settings.fonts[key]);
  return [...new Set([...names, LATIN_FONT])];
}
