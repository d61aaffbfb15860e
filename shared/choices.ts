// A closed set of choices that the UI names, written once as a table of value → Chinese label:
// a new choice cannot go without its label, and the list of values (for zod enums, row checks
// and menus) is never written a second time. Values are words, never integer-like keys, so the
// table's order is the order they are listed in.

export interface Choices<K extends string> {
  /** In the table's order; a non-empty tuple, as `z.enum` wants. */
  readonly values: readonly [K, ...K[]];
  readonly label: Readonly<Record<K, string>>;
}

export function choices<const K extends string>(label: Record<K, string>): Choices<K> {
  return { values: Object.keys(label) as [K, ...K[]], label };
}
