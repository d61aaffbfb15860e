// The real-report corpus and its truth table agree: every quoted string is in its file (whitespace
// aside), defect spans are unique, placements are template keys, and the corpus covers what the
// import and 审校 issues need (files, provinces, years, both kinds of unit).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS_2015, AREAS_2021, AREAS_DEPT, OWN, PARTS, loadRealCorpus, realCorpusDir, realReports, squeeze } from './realCorpus';
import { repoRoot } from './seedReports';

const corpus = loadRealCorpus();
const reports = realReports(corpus);

function countIn(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

function templateKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (list: Array<{ key: string; children?: unknown[] }>) => {
    for (const s of list) {
      keys.add(s.key);
      walk((s.children ?? []) as Array<{ key: string }>);
    }
  };
  for (const id of ['township', 'department']) {
    const t = JSON.parse(readFileSync(path.join(repoRoot, 'resources/templates', `${id}.json`), 'utf8'));
    walk(t.sections);
    for (const set of t.areaSets) walk(set.areas);
  }
  return keys;
}

describe('real-report corpus', () => {
  it('has one truth entry per file, and one file per entry', () => {
    const files = readdirSync(realCorpusDir).filter((f) => f.endsWith('.txt')).sort();
    expect(corpus.map((r) => r.file).sort()).toEqual(files);
    expect(new Set(corpus.map((r) => r.file)).size).toBe(corpus.length);
  });

  it('quotes every unit, title, 主送, 署名, date, debris line and heading verbatim, headings in order', () => {
    const problems: string[] = [];
    for (const r of corpus) {
      const text = squeeze(r.text);
      const need = (what: string, s: string | null) => {
        if (s !== null && !text.includes(squeeze(s))) problems.push(`${r.file}: ${what} 「${s}」 not found`);
      };
      need('unitSpan', r.unitSpan);
      need('title', r.title);
      need('addressee', r.addressee);
      need('signatureName', r.signatureName);
      need('signatureDate', r.signatureDate);
      for (const d of r.debris) need('debris', d);
      for (const n of r.negatives) need('negative', n.span);
      let from = 0;
      for (const h of r.headings) {
        const at = text.indexOf(squeeze(h.text), from);
        if (at < 0) problems.push(`${r.file}: heading 「${h.text}」 not found after offset ${from}`);
        else from = at + 1;
      }
      if (r.unit === null && r.unitSpan !== null) problems.push(`${r.file}: unitSpan without unit`);
    }
    expect(problems).toEqual([]);
  });

  it('locates every labelled defect exactly once', () => {
    const problems: string[] = [];
    for (const r of corpus) {
      const text = squeeze(r.text);
      for (const d of r.defects) {
        const n = countIn(text, squeeze(d.span));
        if (n !== 1) problems.push(`${r.file}: defect 「${d.span}」 found ${n} times`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('places headings only on template keys (or own)', () => {
    const keys = templateKeys();
    const vocabulary = [...PARTS, ...AREAS_2021, ...AREAS_2015, ...AREAS_DEPT];
    for (const k of vocabulary) expect(keys.has(k), k).toBe(true);
    for (const r of corpus) {
      for (const h of r.headings) {
        for (const p of [h.belongs, ...(h.alt ?? [])]) expect(p === OWN || keys.has(p), `${r.file} ${h.text} → ${p}`).toBe(true);
      }
    }
  });

  it('marks pasted variants with the file they were pasted from', () => {
    const names = new Set(reports.map((r) => r.file));
    for (const r of corpus.filter((x) => x.paste !== null)) {
      expect(names.has(r.paste!.of), r.file).toBe(true);
      expect(r.source.url).toBeNull();
    }
    const urls = reports.map((r) => r.source.url);
    expect(urls.every((u) => u !== null)).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('covers many provinces, every year 2019–2025 and both kinds of unit', () => {
    expect(reports.length).toBeGreaterThanOrEqual(45);
    expect(new Set(reports.map((r) => r.province).filter((p) => p !== null)).size).toBeGreaterThanOrEqual(12);
    for (const year of [2019, 2020, 2021, 2022, 2023, 2024, 2025]) expect(reports.some((r) => r.year === year), String(year)).toBe(true);
    for (const kind of ['township', 'department'] as const) {
      expect(reports.filter((r) => r.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
    }
  });
});
