// The order in which a report's sections are read, shown, checked and printed: depth first,
// parents before their children, siblings by position. One function, so the outline, the checks,
// the export and the CLI never disagree about which section is 「（三）」.
import { headingNumber } from './headingNumbers';

export interface OutlineNode {
  id: number;
  parentId: number | null;
  position: number;
}

export interface NumberedNode<T> {
  node: T;
  /** 0 for a part, 1 for its sub-sections, … */
  depth: number;
  /** 1-based place among its siblings. */
  index: number;
  /** The heading number it prints with: 「一、」「（一）」「1.」「（1）」. */
  prefix: string;
}

/**
 * Every node once, in document order, numbered by its place. Broken data loses nothing: a node
 * whose parent is missing (or is itself) stands at the top level in its position, and nodes caught
 * in a parent cycle follow at the end, each starting its own branch.
 */
export function numberOutline<T extends OutlineNode>(nodes: readonly T[]): Array<NumberedNode<T>> {
  const ids = new Set(nodes.map((n) => n.id));
  const byParent = new Map<number | null, T[]>();
  for (const n of nodes) {
    const parent = n.parentId !== null && n.parentId !== n.id && ids.has(n.parentId) ? n.parentId : null;
    const list = byParent.get(parent) ?? [];
    list.push(n);
    byParent.set(parent, list);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.position - b.position || a.id - b.id);
  const out: Array<NumberedNode<T>> = [];
  const seen = new Set<number>();
  const walk = (siblings: readonly T[], depth: number, first: number) => {
    let index = first;
    for (const node of siblings) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      index += 1;
      out.push({ node, depth, index, prefix: headingNumber(depth + 1, index) });
      walk(byParent.get(node.id) ?? [], depth + 1, 0);
    }
    return index;
  };
  let topCount = walk(byParent.get(null) ?? [], 0, 0);
  for (const n of nodes) if (!seen.has(n.id)) topCount = walk([n], 0, topCount);
  return out;
}

/** The nodes under each parent, in the order given (top-level nodes are not listed). */
export function childrenByParent<T extends { parentId: number | null }>(nodes: readonly T[]): Map<number, T[]> {
  const children = new Map<number, T[]>();
  for (const n of nodes) {
    if (n.parentId === null) continue;
    const list = children.get(n.parentId);
    if (list) list.push(n);
    else children.set(n.parentId, [n]);
  }
  return children;
}

/** The nodes in document order. */
export function documentOrder<T extends OutlineNode>(nodes: readonly T[]): T[] {
  return numberOutline(nodes).map((e) => e.node);
}
