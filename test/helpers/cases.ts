// Table-driven tests of a function against the values it must return: one test per row, named by
// the rule it shows and the row itself, so a failure says which input broke.
import { expect, it } from 'vitest';

/**
 * One test per `[input, expected]` row: `fn(input)` is `expected` — the same value (`toBe`, so
 * NaN matches NaN) for a primitive, an equal one (`toEqual`) for an object.
 */
export function itMaps<I, O>(rule: string, fn: (input: I) => O, rows: readonly (readonly [I, O])[]): void {
  it.each(rows.map(([input, expected]) => [input, expected] as [I, O]))(`${rule}: %j → %j`, (input, expected) => {
    const actual = fn(input);
    if (typeof expected === 'object' && expected !== null) expect(actual).toEqual(expected);
    else expect(actual).toBe(expected);
  });
}
