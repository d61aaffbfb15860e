// Pathological texts of about n characters: what a hostile paste, a broken converter or a stuck
// key produces. Each is a shape some text function might walk more than once: runs of one mark
// (a fix-point loop, a backtracking /[…]+$/), nested or unbalanced brackets (a stack), one very
// long line (per-line work done per character), many short lines or many findings (a list spread
// into a call, a search per item). Add a shape here and every subject meets it.

const repeatTo = (unit: string, n: number) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

export const SHAPES: Record<string, (n: number) => string> = {
  'a run of commas': (n) => `中${','.repeat(n)}中`,
  'a run of full-width commas': (n) => `中${'，'.repeat(n)}中`,
  'a run of full stops': (n) => `中${'。'.repeat(n)}中`,
  'a run of spaces inside a line': (n) => `中${' '.repeat(n)}中,`,
  'a run of ideographic spaces': (n) => `中${'\u3000'.repeat(n)}中`,
  'a run of tabs': (n) => `中${'\t'.repeat(n)}中`,
  'a run of straight quotes': (n) => `中${'"'.repeat(n)}中`,
  'a run of single quotes': (n) => `中${"'".repeat(n)}中`,
  'a run of curly quotes': (n) => `中${'“'.repeat(n)}中`,
  'alternating marks': (n) => `中${repeatTo(',(', n)}中`,
  'nested brackets': (n) => `中${'('.repeat(n / 2)}${')'.repeat(n / 2)}中`,
  'nested brackets around Chinese': (n) => `中${'('.repeat(n / 2)}中${')'.repeat(n / 2)}`,
  'opening brackets only': (n) => `中${'（'.repeat(n)}`,
  'closing brackets only': (n) => `${'）'.repeat(n)}中`,
  'nested title marks': (n) => `${'《'.repeat(n / 2)}中${'》'.repeat(n / 2)}`,
  'a URL of dots': (n) => `中 http://a${'.'.repeat(n)} 中`,
  'a URL of closing brackets': (n) => `中 http://a${')'.repeat(n)} 中`,
  'one long Latin word': (n) => 'a'.repeat(n),
  'one long line of Chinese': (n) => repeatTo('法治政府建设', n),
  'numbers and commas': (n) => `中${repeatTo('1,', n)}中`,
  'one long number': (n) => `共${'9'.repeat(n)}件`,
  'percentages': (n) => repeatTo('办理52件，办结率98.5%，', n),
  'this year': (n) => repeatTo('2024年', n),
  'other years': (n) => repeatTo('2019年，', n),
  'dates that lost 年 and 月': (n) => repeatTo('2020317日,', n),
  'rates that do not match': (n) => repeatTo('排查150起,调解成功128起,调解成功率86%。', n),
  'sums that do not add up': (n) => repeatTo('公开信息205条,含文件类0条,其他类48条,动态类166条。', n),
  'terms of another year': (n) => repeatTo('学习七五普法，十三五规划，', n),
  'relative time words': (n) => repeatTo('今年至今目前', n),
  'many short lines': (n) => repeatTo('中\n', n),
  'many blank lines': (n) => `中${'\n'.repeat(n)}中`,
  'heading lines': (n) => repeatTo('一、标题\n', n),
  'numbered sub-headings': (n) => repeatTo('1.标题\n', n),
  'enumeration out of order': (n) => repeatTo('三是加强，', n),
  'a heading ending in commas': (n) => `（一）标题${'，'.repeat(n)}x`,
  'a sentence said twice, many times': (n) => repeatTo('依法行政。', n),
  'a sentence broken at every line': (n) => repeatTo('突出能力建设，\n', n),
  '互联网十 many times': (n) => repeatTo('互联网十', n),
  'XML-illegal characters': (n) => repeatTo('中\u0001\uFFFE\uD800', n),
  // Defects of real reports, one of each kind the 审校 rules of real reports look for.
  'defects of real reports': (n) =>
    repeatTo(
      '2024坚持以习近平法治思想为指引，开展2023“我们的节日”活动。2021年来,街道按照要求。深入学习贯彻二十大精神。共组织干部集中学法4余次。' +
        '截止目前,为确实履行职责。元谋县县卫生健康局。全面落實《法治政府建設實施綱要(2015-2020年)》。現(xiàn)將我局工作情況匯報如下:?。ㄒ唬┏浞职l(fā)揮。' +
        '环评审批实行“全程网办”、“一站式审批”。在局党组(扩大)会议、及党组理论学习中心组会议上。对照《实施方案(2021-2025年)》。' +
        '我局深入学习贯彻习近平法治思想 公文汇,办公文档之家\n',
      n,
    ),
  'mixed marks': (n) => Array.from({ length: n }, (_, i) => ',.:;!?()"\'中a1 '[i % 14]).join(''),
};
