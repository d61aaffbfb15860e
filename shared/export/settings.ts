// Per-unit settings of the .docx export (GB/T 9704 layout). The UI edits them, so they are
// validated here and every missing field falls back to the standard's default.
import { z } from 'zod';
import { DEFAULT_EXPORT_FONTS, DEFAULT_EXPORT_MARGINS, DEFAULT_EXPORT_SETTINGS } from './exportDefaults';
import { PAGE_NUMBER_STYLES } from './pageNumbers';

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
    boldLevel3: z.boolean().default(DEFAULT_EXPORT_SETTINGS.boldLevel3),
    /** 加盖印章: date 右空四字 with the 署名 centred over it, room left for the seal. */
    sealed: z.boolean().default(DEFAULT_EXPORT_SETTINGS.sealed),
    /** Page numbers: 「— 1 —」 outside (GB/T 9704), centred, 「-1-」 centred, or none (local rules). */
    pageNumbers: z.enum(PAGE_NUMBER_STYLES).default(DEFAULT_EXPORT_SETTINGS.pageNumbers),
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

/** Settings as stored may be partial or from an older version: fill gaps with the defaults. */
export function parseExportSettings(value: unknown): ExportSettings {
  return exportSettingsSchema.parse(value ?? {});
}
