// Every text function grows linearly on pathological input (complexity/shapes.ts): each subject
// (complexity/subjects.ts) meets each shape at n and 4n (complexity/growth.ts: CPU time, fastest
// of interleaved runs) and fails when the cost grows more than 2.5× per doubling — quadratic code
// grows 4× per doubling. Report-level subjects meet the shape in one section's body and spread
// over many sections. Then the largest input the app accepts completes within its budget.
//
// To cover a new text function, add a subject; a new 审校 rule is covered through
// checkStoredReport, and the rule-coverage test below asks for a shape that triggers it.
import { describe, expect, it } from 'vitest';
import { RULES, checkStoredReport } from '../../shared/checks';
import { layoutDocument } from '../../shared/export/layout/layout';
import { buildExportModel } from '../../shared/export/model';
import { DEFAULT_EXPORT_SETTINGS } from '../../shared/export/settings';
import { MAX_IMPORT_TEXT_CHARS } from '../../shared/import/limits';
import { parseReportText } from '../../shared/import/parseText';
import { stripXmlIllegal } from '../../shared/text/xmlSafe';
import { cpuMs, describeGrowth, MAX_RATIO, measureGrowth } from './complexity/growth';
import { SHAPES } from './complexity/shapes';
import { CASES, PLACES, inBody, rules } from './complexity/subjects';

describe('text functions grow linearly on pathological input', () => {
  for (const [name, subject] of CASES) {
    it(name, () => {
      const slow: string[] = [];
      for (const [shape, make] of Object.entries(SHAPES)) {
        const g = measureGrowth(subject, make);
        if (g.ratio > MAX_RATIO) slow.push(describeGrowth(shape, g));
      }
      expect(slow, `grows faster than ×${MAX_RATIO} from n to 4n`).toEqual([]);
    }, 600_000);
  }
});

describe('the shapes reach every 审校 rule that reads text', () => {
  // Rules about the report's own fields (署名, 成文日期, parts present) see a few short strings
  // the contract bounds; every other rule must meet the shapes, so a new rule needs a shape.
  const FIELD_RULES = new Set(['part-missing', 'section-empty', 'section-short', 'signature-missing', 'date-missing', 'date-format', 'date-window', 'expected-term']);
  it('every text rule is triggered by some shape', () => {
    const seen = new Set<string>();
    for (const make of Object.values(SHAPES)) {
      for (const place of Object.values(PLACES)) for (const f of checkStoredReport(place(make(400)), rules).open) seen.add(f.rule);
    }
    const missing = RULES.map((r) => r.id).filter((id) => !FIELD_RULES.has(id) && !seen.has(id));
    expect(missing, 'add a shape to test/shared/complexity/shapes.ts that triggers these rules').toEqual([]);
  });
});

describe('the largest input the app accepts completes within its budget', () => {
  // CPU time: on a loaded machine wall time also counts other processes' work.
  it(`parses ${MAX_IMPORT_TEXT_CHARS.toLocaleString('en')} characters of each shape in well under the reader's time limit`, () => {
    const slow: string[] = [];
    for (const [shape, make] of Object.entries(SHAPES)) {
      const input = make(MAX_IMPORT_TEXT_CHARS - 10).slice(0, MAX_IMPORT_TEXT_CHARS);
      const ms = cpuMs(() => parseReportText(stripXmlIllegal(input)));
      if (ms > 5_000) slow.push(`${shape}: ${ms.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  }, 600_000);

  it('checks, exports and lays out a section body of 500,000 characters (the autosave limit) of each shape in seconds', () => {
    const slow: string[] = [];
    for (const [shape, make] of Object.entries(SHAPES)) {
      const report = inBody(make(500_000 - 10).slice(0, 500_000));
      const ms = cpuMs(() => {
        checkStoredReport(report, rules);
        layoutDocument(buildExportModel(report), DEFAULT_EXPORT_SETTINGS);
      });
      if (ms > 4_000) slow.push(`${shape}: ${ms.toFixed(0)} ms`);
    }
    expect(slow).toEqual([]);
  }, 600_000);
});
