// Structure: the five parts the regulation asks for, required sections left empty or far too
// short, and the 落款 (署名, 成文日期).

import { readDate, isRealDate, writtenDate } from '../gongwen/dates';
import { countChars } from '../gongwen/zishu';
import { REQUIRED_PARTS, partOfHeading, partOfKey, type RequiredPart } from '../structure/parts';
import type { CheckContext, CheckSection, RawFinding, SectionInfo } from './types';

/** Which of the five parts a top-level section is: by its template key, else by its heading. */
function partOf(section: CheckSection): RequiredPart | undefined {
  const key = (section.templateKey ? partOfKey(section.templateKey) : null) ?? partOfHeading(section.title);
  return REQUIRED_PARTS.find((p) => p.key === key);
}

/** Non-blank characters in a section and all its sub-sections. */
function contentChars(sections: readonly SectionInfo[], index: number): number {
  const own = sections[index]!.section;
  let n = countChars(own.body);
  for (let j = index + 1; j < sections.length && sections[j]!.section.level > own.level; j++) {
    n += countChars(sections[j]!.section.body);
  }
  return n;
}

function partFindings(ctx: CheckContext): RawFinding[] {
  const out: RawFinding[] = [];
  const top = ctx.sections.map((info, index) => ({ info, index })).filter(({ info }) => info.section.level <= 1);
  if (top.length === 0) {
    return [{ rule: 'part-missing', severity: 'error', message: '报告还没有任何章节。', sectionId: null, field: 'report', start: 0, end: 0 }];
  }
  const found = new Map<string, { info: SectionInfo; chars: number }>();
  for (const { info, index } of top) {
    const part = partOf(info.section);
    if (!part) continue;
    const chars = contentChars(ctx.sections, index);
    const prev = found.get(part.key);
    if (!prev || (prev.chars === 0 && chars > 0)) found.set(part.key, { info, chars });
  }
  for (const part of REQUIRED_PARTS) {
    const hit = found.get(part.key);
    if (!hit) {
      const extra = part.key === 'other' ? '如确无其他情况，可添加此部分并写明“无”。' : '';
      out.push({
        rule: 'part-missing',
        severity: part.missing,
        message: `报告缺少“${part.name}”部分。${extra}`,
        sectionId: null,
        field: 'report',
        start: 0,
        end: 0,
      });
      continue;
    }
    const s = hit.info.section;
    // A required section is reported by section-empty; here only the parts nobody flagged.
    if (hit.chars === 0 && !s.notApplicable && !s.required && part.key !== 'other') {
      out.push({
        rule: 'part-missing',
        severity: part.missing,
        message: `“${s.title}”部分还没有内容。`,
        sectionId: s.id,
        field: 'title',
        start: 0,
        end: s.title.length,
      });
    }
  }
  return out;
}

function sectionFindings(ctx: CheckContext): RawFinding[] {
  const out: RawFinding[] = [];
  ctx.sections.forEach((info, index) => {
    const s = info.section;
    // Only the parts the 规定 requires: the areas of part one are guidance, and a report is never
    // told about a section it never had.
    if (!s.required || s.notApplicable || s.level > 1 || !partOf(s)) return;
    const chars = contentChars(ctx.sections, index);
    if (chars === 0) {
      out.push({
        rule: 'section-empty',
        severity: 'error',
        message: `必填部分“${s.title}”还没有内容。如本单位确无此项，可标记为“无此项”并说明原因。`,
        sectionId: s.id,
        field: 'title',
        start: 0,
        end: s.title.length,
      });
    } else if (s.minChars !== undefined && chars < s.minChars) {
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
  });
  return out;
}

function signatureFindings(ctx: CheckContext): RawFinding[] {
  const { report } = ctx;
  const out: RawFinding[] = [];
  const base = { sectionId: null, start: 0 } as const;
  if (report.title.trim() === '') {
    out.push({ ...base, rule: 'title-missing', severity: 'error', message: '报告还没有标题。', field: 'reportTitle', end: 0 });
  }
  if (report.signatureName.trim() === '') {
    out.push({ ...base, rule: 'signature-missing', severity: 'error', message: '落款缺少署名（发文机关名称）。', field: 'signatureName', end: 0 });
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

export function checkStructure(ctx: CheckContext): RawFinding[] {
  return [...partFindings(ctx), ...sectionFindings(ctx), ...signatureFindings(ctx)];
}
