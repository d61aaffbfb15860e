// Finding a stale or expected term in the text, and the dates of its rule (resources/rules/terms.json,
// validated in terms.ts): what the checks run on, apart from the file's schema, so the page that
// runs the checks loads no zod.
import { escapeRegExp } from '../text/regExp';

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** 「2022-04-30」→「2022年4月30日」, 「2020」→「2020年」, for messages. */
export function formatDatePart(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
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
  const parts = [...term].map((ch) => FUZZY[ch] ?? escapeRegExp(ch));
  return new RegExp(parts.join(QUOTES), 'g');
}
