// Every text function grows linearly on pathological input (complexity/shapes.ts): each subject
// (complexity/subjects.ts) meets each shape at n and 4n (complexity/growth.ts: CPU time, fastest
// of interleaved runs) and fails when the cost grows more than 2.5× per doubling — quadratic code
// grows 4× per doubling. Report-level subjects meet the shape in one section's body here, and
// spread over many sections in complexitySections.test.ts (a second file, so the two run side by
// side). How long the largest accepted input takes is a benchmark (npm run bench -- pathological),
// not a test: a time limit would fail on a loaded machine.
//
// To cover a new text function, add a subject; a new 审校 rule is covered through
// checkStoredReport, and the rule-coverage test below asks for a shape that triggers it.
import { describe, expect, it } from 'vitest';
import { RULES, checkStoredReport } from '../../shared/checks';
import { SHAPES } from './complexity/shapes';
import { PLACES, TEXT_CASES, itGrowsLinearly, rules } from './complexity/subjects';

describe('text functions grow linearly on pathological input', () => {
  itGrowsLinearly(TEXT_CASES);
});

describe('the shapes reach every 审校 rule that reads text', () => {
  // Rules about the report's own fields (署名, 成文日期, parts present) see a few short strings
  // the contract bounds; every other rule must meet the shapes, so a new rule needs a shape.
  // reused-year and reused-meta (主送/署名 carried over) fire only in a report made from last
  // year's (the subjects' is not); reused-meta reads only those two fields.
  const FIELD_RULES = new Set(['part-missing', 'section-empty', 'section-short', 'signature-missing', 'date-missing', 'date-format', 'date-window', 'expected-term', 'reused-year', 'reused-meta']);
  it('every text rule is triggered by some shape', () => {
    const seen = new Set<string>();
    for (const make of Object.values(SHAPES)) {
      for (const place of Object.values(PLACES)) for (const f of checkStoredReport(place(make(400)), rules).open) seen.add(f.rule);
    }
    const missing = RULES.map((r) => r.id).filter((id) => !FIELD_RULES.has(id) && !seen.has(id));
    expect(missing, 'add a shape to test/shared/complexity/shapes.ts that triggers these rules').toEqual([]);
  });
});
