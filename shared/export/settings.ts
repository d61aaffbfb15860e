// Per-unit settings of the .docx export (GB/T 9704 layout). The UI edits them, so they are
// validated here and every missing field falls back to the standard's default.
import { z } from 'zod';
import { choices } from '../choices';
import { PAGE_NUMBER_STYLES } from './pageNumbers';

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

const fontName = (fallback: string) =>
  z
    .string()
    .trim()
    .max(64)
    // Control characters or quotes in a font name would end up inside XML attributes and fontconfig.
    .regex(/^[^\p{Cc}"<>&]*$/u, '字体名称含有不允许的字符')
    .transform((name) => (name === '' ? fallback : name))
    .default(fallback);

const marginMm = (fallback: number) => z.number().min(10).max(60).default(fallback);

export const exportSettingsSchema = z
  .object({
    fonts: z
      .object({
        body: fontName(DEFAULT_EXPORT_FONTS.body),
        kai: fontName(DEFAULT_EXPORT_FONTS.kai),
        hei: fontName(DEFAULT_EXPORT_FONTS.hei),
        title: fontName(DEFAULT_EXPORT_FONTS.title),
        song: fontName(DEFAULT_EXPORT_FONTS.song),
      })
      .prefault({}),
    /** 三级标题「1.」加粗 — not required by the standard, but many counties ask for it. */
    boldLevel3: z.boolean().default(false),
    /** 加盖印章: date 右空四字 with the 署名 centred over it, room left for the seal. */
    sealed: z.boolean().default(false),
    /** Page numbers: 「— 1 —」 outside (GB/T 9704), centred, 「-1-」 centred, or none (local rules). */
    pageNumbers: z.enum(PAGE_NUMBER_STYLES).default('outside'),
    margins: z
      .object({
        top: marginMm(DEFAULT_EXPORT_MARGINS.top),
        bottom: marginMm(DEFAULT_EXPORT_MARGINS.bottom),
        left: marginMm(DEFAULT_EXPORT_MARGINS.left),
        right: marginMm(DEFAULT_EXPORT_MARGINS.right),
      })
      .prefault({}),
  })
  .prefault({});

export type ExportSettings = z.output<typeof exportSettingsSchema>;
export type ExportSettingsInput = z.input<typeof exportSettingsSchema>;

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = exportSettingsSchema.parse({});

/** Settings as stored may be partial or from an older version: fill gaps with the defaults. */
export function parseExportSettings(value: unknown): ExportSettings {
  return exportSettingsSchema.parse(value ?? {});
}

/** Every font name an export with these settings writes into the document. */
export function exportFontNames(settings: ExportSettings): string[] {
  const names = EXPORT_FONT_KEYS.map((key) => settings.fonts[key]);
  return [...new Set([...names, LATIN_FONT])];
}
