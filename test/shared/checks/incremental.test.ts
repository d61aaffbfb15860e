// The 审校 worker checks one report again and again as it is written, keeping each text's findings
// while the text is unchanged (storedReportChecks). Its results must be exactly those of a run
// from scratch (checkStoredReport: the CLI, export, the panel's fallback): same findings, same order,
// same ids. Shown on the five seeds and on every real report of the corpus and the held-out set,
// through a sequence of the edits a writer makes: typing key by key, deleting, pasting web text,
// adding / removing / moving sections, renaming, a new year, another unit, 沿用, 忽略.
import { describe, expect, it } from 'vitest';
import { checkStoredReport, storedReportChecks, type CheckRules } from '../../../shared/checks';
import type { Report, Section } from '../../../shared/types';
import { loadHeldOut } from '../../helpers/checksTruth';
import { loadRealCorpus } from '../../helpers/realCorpus';
import { SEED_COUNT, seedMappedReport, shippedTemplate, textMappedReport } from '../../helpers/seedReports';
import { shippedRules } from './build';

/** A small deterministic generator, so a failure names a reproducible sequence. */
function random(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % Math.max(1, n);
  };
}

type Edit = { name: string; apply: (r: Report, pick: (n: number) => number) => Report };

const withSection = (r: Report, id: number, change: Partial<Section>): Report => ({
  ...r,
  sections: r.sections.map((s) => (s.id === id ? { ...s, ...change } : s)),
});

const written = (r: Report) => r.sections.filter((s) => s.body.length > 0);
const leaves = (r: Report) => r.sections.filter((s) => !r.sections.some((c) => c.parentId === s.id));

/** Splice `text` into a section's body at a picked place (or at `at`). */
function insert(r: Report, pick: (n: number) => number, text: string, target?: { id: number; at: number }): Report {
  const pool = written(r);
  const s = target ? r.sections.find((x) => x.id === target.id)! : pool[pick(pool.length)] ?? r.sections[0]!;
  const at = target?.at ?? pick(s.body.length + 1);
  return withSection(r, s.id, { body: s.body.slice(0, at) + text + s.body.slice(at) });
}

// What a writer pastes from a web page: page furniture, half-width marks, a numbered item, a rate.
const PASTE = '\n发布时间：2024-03-01  来源：司法所\n（二）强化执法监督, 全年办理案件120件，其中行政处罚85件、行政许可30件。调解纠纷150起，调解成功128起，成功率86%。\n【打印】【关闭】\n';
const TYPED = '2024年共开展普法活动4余次、及“互联网十”';

const EDITS: Edit[] = [
  { name: 'delete a span', apply: (r, pick) => {
    const pool = written(r);
    const s = pool[pick(pool.length)]!;
    const at = pick(s.body.length);
    return withSection(r, s.id, { body: s.body.slice(0, at) + s.body.slice(at + 1 + pick(30)) });
  } },
  { name: 'paste web text', apply: (r, pick) => insert(r, pick, PASTE) },
  { name: 'add a section', apply: (r, pick) => {
    const after = r.sections[pick(r.sections.length)]!;
    const id = Math.max(...r.sections.map((s) => s.id)) + 1;
    const added: Section = { ...after, id, position: after.position + 0.5, templateKey: null, required: false, title: '（三）深化“八五”普法', body: '一是开展宪法宣传。三是推进法治乡村建设。\n1. 组织培训\n3. 开展评议' };
    return { ...r, sections: [...r.sections, added] };
  } },
  { name: 'remove a section', apply: (r, pick) => {
    const pool = leaves(r);
    const gone = pool[pick(pool.length)]!;
    return { ...r, sections: r.sections.filter((s) => s.id !== gone.id) };
  } },
  { name: 'move a section under another part', apply: (r, pick) => {
    const pool = leaves(r);
    const moved = pool[pick(pool.length)]!;
    const tops = r.sections.filter((s) => s.parentId === null && s.id !== moved.id);
    const parent = tops[pick(tops.length)];
    if (!parent) return r;
    return withSection(r, moved.id, { parentId: parent.id, level: parent.level + 1, position: -1 });
  } },
  { name: 'swap two parts', apply: (r, pick) => {
    const tops = r.sections.filter((s) => s.parentId === null);
    const [a, b] = [tops[pick(tops.length)]!, tops[pick(tops.length)]!];
    return { ...r, sections: r.sections.map((s) => (s.id === a.id ? { ...s, position: b.position } : s.id === b.id ? { ...s, position: a.position } : s)) };
  } },
  { name: 'rename a part to the plan part', apply: (r, pick) => {
    const tops = r.sections.filter((s) => s.parentId === null);
    return withSection(r, tops[pick(tops.length)]!.id, { title: '下一步工作计划' });
  } },
  { name: 'edit the opening and the title', apply: (r) => ({ ...r, opening: `${r.opening}今年，我镇坚持依法行政 。`, title: `${r.title}（2023年度）` }) },
  { name: 'next year', apply: (r) => ({ ...r, year: r.year + 1 }) },
  { name: 'another unit, built on last year', apply: (r) => ({ ...r, basedOn: 1, signatureName: '某某县某某镇人民政府', addressee: '某某县人民政府', signatureDate: `${r.year + 1}年1月5日` }) },
  { name: 'back to the year, 沿用 cleared', apply: (r) => ({ ...r, year: r.year - 1, basedOn: null }) },
];

/** Every edit in turn, each followed by a run; the typing is key by key, a run after each key. */
function editSequence(start: Report, seed: number, check: (r: Report, what: string) => void): void {
  const pick = random(seed);
  let r = start;
  check(r, 'as opened');
  const pool = written(r);
  const target = pool[pick(pool.length)];
  if (target) {
    const at = pick(target.body.length + 1);
    for (let k = 1; k <= TYPED.length; k++) {
      r = insert(start, pick, TYPED.slice(0, k), { id: target.id, at });
      check(r, `typed ${k} keys into section ${target.id}`);
    }
  }
  for (const edit of EDITS) {
    r = edit.apply(r, pick);
    check(r, edit.name);
  }
  const first = checkStoredReport(r, rulesOf(r)).open[0];
  if (first) check({ ...r, ignoredFindings: [first.id] }, 'ignore a finding');
}

const templates = new Map<string, CheckRules>();
function rulesOf(r: Report): CheckRules {
  let rules = templates.get(r.templateId);
  if (!rules) templates.set(r.templateId, (rules = { ...shippedRules(), template: shippedTemplate(r.templateId) }));
  return rules;
}

/** Checks `reports` through the edits, one kept checker per report, against a run from scratch. */
function expectSameAsFromScratch(reports: readonly Report[]): number {
  let runs = 0;
  reports.forEach((report, i) => {
    const incremental = storedReportChecks();
    editSequence(report, i + 1, (r, what) => {
      const rules = rulesOf(r);
      const kept = incremental(r, rules);
      const scratch = checkStoredReport(r, rules);
      expect(kept, `report ${report.id}, after: ${what}`).toEqual(scratch);
      runs++;
    });
  });
  return runs;
}

describe('审校 kept per text gives exactly the findings of a run from scratch', () => {
  it('on the five seeds', () => {
    const seeds = Array.from({ length: SEED_COUNT }, (_, i) => seedMappedReport(i));
    expect(expectSameAsFromScratch(seeds)).toBeGreaterThan(SEED_COUNT * EDITS.length);
  });

  it('on every real report of the corpus and the held-out set', () => {
    const real = [...loadRealCorpus(), ...loadHeldOut()].map((r, i) => textMappedReport(r.text, 100 + i, r.year));
    expect(real.length).toBeGreaterThan(60);
    expectSameAsFromScratch(real);
  });
});
