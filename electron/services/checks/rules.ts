// Loads the data the checks need at run time from resources/rules: terms.json (terms valid only in
// some years), titles.json (the documents reports cite) and lexicon.json (confusable words, doubled
// characters, site watermarks). A missing or broken file must not stop the app: the checks then
// run without that file's rules, and the problem is listed so the 审校 panel and the CLI can say why.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_LEXICON, type RuleData } from '../../../shared/checks';
import { parseLexiconJson, parseTitlesJson } from '../../../shared/checks/ruleData';
import { parseTermsJson } from '../../../shared/checks/terms';
import type { ParseRuleFileResult } from '../../../shared/checks/ruleFile';

export const TERMS_FILE = 'terms.json';
export const TITLES_FILE = 'titles.json';
export const LEXICON_FILE = 'lexicon.json';

export interface CheckRulesProblem {
  /** Absolute path of the file (or of the folder). */
  file: string;
  /** Plain Chinese, naming the file and what is wrong with it. */
  message: string;
}

export interface LoadedCheckRules extends RuleData {
  problems: CheckRulesProblem[];
}

/** More than this many schema errors are summarised: the user needs the first few to fix it. */
const MAX_LISTED_ERRORS = 5;

function loadFile<T>(dir: string, name: string, off: string, parse: (json: string) => ParseRuleFileResult<T>, problems: CheckRulesProblem[]): T | null {
  const file = path.join(path.resolve(dir), name);
  const shown = displayPath(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? '不存在' : '无法读取';
    problems.push({ file, message: `规则文件 ${shown} ${reason}，${off}` });
    return null;
  }
  const parsed = parse(text);
  if (parsed.ok) return parsed.value;
  const listed = parsed.errors.slice(0, MAX_LISTED_ERRORS);
  const more = parsed.errors.length > listed.length ? `；另有 ${parsed.errors.length - listed.length} 处错误` : '';
  problems.push({ file, message: `规则文件 ${shown} 有误：${listed.join('；')}${more}，${off}` });
  return null;
}

export function loadCheckRules(dir: string): LoadedCheckRules {
  const problems: CheckRulesProblem[] = [];
  const terms = loadFile(dir, TERMS_FILE, '本次审校不检查过时提法。', (json) => {
    const parsed = parseTermsJson(json);
    return parsed.ok ? { ok: true, value: parsed.terms } : parsed;
  }, problems);
  const titles = loadFile(dir, TITLES_FILE, '本次审校不核对文件名称。', parseTitlesJson, problems);
  const lexicon = loadFile(dir, LEXICON_FILE, '本次审校不检查易混用词、重复字和网站水印。', parseLexiconJson, problems);
  return { terms: terms ?? [], titles: titles ?? [], lexicon: lexicon ?? NO_LEXICON, problems };
}

/**
 * The folder holding the rules. An explicit dir wins (the packaged app passes its resources
 * path); otherwise the repository's resources/rules, found from this file's location when running
 * from source or from the built CLI, and from the working directory as a fallback.
 */
export function rulesDir(dir?: string): string {
  if (dir) return path.resolve(dir);
  const candidates = [
    fileURLToPath(new URL('../../../resources/rules', import.meta.url)),
    fileURLToPath(new URL('../../resources/rules', import.meta.url)),
    path.resolve(process.cwd(), 'resources', 'rules'),
  ];
  return candidates.find((c) => fs.existsSync(path.join(c, TERMS_FILE))) ?? candidates[candidates.length - 1]!;
}

/** Paths inside the working directory are shown relative to it, as developers know them. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
