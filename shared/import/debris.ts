// Web-page debris around a report copied from a government website: publish dates, view counts,
// font-size widgets, share/print buttons, copyright and ICP lines. Dropped on import; the list of
// what was dropped is shown to the user so nothing disappears unseen.

/** Lines that are debris wherever they stand: short, and shaped like a page widget or footer. */
const WIDGET_PATTERNS: readonly RegExp[] = [
  // 「2023年11月5日 星期天」: the date bar at the top of a page.
  /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期|周)[一二三四五六日天]$/,
  /^(星期|周)[一二三四五六日天]\s*\d{4}\s*年/,
  /(发布时间|发布日期|发布机构|生成日期|更新时间|信息来源|文章来源|阅读次数|浏览次数|访问次数|点击数|点击量|阅读量|访问量)\s*[:：|]/,
  /^(来源|作者|编辑|责任编辑|日期|时间|索引号|文号|主题分类|发文机关)\s*[:：]/,
  /字体\s*[:：]?\s*[【[]/,
  /[【[]\s*(默认|大|中|小)\s*[】\]]?\s*(超大|大|中|小)/,
  /字体\s*[:：]\s*(大|中|小|默认)/,
  /([【[]\s*(大|中|小)\s*[】\]]\s*){2,}/,
  /^(当前位置|您的位置|您现在的位置|所在位置)\s*[:：]/,
  /^首页\s*[>＞»]/,
  /^(视力保护色|护眼模式|无障碍浏览|长者模式)/,
  /^分享(到)?\s*([:：]|$)/,
  /^[【[]?\s*(打印|关闭|打印本页|关闭窗口|返回顶部|收藏|纠错|我要纠错|保存|下载)\s*[】\]]?(\s*[【[]?\s*(打印|关闭|打印本页|关闭窗口|返回顶部|收藏|纠错|我要纠错|保存|下载)\s*[】\]]?)*$/,
  /(即将离开|是否继续|继续访问|放弃访问)/,
  /(版权所有|版权均属|Copyright|©|ICP备|公网安备|网站标识码|网站地图|主办单位\s*[:：]|承办单位\s*[:：]|技术支持\s*[:：])/i,
  /^(联系方式|联系电话|电话|邮箱|邮件|地址|E-?mail)\s*[:：]/i,
  /^(上一篇|下一篇|相关链接|相关文章|扫一扫|手机扫描|微信扫一扫)/,
];

/** A site's copyright notice speaks of the site itself and of rights to its content. */
const FOOTER_SITE_RE = /(本网|本站|网站)/;
const FOOTER_RIGHTS_RE = /(版权|转载|授权|侵权|ICP备)/;

const WIDGET_MAX_LENGTH = 120;

/** Outline numbering at any level: such a line is report text, whatever words follow. */
const NUMBERED_RE = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]\D)/;

export function isWidgetLine(line: string): boolean {
  if (line.length > WIDGET_MAX_LENGTH || /。$/.test(line) || NUMBERED_RE.test(line)) return false;
  return WIDGET_PATTERNS.some((re) => re.test(line));
}

function isFooterLine(line: string): boolean {
  return isWidgetLine(line) || (FOOTER_SITE_RE.test(line) && FOOTER_RIGHTS_RE.test(line));
}

export interface DebrisSplit {
  kept: string[];
  dropped: string[];
}

/**
 * Splits trimmed, non-empty lines into kept text and debris. Widget lines go wherever they are;
 * longer footer-like lines only from the tail, where a copied page ends with its notices.
 * `isContent` tells which lines certainly belong to the report (headings, the signature date):
 * the tail walk stops there.
 */
export function dropDebris(lines: readonly string[], isContent: (line: string) => boolean): DebrisSplit {
  const drop = lines.map((line) => isWidgetLine(line));
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (drop[i]) continue;
    if (isContent(line) || !isFooterLine(line)) break;
    drop[i] = true;
  }
  const kept: string[] = [];
  const dropped: string[] = [];
  lines.forEach((line, i) => (drop[i] ? dropped : kept).push(line));
  return { kept, dropped };
}
