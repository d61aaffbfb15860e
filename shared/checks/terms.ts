// The stale-term list (resources/rules/terms.json): terms that fit only some years' reports. It is
// data the unit may edit, so it is validated on load and every problem is reported in Chinese.

import { z } from 'zod';
import { parseRuleFile } from './ruleFile';
import { yearOf } from './termMatch';
import type { TermRule } from './types';

const datePart = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '日期应写作 YYYY、YYYY-MM 或 YYYY-MM-DD');

export const termRuleSchema = z
  .object({
    term: z.string().trim().min(1, '词语不能为空'),
    aliases: z.array(z.string().trim().min(1)).optional(),
    kind: z.enum(['stale', 'expected']).optional(),
    validFrom: datePart.optional(),
    validTo: datePart.optional(),
    suggestion: z.string(),
    unless: z.array(z.string().trim().min(1)).optional(),
    context: z.string().trim().min(1).optional(),
    source: z.string().trim().min(1, '请注明依据（来源）'),
    note: z.string().optional(),
  })
  .strict()
  .refine((r) => r.validFrom !== undefined || r.validTo !== undefined, '至少要有起始或截止年份')
  .refine((r) => !r.validFrom || !r.validTo || yearOf(r.validFrom) <= yearOf(r.validTo), '起始年份晚于截止年份')
  .refine((r) => r.kind !== 'expected' || r.context !== undefined, '“应提及”类规则需要 context（在什么内容中应提及）')
  .refine((r) => (r.unless ?? []).every((u) => u.includes(r.term)), 'unless 中的每一项都应包含该词语');

export const termsFileSchema = z.object({
  version: z.number().int().positive(),
  terms: z.array(termRuleSchema),
});

export type ParseTermsResult = { ok: true; terms: TermRule[] } | { ok: false; errors: string[] };

/** Parse the JSON text of a terms file. Never throws: errors come back in Chinese, with places. */
export function parseTermsJson(json: string): ParseTermsResult {
  const parsed = parseRuleFile(json, termsFileSchema);
  return parsed.ok ? { ok: true, terms: parsed.value.terms } : parsed;
}

/** A terms file already read as data (no text, so no line numbers). */
export function parseTerms(data: unknown): ParseTermsResult {
  return parseTermsJson(JSON.stringify(data) ?? '');
}
