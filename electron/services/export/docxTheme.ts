// word/theme/theme1.xml with 公文 fonts. The docx library writes Office's default theme, whose
// fonts are Calibri, 等线 and 游ゴシック (and thirty script fonts of Windows); WPS reports them as
// missing, and any text that falls back to the theme would take them. This theme names only
// Times New Roman for Latin, 黑体 for headings and 宋体 for body text — fonts every Chinese
// Windows PC has. Colours and effects are Office's defaults, kept short.

const srgb = (name: string, hex: string) => `<a:${name}><a:srgbClr val="${hex}"/></a:${name}>`;
const fill = (hex: string) => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;
const line = (width: number) => `<a:ln w="${width}" cap="flat" cmpd="sng" algn="ctr">${fill('000000')}<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;
const fonts = (ea: string) =>
  `<a:latin typeface="Times New Roman"/><a:ea typeface="${ea}"/><a:cs typeface="Times New Roman"/><a:font script="Hans" typeface="${ea}"/>`;

export const THEME_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="公文"><a:themeElements>' +
  '<a:clrScheme name="公文">' +
  '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  srgb('dk2', '44546A') + srgb('lt2', 'E7E6E6') + srgb('accent1', '4472C4') + srgb('accent2', 'ED7D31') +
  srgb('accent3', 'A5A5A5') + srgb('accent4', 'FFC000') + srgb('accent5', '5B9BD5') + srgb('accent6', '70AD47') +
  srgb('hlink', '0563C1') + srgb('folHlink', '954F72') +
  '</a:clrScheme>' +
  `<a:fontScheme name="公文"><a:majorFont>${fonts('黑体')}</a:majorFont><a:minorFont>${fonts('宋体')}</a:minorFont></a:fontScheme>` +
  '<a:fmtScheme name="公文">' +
  `<a:fillStyleLst>${fill('FFFFFF')}${fill('F2F2F2')}${fill('D9D9D9')}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(6350)}${line(12700)}${line(19050)}</a:lnStyleLst>` +
  '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>' +
  `<a:bgFillStyleLst>${fill('FFFFFF')}${fill('F2F2F2')}${fill('D9D9D9')}</a:bgFillStyleLst>` +
  '</a:fmtScheme>' +
  '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>';
