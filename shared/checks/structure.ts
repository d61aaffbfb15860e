// Structure: the five parts the regulation asks for, required sections left empty or far too
// short, and the 落款 (署名, 成文日期).

import { readDate, isRealDate, writtenDate } from '../gongwen/dates';
import { countChars } from '../gongwen/zishu';
import { isRequiredPart, structureFacts, type FactSection, type StructureFacts } from '../structure/facts';
import { perText } from './context';
import type { CheckContext, CheckSection, RawFinding } from './types';

/** The check sections as the facts take them: nesting follows `level` where no parent is given. */
function factSections(sections: readonly CheckSection[]): Array<FactSection & { minChars?: number | undefined }> {
  const open: CheckSection[] = [];
  return sections.map((s) => {
    while (open.length > 0 && open[open.length - 1]!.level >= s.level) open.pop();
    const parentId = s.parentId !== undefined ? s.parentId : (open[open.length - 1]?.id ?? null);
    open.push(s);
    return { ...s, parentId, required: s.required === true };
  });
}

function partFindings(facts: StructureFacts): RawFinding[] {
  const out: RawFinding[] = [];
  for (const part of facts.missingParts) {
    const extra = part.key === 'other' ? '如确无其他情况，可添加此部分并写明“无”。' : '';
    out.push({
      rule: 'part-missing',
      severity: part.missing,
      message: `报告缺少“${part.name}”部分。${extra}`,
      part: part.key,
      sectionId: null,
      field: 'report',
      start: 0,
      end: 0,
    });
  }
  for (const { part, section: s } of facts.emptyParts) {
    out.push({
      rule: 'part-missing',
      severity: part.missing,
      message: `“${s.title}”部分还没有内容。`,
      part: part.key,
      sectionId: s.id,
      field: 'title',
      start: 0,
      end: s.title.length,
    });
  }
  return out;
}

function sectionFindings(sections: ReturnType<typeof factSections>, facts: StructureFacts): RawFinding[] {
  const out: RawFinding[] = [];
  for (const { section: s } of facts.emptySections) {
    out.push({
      rule: 'section-empty',
      severity: 'error',
      message: `必填部分“${s.title}”还没有内容。如本单位确无此项，可标记为“无此项”并说明原因。`,
      sectionId: s.id,
      field: 'title',
      start: 0,
      end: s.title.length,
    });
  }
  for (const s of sections) {
    const chars = facts.chars.get(s.id) ?? 0;
    if (!isRequiredPart(s) || (s.notApplicable !== null && s.notApplicable !== undefined) || chars === 0) continue;
    if (s.minChars !== undefined && chars < s.minChars) {
      out.push({
        rule: 'section-short',
        severity: 'warning',
        message: `“${s.title}”只有${chars}字，明显偏短（通常不少于${s.minChars}字），请补充。`,
        sectionId: s.id,
        field: 'title',
        start: 0,
        end: s.title.length,
      });
    }
  }
  return out;
}

function signatureFindings(ctx: CheckContext): RawFinding[] {
  const { report } = ctx;
  const out: RawFinding[] = [];
  const base = { sectionId: null, start: 0 } as const;
  if (report.title.trim() === '') {
    out.push({ ...base, rule: 'title-missing', severity: 'error', message: '报告还没有标题。', field: 'reportTitle', end: 0 });
  }
  const signature = report.signatureName.trim();
  if (signature === '') {
    out.push({ ...base, rule: 'signature-missing', severity: 'error', message: '落款缺少署名（发文机关名称）。', field: 'signatureName', end: 0 });
  }
  // Copied from last year's report: the 主送 often changes (a new 主送机关, a merged body), and so
  // may the unit's name. Said once; 「忽略」 is the confirmation, kept until either is edited.
  const addressee = report.addressee?.trim() ?? '';
  if (report.reused && (signature !== '' || addressee !== '')) {
    const what = [addressee && `主送机关“${addressee}”`, signature && `署名“${signature.replace(/\n/g, '、')}”`].filter(Boolean).join('和');
    out.push({
      ...base,
      rule: 'reused-meta',
      severity: 'info',
      message: `本报告沿用了上一年度的报告，${what}是去年的，请确认今年是否有变化；确认无误后可忽略此提示。`,
      field: signature !== '' ? 'signatureName' : 'report',
      // Points at no span: the id then follows the message, so editing either text asks again.
      end: 0,
    });
  }
  const rawDate = report.signatureDate;
  if (rawDate.trim() === '') {
    out.push({ ...base, rule: 'date-missing', severity: 'error', message: '落款缺少成文日期。', field: 'signatureDate', end: 0 });
    return out;
  }
  const end = rawDate.length;
  const date = readDate(rawDate);
  if (!date) {
    out.push({ ...base, rule: 'date-format', severity: 'error', message: `无法识别成文日期“${rawDate}”，应写作“${report.year}年12月31日”这样的格式。`, field: 'signatureDate', end });
    return out;
  }
  const { y, m } = date;
  const canonical = writtenDate(date);
  if (!isRealDate(date)) {
    out.push({ ...base, rule: 'date-format', severity: 'error', message: `成文日期“${rawDate}”不是有效的日期。`, field: 'signatureDate', end });
    return out;
  }
  if (!date.canonical) {
    out.push({
      ...base,
      rule: 'date-format',
      severity: 'warning',
      message: `成文日期应使用阿拉伯数字、年月日齐全且不补零，应写作“${canonical}”。`,
      field: 'signatureDate',
      end,
      fix: { edits: [{ start: 0, end, replacement: canonical }] },
    });
  }
  const inWindow = (y === report.year && m === 12) || (y === report.year + 1 && m <= 3);
  if (!inWindow) {
    out.push({
      ...base,
      rule: 'date-window',
      severity: 'warning',
      message: `成文日期${canonical}不在通常的报送时间内（${report.year}年12月至${report.year + 1}年3月），请核对。`,
      field: 'signatureDate',
      end,
    });
  }
  return out;
}

const charsOf = perText((info) => countChars(info.text));

/** Report-wide: the parts and 字数 of the whole outline (from each body's kept count) and the 落款. */
export function checkStructure(ctx: CheckContext): RawFinding[] {
  const sections = factSections(ctx.report.sections);
  if (!sections.some((s) => s.parentId === null)) {
    const none: RawFinding = { rule: 'part-missing', severity: 'error', message: '报告还没有任何章节。', sectionId: null, field: 'report', start: 0, end: 0 };
    return [none, ...signatureFindings(ctx)];
  }
  // Each body's 字数 is counted once per text, not again for every run.
  const chars = new Map(ctx.sections.map((info) => [info.place.sectionId!, charsOf(info, ctx.env)]));
  const facts = structureFacts(sections, (s) => chars.get(s.id) ?? 0);
  return [...partFindings(facts), ...sectionFindings(sections, facts), ...signatureFindings(ctx)];
}
