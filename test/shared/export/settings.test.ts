import { describe, expect, it } from 'vitest';
import { parseExportSettings } from '../../../shared/export/settings';
import { DEFAULT_EXPORT_SETTINGS, exportFontNames } from '../../../shared/export/exportDefaults';

describe('export settings', () => {
  it('defaults to the standard fonts, margins, no bold 3rd level, no seal, page numbers outside', () => {
    expect(DEFAULT_EXPORT_SETTINGS).toEqual({
      fonts: { body: '仿宋_GB2312', kai: '楷体_GB2312', hei: '黑体', title: '方正小标宋简体', song: '宋体' },
      boldLevel3: false,
      sealed: false,
      pageNumbers: 'outside',
      margins: { top: 37, bottom: 35, left: 28, right: 26 },
    });
    expect(parseExportSettings(undefined)).toEqual(DEFAULT_EXPORT_SETTINGS);
  });

  it('fills in what a stored partial setting lacks; a blank font name means the default', () => {
    const s = parseExportSettings({ fonts: { body: ' 仿宋 ', kai: '' }, margins: { top: 30 }, boldLevel3: true });
    expect(s.fonts).toEqual({ ...DEFAULT_EXPORT_SETTINGS.fonts, body: '仿宋' });
    expect(s.margins).toEqual({ ...DEFAULT_EXPORT_SETTINGS.margins, top: 30 });
    expect(s.boldLevel3).toBe(true);
  });

  it('refuses margins out of range and font names that would break the XML', () => {
    expect(() => parseExportSettings({ margins: { top: 5 } })).toThrow();
    expect(() => parseExportSettings({ fonts: { body: '仿宋"/><w:b/>' } })).toThrow();
    expect(() => parseExportSettings({ sealed: 'yes' })).toThrow();
  });

  it('lists every font name an export writes, Times New Roman included', () => {
    expect(exportFontNames(DEFAULT_EXPORT_SETTINGS)).toEqual(['仿宋_GB2312', '楷体_GB2312', '黑体', '方正小标宋简体', '宋体', 'Times New Roman']);
  });
});
