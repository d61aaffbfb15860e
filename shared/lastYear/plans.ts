// Last year's 「下一年度安排」: what the unit promised, shown in the guidance panel of part one as
// 「去年计划的事项」 so the writer reports on each of them.
import type { Report, Section } from '../types';

/** A level-1 heading that announces the plans for the coming year. */
const PLAN_TITLE_RE = /(下一年度|下年度|下一步|明年|今后|\d{4}\s*年).{0,12}(计划|打算|安排|思路|重点|目标|举措)|工作(计划|打算|安排|思路)|下一步/;

export interface LastYearPlans {
  reportId: number;
  year: number;
  sectionId: number;
  title: string;
  /** The part's text with its sub-headings, one paragraph per line. */
  text: string;
}

function isPlansKey(key: string | null): boolean {
  return key === 'plans' || (key?.startsWith('plans.') ?? false);
}

/** The plans part of a report: by template key, else by its heading. */
export function findPlansSection(sections: readonly Section[]): Section | null {
  const top = sections.filter((s) => s.parentId === null);
  return top.find((s) => isPlansKey(s.templateKey)) ?? top.find((s) => s.templateKey === null && PLAN_TITLE_RE.test(s.title)) ?? null;
}

export function lastYearPlans(report: Report): LastYearPlans | null {
  const part = findPlansSection(report.sections);
  if (!part) return null;
  const lines: string[] = [];
  const add = (s: Section, withTitle: boolean) => {
    if (withTitle) lines.push(s.title);
    for (const line of s.body.split('\n')) if (line.trim() !== '') lines.push(line);
    const children = report.sections.filter((c) => c.parentId === s.id).sort((a, b) => a.position - b.position);
    for (const c of children) add(c, true);
  };
  add(part, false);
  const text = lines.join('\n');
  if (text.trim() === '') return null;
  return { reportId: report.id, year: report.year, sectionId: part.id, title: part.title, text };
}
