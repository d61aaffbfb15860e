// The text the crash child saves: each body names its save number and section, and the rest of it
// follows from those two, so after a kill the parent can tell exactly which save a stored body is
// and that it is complete (not torn or mixed with another save).

const PHRASES = [
  '坚持以习近平法治思想为指导',
  '深入推进依法行政',
  '严格规范公正文明执法',
  '加强行政复议和应诉工作',
  '全面推行行政执法三项制度',
  '推动法治宣传教育走深走实',
  '强化对行政权力的制约和监督',
  '健全矛盾纠纷多元化解机制',
];

/** Body lengths in characters, cycled by save number: a line, a paragraph, up to ~27 KB of UTF-8. */
const LENGTHS = [30, 400, 1500, 4000, 9000];

export function bodyFor(sectionId: number, seq: number): string {
  const target = LENGTHS[seq % LENGTHS.length]!;
  let body = `第${seq}次保存·章节${sectionId}`;
  for (let k = 0; body.length < target; k++) {
    body += (k % 6 === 5 ? '。\n' : '，') + PHRASES[(seq + k * 3) % PHRASES.length];
  }
  return `${body}。`;
}

/** The save a stored body came from, or null if it is not one of ours. */
export function saveOf(body: string): { seq: number; sectionId: number } | null {
  const m = /^第(\d+)次保存·章节(\d+)/.exec(body);
  return m ? { seq: Number(m[1]), sectionId: Number(m[2]) } : null;
}
