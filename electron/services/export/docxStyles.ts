// word/styles.xml, written out in full rather than through the `docx` styles API: that API cannot
// write a property the layout needs off (pPr snapToGrid: it writes it only when true), and with
// external styles it adds its own coloured Title/Heading styles
// under the same ids. Style identity is by name in Word, so the built-in ids and names are used
// (Title, heading 1–4, footer) and nothing custom sits next to them.
//
//  - docDefaults: the body — 3号 仿宋, Times New Roman for Latin, the condensed character spacing
//    that fits 28 字 on a line (runs in styled paragraphs carry only what differs), exact 579 leading, first line
//    indented two 字, justified, no widow/orphan control (it would leave 21-line pages; the 版心
//    holds 22 lines). w:overflowPunct is left at its default: a sentence mark that does not fit
//    hangs past the margin in Word and WPS (their Chinese default) and in LibreOffice — which reads
//    an explicit w:overflowPunct inverted, so no explicit value makes all three agree. The preview
//    (shared/export/layout) hangs the same marks.
//  - Title: 2号 小标宋, centred, and off the line grid: LibreOffice otherwise gives each 22 pt title
//    line two grid lines even with exact leading (Word never snaps exact leading to the grid).
import type { ExportSettings } from '../../../shared/export/settings';
import { LATIN_FONT } from '../../../shared/export/exportDefaults';
import { BODY_CHAR_SPACING, CHAR_3HAO, FOOTER_LINE, LINE_PITCH } from '../../../shared/export/layout/page';
import { SIZE_2HAO, SIZE_3HAO, SIZE_4HAO } from './docxFormat';

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fonts(eastAsia: string, latin = LATIN_FONT): string {
  const e = escapeXml(eastAsia);
  const l = escapeXml(latin);
  return `<w:rFonts w:ascii="${l}" w:hAnsi="${l}" w:eastAsia="${e}" w:cs="${l}" w:hint="eastAsia"/>`;
}

const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
const exact = (line: number) => `<w:spacing w:before="0" w:after="0" w:line="${line}" w:lineRule="exact"/>`;
const NO_INDENT = '<w:ind w:left="0" w:right="0" w:firstLine="0" w:firstLineChars="0"/>';
const BOLD = (on: boolean) => (on ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>');

function paragraphStyle(id: string, name: string, pPr: string, rPr: string): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>` +
    `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`
  );
}

function heading(level: number, eastAsia: string, bold: boolean): string {
  return paragraphStyle(
    `Heading${level}`,
    `heading ${level}`,
    `<w:keepNext/><w:outlineLvl w:val="${level - 1}"/>`,
    `${fonts(eastAsia)}${BOLD(bold)}<w:i w:val="0"/><w:iCs w:val="0"/><w:color w:val="000000"/>${size(SIZE_3HAO)}`,
  );
}

export function stylesXml(settings: ExportSettings): string {
  const f = settings.fonts;
  const song = escapeXml(f.song);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${fonts(f.body)}<w:color w:val="000000"/><w:spacing w:val="${BODY_CHAR_SPACING}"/>${size(SIZE_3HAO)}` +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/>' +
    `${exact(LINE_PITCH)}<w:ind w:firstLine="${2 * CHAR_3HAO}" w:firstLineChars="200"/><w:jc w:val="both"/>` +
    '</w:pPr></w:pPrDefault>' +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">' +
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr>' +
    `<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>${NO_INDENT}</w:pPr>` +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>' +
    '</w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>' +
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    paragraphStyle(
      'Title',
      'Title',
      `<w:keepNext/><w:snapToGrid w:val="0"/>${exact(LINE_PITCH)}${NO_INDENT}<w:jc w:val="center"/>`,
      `${fonts(f.title)}${BOLD(false)}<w:color w:val="000000"/><w:spacing w:val="0"/>${size(SIZE_2HAO)}`,
    ) +
    heading(1, f.hei, false) +
    heading(2, f.kai, false) +
    heading(3, f.body, settings.boldLevel3) +
    heading(4, f.body, false) +
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>' +
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>' +
    `<w:pPr><w:snapToGrid w:val="0"/>${exact(FOOTER_LINE)}${NO_INDENT}<w:jc w:val="left"/></w:pPr>` +
    `<w:rPr><w:rFonts w:ascii="${song}" w:hAnsi="${song}" w:eastAsia="${song}" w:cs="${song}" w:hint="eastAsia"/>` +
    `${BOLD(false)}<w:color w:val="000000"/><w:spacing w:val="0"/>${size(SIZE_4HAO)}</w:rPr></w:style>` +
    '</w:styles>'
  );
}

/**
 * The second name Word falls back to when a document's font is not installed (w:altName): a PC
 * without 仿宋_GB2312 — most Windows 10/11 PCs — then shows 仿宋 rather than an arbitrary font.
 */
const ALT_NAMES: Record<string, string> = {
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  方正小标宋简体: '宋体',
  方正小标宋_GBK: '宋体',
  仿宋: 'FangSong',
  楷体: 'KaiTi',
  黑体: 'SimHei',
  宋体: 'SimSun',
};

/** word/fontTable.xml: every font the document names, Chinese ones with the GB2312 charset. */
export function fontTableXml(settings: ExportSettings): string {
  const names = [...new Set([...Object.values(settings.fonts), LATIN_FONT])];
  const fontsXml = names
    .map((name) => {
      if (name === LATIN_FONT) {
        return `<w:font w:name="${escapeXml(name)}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
      }
      const alt = ALT_NAMES[name];
      return (
        `<w:font w:name="${escapeXml(name)}">${alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : ''}` +
        '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>'
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fontsXml}</w:fonts>`
  );
}
