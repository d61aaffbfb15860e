// Outline numbering per GB/T 9704: 一、 （一） 1. （1）. The app numbers level-1/level-2 sections
// itself from their order, so titles are stored without numbers.

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (enough for any outline). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** The prefix a heading of `level` (1–4) carries as the `index`-th (1-based) child. */
export function headingPrefix(level: number, index: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(index)}、`;
    case 2:
      return `（${chineseNumeral(index)}）`;
    case 3:
      return `${index}.`;
    default:
      return `（${index}）`;
  }
}

export interface OutlineNode {
  id: number;
  parentId: number | null;
  position: number;
  level: number;
}

/** Orders a flat section list depth-first (parent before children, siblings by position) and
 *  returns each node's heading prefix. */
export function numberOutline<T extends OutlineNode>(nodes: readonly T[]): Array<{ node: T; prefix: string; depth: number }> {
  const byParent = new Map<number | null, T[]>();
  for (const n of nodes) {
    const list = byParent.get(n.parentId) ?? [];
    list.push(n);
    byParent.set(n.parentId, list);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.position - b.position || a.id - b.id);
  const out: Array<{ node: T; prefix: string; depth: number }> = [];
  const walk = (parentId: number | null, depth: number) => {
    (byParent.get(parentId) ?? []).forEach((node, i) => {
      out.push({ node, prefix: headingPrefix(node.level, i + 1), depth });
      walk(node.id, depth + 1);
    });
  };
  walk(null, 0);
  return out;
}

/** Flat sections in document order. */
export function documentOrder<T extends OutlineNode>(nodes: readonly T[]): T[] {
  return numberOutline(nodes).map((e) => e.node);
}
