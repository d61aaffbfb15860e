// Terms that fit only some years (resources/rules/terms.json): 「七五普法」 in a 2023 report, the
// old wording 「全面依法治国新理念新思想新战略」 after 习近平法治思想, and terms a report of certain
// years is expected to name. All terms and their variants are compiled once into one regular
// expression (one group per term) and matched on the text folded to simplified script, so
// 「全面依法治國新思想新戰略」 is found as well; offsets are the original text's.
import { foldScript } from '../text/script';
import { perText } from './context';
import { formatDatePart, termPattern, yearOf } from './termMatch';
import type { CheckContext, RawFinding, TextInfo, TermRule } from './types';

function validIn(rule: TermRule, year: number): boolean {
  const from = rule.validFrom ? yearOf(rule.validFrom) : -Infinity;
  const to = rule.validTo ? yearOf(rule.validTo) : Infinity;
  return from <= year && year <= to;
}

function validity(rule: TermRule): string {
  const from = rule.validFrom ? formatDatePart(rule.validFrom) : '';
  const to = rule.validTo ? formatDatePart(rule.validTo) : '';
  if (from && to) return `适用于${from}至${to}`;
  return from ? `${from}起才适用` : `适用至${to}`;
}

interface CompiledTerms {
  /** All spellings of all terms, longest first; group k + 1 matched means spelling k. */
  any: RegExp | null;
  ruleOf: TermRule[];
  /** Per term, one pattern for its spellings: for the 「expected」 terms' presence test. */
  patterns: Map<TermRule, RegExp>;
}

const compiled = new WeakMap<readonly TermRule[], CompiledTerms>();

function compileTerms(terms: readonly TermRule[]): CompiledTerms {
  const known = compiled.get(terms);
  if (known) return known;
  const spellings = terms.flatMap((rule) => [rule.term, ...(rule.aliases ?? [])].map((spelling) => ({ rule, spelling })));
  spellings.sort((a, b) => b.spelling.length - a.spelling.length);
  const source = spellings.map(({ spelling }) => `(${termPattern(spelling).source})`).join('|');
  const patterns = new Map(terms.map((rule) => [rule, new RegExp([rule.term, ...(rule.aliases ?? [])].map((t) => termPattern(t).source).join('|'))]));
  const result: CompiledTerms = { any: source ? new RegExp(source, 'g') : null, ruleOf: spellings.map((s) => s.rule), patterns };
  compiled.set(terms, result);
  return result;
}

function isExcepted(rule: TermRule, body: string, index: number): boolean {
  return (rule.unless ?? []).some((u) => {
    const at = u.indexOf(rule.term);
    return at >= 0 && body.startsWith(u, index - at);
  });
}

function staleFindings(info: TextInfo, terms: CompiledTerms, year: number): RawFinding[] {
  const out: RawFinding[] = [];
  if (!terms.any) return out;
  const original = info.text;
  const body = foldScript(original);
  const re = terms.any;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const rule = terms.ruleOf[group - 1]!;
    if ((rule.kind ?? 'stale') !== 'stale') continue;
    // The plan part speaks of next year: a term that starts next year is fine there.
    if (validIn(rule, year) || (info.inPlan && validIn(rule, year + 1))) continue;
    if (isExcepted(rule, body, m.index)) continue;
    // 「“七五”普法」: take the opening quote along with the closing one inside the match.
    const start = m.index > 0 && '“"「'.includes(body[m.index - 1]!) && /[”"」]/.test(m[0]) ? m.index - 1 : m.index;
    const end = m.index + m[0].length;
    const written = original.slice(start, end);
    const named = written === rule.term ? '' : `“${written}”即`;
    const suggestion = rule.suggestion ? `建议改为“${rule.suggestion}”。` : '';
    out.push({
      rule: 'stale-term',
      severity: 'warning',
      message: `${named}“${rule.term}”${validity(rule)}，本报告为${year}年度。${suggestion}（依据：${rule.source}）`,
      ...info.place,
      start,
      end,
    });
  }
  return out;
}

/** The 「expected」 terms of the report's year (each with the word that makes it expected). */
function expectedTerms(terms: CompiledTerms, year: number): Array<TermRule & { context: string }> {
  return [...terms.patterns.keys()].filter((rule): rule is TermRule & { context: string } => rule.kind === 'expected' && !!rule.context && validIn(rule, year));
}

/** Per text, for each expected term of the year: whether the text names it, and where its context word first stands (-1: nowhere). */
const expectedIn = perText((info, env) => {
  const terms = compileTerms(env.terms);
  const folded = foldScript(info.text);
  return new Map(expectedTerms(terms, env.year).map((rule) => [rule, { named: terms.patterns.get(rule)!.test(folded), at: folded.indexOf(rule.context) }]));
});

/** Report-wide, from each text's kept summary: an expected term no text names, where its context word first stands. */
function expectedFindings(ctx: CheckContext, terms: CompiledTerms): RawFinding[] {
  const out: RawFinding[] = [];
  const rules = expectedTerms(terms, ctx.env.year);
  if (rules.length === 0) return out;
  const found = ctx.texts.map((info) => ({ info, of: expectedIn(info, ctx.env) }));
  for (const rule of rules) {
    if (found.some(({ of }) => of.get(rule)!.named)) continue;
    const where = found.find(({ of }) => of.get(rule)!.at >= 0);
    if (!where) continue;
    const start = where.of.get(rule)!.at;
    out.push({
      rule: 'expected-term',
      severity: 'info',
      message: `报告写到“${rule.context}”，但没有提到${rule.term}（${formatDatePart(rule.validFrom ?? '')}起施行）。${rule.note ?? ''}`,
      ...where.info.place,
      start,
      end: start + rule.context.length,
    });
  }
  return out;
}

// A congress or plenum of the Party: 「二十大精神」「十九届五中全会」. Said without 「党的」 (or 「中共」)
// in front of the list it stands in, it reads as some other 二十大.
const CONGRESS = /(?:十[八九]|二十)(?:大(?=精神|报告|以来|和|、|及|以及|提出|作出|部署|胜利|召开|代表|重大)|届(?:[一二三四五六七八九]中|历次)全会)/g;
// What a list of congresses and plenums is made of, walking back from one of them.
const LIST_CHARS = new Set('十九八二大届一三四五六七中全会历次和、及以与精神');
const PREFIXES = ['党的', '中共', '中国共产党第', '中国共产党'];

function partyPrefixFindings(info: TextInfo): RawFinding[] {
  const out: RawFinding[] = [];
  const body = foldScript(info.text);
  CONGRESS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONGRESS.exec(body)) !== null) {
    let start = m.index;
    // The walk is bounded: a list of congresses is never longer than this.
    for (let steps = 0; start > 0 && steps < 40 && LIST_CHARS.has(body[start - 1]!); steps++) start--;
    if (PREFIXES.some((p) => body.endsWith(p, start))) continue;
    // Trim the walk back to where the list begins (「学习贯彻二十大」: the list is 「二十大」).
    while (start < m.index && !/[十二]/.test(body[start]!)) start++;
    const end = m.index + m[0].length;
    const written = info.text.slice(start, end);
    out.push({
      rule: 'party-prefix',
      severity: 'warning',
      message: `“${written}”前应加“党的”，如“党的${written}”。`,
      ...info.place,
      start,
      end,
      fix: { edits: [{ start, end: start, replacement: '党的' }] },
    });
  }
  return out;
}

const termsIn = perText((info, env) => [...staleFindings(info, compileTerms(env.terms), env.year), ...partyPrefixFindings(info)]);

export function checkTerms(ctx: CheckContext): RawFinding[] {
  return [...ctx.texts.flatMap((info) => termsIn(info, ctx.env)), ...expectedFindings(ctx, compileTerms(ctx.env.terms))];
}
