// The stale-term list (resources/rules/terms.json): terms that fit only some years' reports. It is
// data the unit may edit, so it is validated on load and every problem is reported in Chinese.

import { z } from 'zod';
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

export type TermsFile = z.infer<typeof termsFileSchema>;

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** 「2022-04-30」→「2022年4月30日」, 「2020」→「2020年」, for messages. */
export function formatDatePart(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

export type ParseTermsResult = { ok: true; terms: TermRule[] } | { ok: false; errors: string[] };

/** Parse the JSON text of a terms file. Never throws: errors come back in Chinese. */
export function parseTermsJson(json: string): ParseTermsResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [`规则文件不是有效的 JSON（${jsonErrorPlace(json, (e as Error).message)}）`] };
  }
  return parseTerms(data);
}

/** Where JSON.parse gave up, in words a unit's clerk can act on (the engine's text is English). */
function jsonErrorPlace(json: string, message: string): string {
  const pos = /position (\d+)/.exec(message);
  const at = pos ? Number(pos[1]) : /end of JSON input/i.test(message) ? json.length : unexpectedTokenAt(json, message);
  if (at === null) return '请用记事本检查括号、逗号和引号';
  if (at >= json.trimEnd().length) return '文件不完整，可能缺少结尾的括号';
  const before = json.slice(0, at);
  return `第 ${before.split('\n').length} 行第 ${before.length - before.lastIndexOf('\n')} 列附近`;
}

/**
 * V8 names no position for an unexpected token, only the text around it: 「"[1,]"」 for a short
 * file, or about 10 characters either side with 「...」 (「..."terms": [ } , "cc"...」). Find it again.
 */
function unexpectedTokenAt(json: string, message: string): number | null {
  const m = /^Unexpected token '(.+?)', ([\s\S]*) is not valid JSON$/.exec(message);
  if (!m) return null;
  const [, token, shown] = m as unknown as [string, string, string];
  const cut = shown.startsWith('...');
  const context = shown.slice(cut ? 3 : 1, shown.endsWith('...') ? -3 : -1);
  const start = json.indexOf(context);
  if (start < 0) return null;
  // The token's own index in the context: nearest to the 10th character when the context was cut.
  let best = -1;
  for (let i = context.indexOf(token); i >= 0; i = context.indexOf(token, i + 1)) {
    if (!cut) return start + i;
    if (best < 0 || Math.abs(i - 10) < Math.abs(best - 10)) best = i;
  }
  return start + Math.max(0, best);
}

export function parseTerms(data: unknown): ParseTermsResult {
  const parsed = termsFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, terms: parsed.data.terms };
  const errors = parsed.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? `${describePath(issue.path)}：` : '';
    return `${where}${issue.message}`;
  });
  return { ok: false, errors };
}

function describePath(path: readonly PropertyKey[]): string {
  // ['terms', 3, 'source'] → 「第4项（source）」: people count from one.
  const [head, index, ...rest] = path;
  if (typeof index !== 'number') return String(head);
  return `第${index + 1}项${rest.length > 0 ? `（${rest.map(String).join('.')}）` : ''}`;
}

const FUZZY: Readonly<Record<string, string>> = {
  '（': '[（(]',
  '）': '[）)]',
  '—': '[—–\\-－~～至]{1,2}',
  '-': '[—–\\-－~～至]{1,2}',
};
const QUOTES = '[“”"「」‘’\']?';

/**
 * A regex that finds `term` however it was typed: with half- or full-width brackets, any dash,
 * or quotes around part of it (「“七五”普法」 for 七五普法).
 */
export function termPattern(term: string): RegExp {
  const parts = [...term].map((ch) => FUZZY[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join(QUOTES), 'g');
}
