// The 审校-only truth tables match their texts: every labelled span is in its file exactly once
// (whitespace aside, as the measuring folds it), debris lines are there, and the held-out set is
// kept apart from the corpus it is meant to be unseen next to.
import { describe, expect, it } from 'vitest';
import { loadHeldOut, loadSeedTruth } from './checksTruth';
import { fold, loadRealCorpus } from './realCorpus';
import { seedText } from './seedReports';

const count = (text: string, span: string) => fold(text).split(fold(span)).length - 1;

describe('审校 truth tables', () => {
  const sets = [
    ...loadSeedTruth().map((s) => ({ ...s, text: seedText(Number(s.file)) })),
    ...loadHeldOut(),
  ];

  it.each(sets.map((s) => [s.file, s] as const))('%s: every defect and negative span once, every debris line present', (_, s) => {
    for (const { span } of [...s.defects, ...s.negatives]) expect([span, count(s.text, span)]).toEqual([span, 1]);
    for (const line of s.debris) expect([line, count(s.text, line) > 0]).toEqual([line, true]);
    if (s.lastHeading) expect(count(s.text, s.lastHeading)).toBe(1);
  });

  it('held-out reports are none of the corpus pages', () => {
    const urls = new Set(loadRealCorpus().map((r) => r.source.url));
    const heldOut = loadHeldOut();
    expect(heldOut.length).toBeGreaterThanOrEqual(10);
    expect(heldOut.filter((h) => urls.has(h.source?.url ?? null))).toEqual([]);
  });
});
