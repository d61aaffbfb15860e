// Schemas of the rule files besides terms.json: titles.json (the documents reports cite, by their
// exact titles) and lexicon.json (confusable words, characters never doubled, the watermarks of
// document-sharing sites). Every entry carries an example from a real report and its source.
import { z } from 'zod';
import { parseRuleFile, type ParseRuleFileResult } from './ruleFile';
import type { DocTitle, Lexicon } from './types';

const text = z.string().trim().min(1, '不能为空');
const provenance = {
  example: z.string().trim().min(1, '请给出一个真实报告中的例子（example）'),
  source: z.string().trim().min(1, '请注明依据（source）'),
};

const docTitleSchema = z
  .strictObject({ title: text, aliases: z.array(text).optional(), ...provenance })
  .refine((t) => !/[《》]/.test(t.title), '文件名称不带书名号');

export const titlesFileSchema = z.strictObject({ version: z.number().int().positive(), titles: z.array(docTitleSchema) });

const confusableSchema = z
  .strictObject({
    wrong: text,
    right: text,
    followedBy: z.array(text).optional(),
    precededBy: z.array(text).optional(),
    unlessThen: z.array(text).optional(),
    severity: z.enum(['error', 'warning']).optional(),
    ...provenance,
  })
  .refine((c) => c.wrong !== c.right, '误写与正确写法相同');

const doubledSchema = z
  .strictObject({ char: z.string().length(1, '只能是一个汉字'), unless: z.array(text).optional(), startsWordBefore: z.string().optional(), endsWordAfter: z.string().optional(), ...provenance })
  .refine((d) => (d.unless ?? []).every((w) => w.includes(d.char + d.char)), 'unless 中的每个词都应包含这个字的叠用');

export const lexiconFileSchema = z.strictObject({
  version: z.number().int().positive(),
  confusables: z.array(confusableSchema),
  doubled: z.array(doubledSchema),
  watermarks: z.array(z.strictObject({ text, ...provenance })),
});

export function parseTitlesJson(json: string): ParseRuleFileResult<DocTitle[]> {
  const parsed = parseRuleFile(json, titlesFileSchema);
  return parsed.ok ? { ok: true, value: parsed.value.titles } : parsed;
}

export function parseLexiconJson(json: string): ParseRuleFileResult<Lexicon> {
  const parsed = parseRuleFile(json, lexiconFileSchema);
  if (!parsed.ok) return parsed;
  const { confusables, doubled, watermarks } = parsed.value;
  return { ok: true, value: { confusables, doubled, watermarks } };
}
