// Loads the data the checks need at run time: resources/rules/terms.json (terms valid only in some
// years). A missing or broken file must not stop the app: the checks then run without term rules,
// and the problem is listed so the 审校 panel and the CLI can say why.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTermsJson, type TermRule } from '../../../shared/checks';

export const TERMS_FILE = 'terms.json';

export interface CheckRulesProblem {
  /** Absolute path of the file (or of the folder). */
  file: string;
  /** Plain Chinese, naming the file and what is wrong with it. */
  message: string;
}

export interface LoadedCheckRules {
  terms: TermRule[];
  problems: CheckRulesProblem[];
}

/** More than this many schema errors are summarised: the user needs the first few to fix it. */
const MAX_LISTED_ERRORS = 5;

export function loadCheckRules(dir: string): LoadedCheckRules {
  const file = path.join(path.resolve(dir), TERMS_FILE);
  const shown = displayPath(file);
  const off = '，本次审校不检查过时提法。';
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? '不存在' : '无法读取';
    return { terms: [], problems: [{ file, message: `规则文件 ${shown} ${reason}${off}` }] };
  }
  // A BOM from Notepad would make JSON.parse fail on an otherwise valid file.
  const parsed = parseTermsJson(text.replace(/^\uFEFF/, ''));
  if (parsed.ok) return { terms: parsed.terms, problems: [] };
  const listed = parsed.errors.slice(0, MAX_LISTED_ERRORS);
  const more = parsed.errors.length > listed.length ? `；另有 ${parsed.errors.length - listed.length} 处错误` : '';
  return { terms: [], problems: [{ file, message: `规则文件 ${shown} 有误：${listed.join('；')}${more}${off}` }] };
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
