// How alike two Chinese headings are. Chinese has no word boundaries, so titles are compared by
// character bigrams (Dice coefficient) after removing the words every heading of this report
// shares; on top of that, headings that name the same part in different words (存在问题 / 不足,
// 下一步 / 工作计划 / 打算) are recognised through a small list of concepts.

/** Words so common in these headings that sharing them says nothing. */
const FILLER_RE =
  /(推进法治政府建设|法治政府建设|推进|加强|强化|全面|进一步|坚持|健全|深化|不断|持续|切实|扎实|依法|情况|工作|方面|有关|主要|的|和|与|及|本年度|上一年度|年度|今年|我镇|我乡|我局)/g;

/**
 * Parts and areas of the report, each with the words that name it. A heading belongs to every
 * concept one of whose words it contains.
 */
const CONCEPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['achievements', /(举措|成效|开展情况|工作情况|主要做法|做法|取得|成绩|亮点|主要工作)/],
  ['problems', /(问题|不足|短板|差距|薄弱|困难)/],
  ['leaders', /(第一责任人|主要负责人|一把手|负责人履行|党政主要)/],
  ['plan', /(下一步|下一年度|下年度|明年|计划|打算|思路|安排|展望|目标任务|努力方向)/],
  ['other', /(其他|其它|需要报告)/],
  ['functions', /(职能|履职|放管服|营商环境|政府作用|机构职能|行政审批)/],
  ['rules', /(制度体系|制度建设|规范性文件|依法行政制度)/],
  ['decisions', /(决策)/],
  ['enforcement', /(执法)/],
  ['emergency', /(突发|应急|安全生产|防灾)/],
  ['disputes', /(矛盾|纠纷|信访|调解|维稳|公平正义)/],
  ['oversight', /(制约|监督|政务公开|公示公告|公开)/],
  ['digital', /(数字|科技保障|信息化|智慧|互联网)/],
  ['capacity', /(法治思维|依法行政能力|学法|法治素养|法治能力|培训)/],
  ['publicity', /(普法|宣传|法治文化|法治教育)/],
  ['organisation', /(组织领导|党的领导|党对|领导体制|责任落实|工作机制|统筹)/],
  ['counsel', /(法律顾问|公职律师|法律服务)/],
];

/** Removes placeholders, years, numbering, punctuation and whitespace. */
export function bareTitle(title: string): string {
  return title
    .replace(/\{下一年度\}\s*(年度|年)?/g, '下一年度')
    // [^{}]: an unclosed 「{」 stops at the next one, not at the end of the text (linear).
    .replace(/\{[^{}]*\}\s*(年度|年)?/g, '')
    .replace(/\d{4}\s*年度?/g, '')
    .replace(/[\s\p{P}\p{S}\d]/gu, '');
}

function contentOf(title: string): string {
  const bare = bareTitle(title);
  const stripped = bare.replace(FILLER_RE, '');
  // A heading made only of common words (「工作情况」) is compared as it is.
  return stripped.length >= 2 ? stripped : bare;
}

function bigrams(s: string): string[] {
  if (s.length < 2) return s ? [s] : [];
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient over character bigrams (multiset), 0…1. */
export function bigramDice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of y) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      common++;
      counts.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

export function conceptsOf(title: string): Set<string> {
  const bare = bareTitle(title);
  const out = new Set<string>();
  for (const [name, re] of CONCEPTS) if (re.test(bare)) out.add(name);
  return out;
}

interface TitleFeatures {
  content: string;
  concepts: Set<string>;
  /** Bigram multiset of `content` and its size, for bigramDice without rebuilding it. */
  grams: Map<string, number>;
  gramCount: number;
}

/** A mapping compares every heading with every template title: work each title out once. */
const featureCache = new Map<string, TitleFeatures>();
const FEATURE_CACHE_SIZE = 4096;

function featuresOf(title: string): TitleFeatures {
  let f = featureCache.get(title);
  if (!f) {
    if (featureCache.size >= FEATURE_CACHE_SIZE) featureCache.clear();
    const content = contentOf(title);
    const list = bigrams(content);
    const grams = new Map<string, number>();
    for (const g of list) grams.set(g, (grams.get(g) ?? 0) + 1);
    f = { content, concepts: conceptsOf(title), grams, gramCount: list.length };
    featureCache.set(title, f);
  }
  return f;
}

/** bigramDice(fa.content, fb.content), from the cached multisets. */
function cachedDice(fa: TitleFeatures, fb: TitleFeatures): number {
  if (fa.gramCount === 0 || fb.gramCount === 0) return 0;
  const [small, large] = fa.grams.size <= fb.grams.size ? [fa.grams, fb.grams] : [fb.grams, fa.grams];
  let common = 0;
  for (const [g, n] of small) common += Math.min(n, large.get(g) ?? 0);
  return (2 * common) / (fa.gramCount + fb.gramCount);
}

/**
 * Similarity of two headings, 0…1: the bigram Dice of their distinctive words, raised when they
 * name the same concept. Sharing one of two concepts counts half.
 */
export function titleSimilarity(a: string, b: string): number {
  const fa = featuresOf(a);
  const fb = featuresOf(b);
  const dice = cachedDice(fa, fb);
  const ca = fa.concepts;
  const cb = fb.concepts;
  if (ca.size === 0 || cb.size === 0) return dice;
  let shared = 0;
  for (const c of ca) if (cb.has(c)) shared++;
  if (shared === 0) return dice * 0.8;
  const overlap = shared / Math.min(ca.size, cb.size);
  return Math.max(dice, 0.5 + 0.3 * overlap + 0.2 * dice);
}
