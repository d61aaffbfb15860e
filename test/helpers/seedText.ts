// Matching template sample paragraphs against the scraped seed reports. The seeds have their
// punctuation folded to half-width and some characters lost; samples are cleaned (full-width
// punctuation, certain repairs listed in `fixes`). Both sides are folded to one form to compare.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Sample } from '../../shared/templates/schema';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.resolve(repoRoot, '../shared/seeds');
export const templatesResourceDir = path.join(repoRoot, 'resources', 'templates');

/** The unit and year each seed is from (see shared/spec/report-structure.md). */
export const SEED_SOURCES: Record<string, { unit: string; year: number }> = {
  '000': { unit: '盘龙彝族乡', year: 2023 },
  '001': { unit: '白沙镇', year: 2020 },
  '002': { unit: '三星镇', year: 2024 },
  '003': { unit: '浩口乡', year: 2020 },
  '004': { unit: '苍溪县乡村振兴局', year: 2023 },
};

const cache = new Map<string, string>();

/** The raw text of seed '000'…'004'; throws if there is no such file. */
export function seedFileText(seed: string): string {
  let text = cache.get(seed);
  if (text === undefined) {
    const name = readdirSync(seedsDir).find((f) => f.startsWith(`${seed}_`) && f.endsWith('.txt'));
    if (!name) throw new Error(`no seed ${seed} in ${seedsDir}`);
    text = readFileSync(path.join(seedsDir, name), 'utf8');
    cache.set(seed, text);
  }
  return text;
}

/**
 * One comparable form: NFKC turns full-width 「，：；（）？！」 into ASCII; quotes, angle brackets
 * and dashes are folded by hand; whitespace (including line breaks) is dropped.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”‘’"']/g, '"')
    .replace(/〈/g, '<')
    .replace(/〉/g, '>')
    .replace(/[—–－]/g, '-')
    .replace(/\s+/g, '');
}

/** Why a sample cannot be traced to its seed, or null when it can. */
export function sampleProblem(sample: Sample): string | null {
  const { seed, unit, year } = sample.source;
  const known = SEED_SOURCES[seed];
  if (!known) return `来源 seed「${seed}」不存在`;
  if (known.unit !== unit || known.year !== year) {
    return `来源写作「${unit} ${year}」，而 seed ${seed} 是「${known.unit} ${known.year}」`;
  }
  const seedFolded = foldForMatch(seedFileText(seed));
  let reversed = sample.text;
  for (const fix of sample.fixes ?? []) {
    if (fix.seed === fix.text) return `修订「${fix.text}」前后相同`;
    const parts = reversed.split(fix.text);
    if (parts.length !== 2) return `修订后的文字「${fix.text}」在范文中应恰好出现一次，实际 ${parts.length - 1} 次`;
    reversed = parts.join(fix.seed);
  }
  if (!seedFolded.includes(foldForMatch(reversed))) return `在 seed ${seed} 中找不到这段文字`;
  if ((sample.fixes ?? []).length > 0 && seedFolded.includes(foldForMatch(sample.text))) {
    return '范文不经修订就能在 seed 中找到，所列修订多余';
  }
  return null;
}
