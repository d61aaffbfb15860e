// Web-page debris around and inside a report copied from a government website or a document site:
// navigation, breadcrumbs, metadata lists and tables (索引号 / 发布机构 / 成文日期 …), view counters,
// font-size and share widgets, search boxes, file names, link-leaving prompts, copyright footers.
// One ordered table of rules, read in simplified script so that traditional pages match too; the
// import drops what it finds (and lists it in the preview), and a paste into a section is cleaned
// the same way (with an undo). Rules that only make sense above the report's first paragraph
// (`header`) or below its last (`tail`) say so.
import { toSimplified } from '../text/script';
import { withoutPinyin } from './unitKind';
import { CN_NUMERAL, CN_NUMERAL_CHARS } from '../gongwen/numerals';

export type DebrisZone = 'anywhere' | 'header' | 'tail';

export interface DebrisRule {
  id: string;
  /** What the line is, for the preview: 「网页导航」, 「发布信息」 … */
  label: string;
  zone: DebrisZone;
  test: RegExp;
}

/** Keys of the metadata rows government sites put above a document. */
const META_KEYS = [
  '索引号', '发文字号', '备注/文号', '文号', '发布机构', '发文机构', '发文机关', '发布单位', '成文日期', '发文日期', '发布日期',
  '公文生成日期', '生成日期', '发布时间', '更新时间', '主题分类', '体裁分类', '组配分类', '服务对象', '分类', '有效性', '是否有效',
  '公文时效', '时效性', '名称', '标题', '主题词', '关键词', '公开形式', '公开方式', '公开范围', '公开时限', '责任部门', '文件编号',
  '来源', '信息来源', '文章来源', '作者', '编辑', '责任编辑', '日期', '时间', '浏览次数', '浏览量', '阅读次数', '阅读量', '访问量',
  '访问次数', '点击数', '点击量', '点击率', '字号', '字体',
]
  // 「索 引 号」「名 称」: sites space the characters of short keys.
  .map((k) => [...k].map((c) => c.replace(/[/]/g, '\\/')).join('\\s*'))
  .join('|');

const BULLET = '(?:[-–•·*]\\s*)?';

/**
 * Ordered: the first rule that matches a line decides its label. Patterns see the line in
 * simplified script with runs of whitespace (tabs from a pasted table included) as one space.
 */
export const DEBRIS_RULES: readonly DebrisRule[] = [
  { id: 'leave-prompt', label: '网页提示', zone: 'anywhere', test: /即将离开|继续访问|放弃访问|是否继续访问/ },
  { id: 'breadcrumb', label: '网页导航', zone: 'anywhere', test: /^(当前位置|您的位置|您当前的位置|您当前所在的位置|您现在的位置|您现在所在的位置|所在位置)\s*[:：]|首页\s*(>|＞|»|›|>>|\/)/ },
  { id: 'meta-row', label: '发布信息', zone: 'anywhere', test: new RegExp(`^${BULLET}[[【]?\\s*(${META_KEYS})\\s*[\\]】]?\\s*([:：|]|\\s|$)`) },
  { id: 'meta-inline', label: '发布信息', zone: 'anywhere', test: /(发布时间|发布日期|发布机构|信息来源|文章来源|浏览次数|点击数|阅读次数)\s*[:：]/ },
  { id: 'meta-table', label: '发布信息表', zone: 'header', test: /^\|.*\|$|^\|?\s*:?-{3,}/ },
  { id: 'font-widget', label: '网页按钮', zone: 'anywhere', test: /字体\s*[:：]?\s*[【[]|[【[]\s*字体|字号\s*[:：]\s*[【[]?\s*[大中小]|([【[]\s*(大|中|小)\s*[】\]]\s*){2,}|(^|\s)大\s+中\s+小(\s|$)/ },
  { id: 'button', label: '网页按钮', zone: 'anywhere', test: /^([【[]?\s*(打印|打印本页|关闭|关闭窗口|返回顶部|收藏|纠错|我要纠错|保存|下载|分享|分享到)\s*[】\]]?\s*[:：]?\s*)+$/ },
  { id: 'share', label: '网页按钮', zone: 'anywhere', test: /^[-–•·]?\s*分享(到)?\s*([:：]|$)/ },
  { id: 'a11y', label: '网页按钮', zone: 'anywhere', test: /^(视力保护色|护眼模式|无障碍浏览|长者模式|适老化|读屏专用|关怀版)/ },
  { id: 'date-bar', label: '日期栏', zone: 'anywhere', test: /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期|周)[一二三四五六日天]$|^(星期|周)[一二三四五六日天]\s*\d{4}\s*年/ },
  { id: 'site-mark', label: '网站名称', zone: 'anywhere', test: /^[^\s，。；]{0,20}\s*(https?:\/\/)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|cn|net|org|gov)(\.cn)?\/?$/i },
  { id: 'site-name', label: '网站名称', zone: 'header', test: /(门户网站|门户网|政府网|网站|信息公开(平台|专栏)?|政务公开(专栏)?|政务网|规章库)$/ },
  { id: 'search', label: '网页搜索栏', zone: 'header', test: /^(搜索位置|匹配度|排序|搜索|高级搜索|站内搜索|全文检索|检索)$/ },
  { id: 'widget-char', label: '网页按钮', zone: 'header', test: /^([-–—·•|]+|大|中|小|默认|A\+|A-)$/ },
  { id: 'file-name', label: '文件名', zone: 'header', test: /^\S.{0,60}\.(docx?|pdf|wps|txt|ofd)$/i },
  { id: 'doc-number', label: '发文字号', zone: 'header', test: /^[\u4e00-\u9fa5]{1,12}[〔[(（]\d{4}[〕\])）]\s*\d{1,4}\s*号$/ },
  { id: 'related', label: '网页栏目', zone: 'tail', test: /^(相关词条|热门词条|相关链接|相关文章|相关阅读|联络我们|联系我们|上一篇|下一篇|扫一扫|手机扫描|微信扫一扫|打印本页|关闭窗口)/ },
  {
    id: 'footer',
    label: '网站页脚',
    zone: 'tail',
    test: /版权所有|版权均属|Copyright|©|ICP备|公网安备|网站标识码|网站地图|主办单位\s*[:：]|承办单位\s*[:：]|技术支持\s*[:：]|^(联系方式|联系电话|电话|邮箱|地址|E-?mail)\s*[:：]|(本网|本站|网站).*(版权|转载|授权|侵权)/i,
  },
];

/** Report text never looks like this: outline numbering at any level, or a finished sentence. */
const NUMBERED_RE = new RegExp(String.raw`^(${CN_NUMERAL}+[、.．]|[（(][${CN_NUMERAL_CHARS}\d]+[）)]|\d{1,2}[、.．]\D)`);
/** Debris lines are short: a longer line is a paragraph whatever words it contains. */
const DEBRIS_MAX_LENGTH = 160;

/** The line as the rules see it: simplified script, whitespace runs as one space. */
export function debrisKey(line: string): string {
  const spaced = toSimplified(withoutPinyin(line)).replace(/[ \u3000\u00A0\uFEFF]+/g, ' ');
  // The tab pattern starts with \s*, so it is tried at every character: only lines with a tab need it.
  return (spaced.includes('\t') ? spaced.replace(/\s*\t[\s\t]*/g, '\t') : spaced).trim();
}

/** The rule a line matches in a zone, or null. A matching line that is report text is not debris. */
export function debrisRule(line: string, zone: DebrisZone): DebrisRule | null {
  // Outside the tail no rule takes a finished sentence (below), and the key of a line ending in
  // 「。」 ends in it too: most of a report's lines need no key at all.
  if (zone !== 'tail' && line.trimEnd().endsWith('。')) return null;
  const key = debrisKey(line);
  if (key.length === 0 || NUMBERED_RE.test(key)) return null;
  for (const rule of DEBRIS_RULES) {
    if (rule.zone !== 'anywhere' && rule.zone !== zone) continue;
    // A site's copyright notice at the very end may run long and end in a stop; anything else
    // that long, or a finished sentence, is report text whatever words it contains.
    if (rule.zone !== 'tail' && (key.length > DEBRIS_MAX_LENGTH || /。$/.test(key))) continue;
    if (rule.test.test(key)) return rule;
  }
  return null;
}

/** A page widget, prompt or metadata row wherever it stands (审校 finds these inside sections). */
export function isWidgetLine(line: string): boolean {
  return debrisRule(line, 'anywhere') !== null;
}

export interface DebrisSplit {
  kept: string[];
  dropped: string[];
}

/**
 * Debris out of a run of lines: widgets and prompts wherever they are; a site's footer and
 * 「相关词条」 lists only from the end, up to the last line that certainly belongs to the report
 * (`isContent`: a heading, the 成文日期, 「特此报告」).
 */
export function splitDebris(lines: readonly string[], isContent: (line: string) => boolean): DebrisSplit {
  const drop = lines.map((line) => line.trim() !== '' && debrisRule(line, 'anywhere') !== null);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (drop[i] || line.trim() === '') continue;
    if (isContent(line) || debrisRule(line, 'tail') === null) break;
    drop[i] = true;
  }
  const kept: string[] = [];
  const dropped: string[] = [];
  lines.forEach((line, i) => (drop[i] ? dropped.push(line.trim()) : kept.push(line)));
  return { kept, dropped };
}

export interface CleanedPaste {
  text: string;
  /** The lines left out, as they were. */
  dropped: string[];
}

/**
 * Text pasted into a section, cleaned as an import cleans a report's body; the rest is kept
 * exactly, line breaks included.
 */
export function cleanPastedText(text: string): CleanedPaste {
  const { kept, dropped } = splitDebris(text.replace(/\r\n?/g, '\n').split('\n'), (line) => NUMBERED_RE.test(line.trim()));
  return { text: dropped.length === 0 ? text : kept.join('\n'), dropped };
}
