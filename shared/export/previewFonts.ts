// Which font the preview draws each part in. The preview names the same fonts as the .docx;
// where this PC lacks one, it falls back along a chain of fonts of the same kind (the 公文 names,
// their English names, what WPS, macOS, 统信UOS/银河麒麟 and Debian install) and says which one
// it used. Line breaks do not depend on the choice: every Chinese font is one em a character,
// and Latin text is measured in Times New Roman metrics (layout/metrics.ts).
import { type ExportSettings } from './settings';
import { EXPORT_FONT_KEYS, LATIN_FONT, type ExportFontKey } from './exportDefaults';

const SONG = ['宋体', 'SimSun', 'NSimSun', 'STSong', '华文宋体', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Noto Serif SC', 'AR PL UMing CN'];

/** Fonts of the same kind, in the order the preview tries them after the one the unit set. */
export const FONT_FALLBACKS: Record<ExportFontKey | 'latin', string[]> = {
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'FangSong_GB2312', 'STFangsong', '华文仿宋', ...SONG],
  kai: ['楷体_GB2312', '楷体', 'KaiTi', 'KaiTi_GB2312', 'STKaiti', '华文楷体', 'AR PL UKai CN', 'AR PL KaitiM GB', ...SONG],
  hei: ['黑体', 'SimHei', 'STHeiti', '华文黑体', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', 'WenQuanYi Zen Hei', 'Microsoft YaHei'],
  title: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', ...SONG],
  song: SONG,
  latin: [LATIN_FONT, 'Liberation Serif', 'Tinos', 'Nimbus Roman', 'Nimbus Roman No9 L'],
};

const GENERIC: Record<ExportFontKey | 'latin', string> = { body: 'serif', kai: 'serif', hei: 'sans-serif', title: 'serif', song: 'serif', latin: 'serif' };

/** The unit's font for `key`, then its fallbacks, without repeats. */
export function fontChain(settings: ExportSettings, key: ExportFontKey | 'latin'): string[] {
  const first = key === 'latin' ? LATIN_FONT : settings.fonts[key];
  return [...new Set([first, ...FONT_FALLBACKS[key]])];
}

/** A CSS font-family list for `key`: the chain, quoted, and a generic family last. */
export function cssFontFamily(settings: ExportSettings, key: ExportFontKey | 'latin'): string {
  return [...fontChain(settings, key).map((name) => `"${name.replace(/["\\]/g, '')}"`), GENERIC[key]].join(', ');
}

/** Every name any chain mentions, to look up once among the installed fonts. */
export function previewFontCandidates(settings: ExportSettings): string[] {
  return [...new Set([...EXPORT_FONT_KEYS, 'latin' as const].flatMap((key) => fontChain(settings, key)))];
}

export interface FontSubstitute {
  /** The font the document names. */
  requested: string;
  /** The installed font the preview draws instead; null when none of the chain is installed. */
  shown: string | null;
}

/**
 * The fonts the preview draws in place of the document's: for each font the document names that
 * `installed` lacks, the first of its chain that is there.
 */
export function fontSubstitutes(settings: ExportSettings, installed: (name: string) => boolean): FontSubstitute[] {
  const out: FontSubstitute[] = [];
  for (const key of [...EXPORT_FONT_KEYS, 'latin' as const]) {
    const [requested, ...rest] = fontChain(settings, key);
    if (requested === undefined || installed(requested) || out.some((s) => s.requested === requested)) continue;
    out.push({ requested, shown: rest.find(installed) ?? null });
  }
  return out;
}
