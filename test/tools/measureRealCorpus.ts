// Measures the app's current import and 审校 on the real-report corpus (test/fixtures/import/real)
// and prints the rates issues 10 and 11 are judged by. Not a test: it has no thresholds.
//
//   node scripts/ensureNative.mjs node && npx tsx test/tools/measureRealCorpus.ts [--verbose] [--json out.json]
//
// Each file is pasted into previewImport as a user would, confirmed with the proposed mapping and
// template, then checked with checkReport; results are compared with truth.json.
import { writeFileSync } from 'node:fs';
import { loadRealCorpus } from '../helpers/realCorpus';
import { openApp } from './realCorpus/harness';
import type { CheckResult } from './realCorpus/checkMeasures';
import type { ImportResult } from './realCorpus/importMeasures';
import { measureFile, type FileResult } from './realCorpus/measureFile';

const pct = (n: number, d: number) => (d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const row = (label: string, n: number, d: number, extra = '') => `  ${label.padEnd(34)} ${String(n).padStart(4)}/${String(d).padEnd(4)} ${pct(n, d)}  ${extra}`;

function importTable(results: readonly ImportResult[]): string[] {
  const count = (f: (x: ImportResult) => boolean | null) => {
    const judged = results.filter((x) => f(x) !== null);
    return [judged.filter((x) => f(x) === true).length, judged.length] as const;
  };
  const heads = results.flatMap((x) => x.headings);
  const unit = (v: string) => results.filter((x) => x.unit === v).length;
  const invented = results.reduce((a, x) => a + x.invented.length, 0);
  const lines = ['Import (previewImport + confirmImport, proposed mapping)'];
  lines.push(row('year right', ...count((x) => x.year)));
  lines.push(row('unit right', unit('right'), results.length, `asked ${unit('asked')}, silently wrong ${unit('wrong')}`));
  lines.push(row('kind right', ...count((x) => x.kind)));
  lines.push(row('title right (source has one)', ...count((x) => x.title)));
  lines.push(row('主送 right (source has one)', ...count((x) => x.addressee)));
  lines.push(row('openings free of debris', ...count((x) => x.openingClean)));
  lines.push(row('part one found', ...count((x) => x.partOne)));
  lines.push(row('headings in the right place', heads.filter((h) => h.right).length, heads.length, `not recognised as headings ${heads.filter((h) => h.got === 'missed').length}`));
  lines.push(`  invented empty sections            ${invented} in ${results.filter((x) => x.invented.length > 0).length} files (parts of the 规定 added empty: ${results.reduce((a, x) => a + x.addedParts.length, 0)})`);
  return lines;
}

function checksTable(results: readonly CheckResult[]): string[] {
  const defects = results.flatMap((x) => x.defects).filter((d) => d.defect.severity !== 'info');
  const all = results.flatMap((x) => x.findings);
  // Findings inside page debris the import left are the import's failure (issue 10): not scored.
  const findings = all.filter((f) => f.verdict !== 'debris');
  const lines = ['审校 (checkReport on the imported report) — labelled 错误/警告 defects'];
  const kinds = [...new Set(defects.map((d) => d.defect.kind))].sort();
  for (const kind of kinds) {
    const of = defects.filter((d) => d.defect.kind === kind);
    const lost = of.filter((d) => d.place === null).length;
    lines.push(row(`recall ${kind}`, of.filter((d) => d.foundBy.length > 0).length, of.length, lost ? `(${lost} not in the imported text)` : ''));
  }
  lines.push(row('recall, all kinds', defects.filter((d) => d.foundBy.length > 0).length, defects.length));
  const tp = findings.filter((f) => f.verdict === 'true').length;
  lines.push(row('precision over 错误/警告 findings', tp, findings.length, `on labelled-correct spans ${findings.filter((f) => f.verdict === 'negative').length}`));
  lines.push(`  not scored: ${all.length - findings.length} findings inside page debris the import left (issue 10)`);
  lines.push(`  findings on sections the file never had: ${findings.filter((f) => f.onAddedSection).length}`);
  lines.push('  per rule (错误/警告):            true  false');
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  for (const rule of rules) {
    const of = findings.filter((f) => f.rule === rule);
    lines.push(`    ${rule.padEnd(30)} ${String(of.filter((f) => f.verdict === 'true').length).padStart(4)}  ${String(of.filter((f) => f.verdict !== 'true').length).padStart(5)}`);
  }
  return lines;
}

function worst(results: readonly FileResult[], n: number): string[] {
  const score = (x: FileResult) =>
    x.import === null ? 99 : x.import.headings.filter((h) => !h.right).length + (x.import.unit === 'wrong' ? 3 : 0) + x.import.invented.length;
  return [...results].sort((a, b) => score(b) - score(a)).slice(0, n).map((x) => `  ${x.file}  (score ${score(x)})`);
}

function details(x: FileResult): string[] {
  const lines = [`-- ${x.file}${x.error ? `  [${x.error}]` : ''}`];
  const i = x.import;
  if (i) {
    lines.push(`   unit ${i.unit} 「${i.unitGot}」  title ${i.title} 「${i.titleGot}」  year ${i.year} kind ${i.kind}`);
    if (i.debrisLeft.length) lines.push(`   debris left: ${i.debrisLeft.join(' | ')}`);
    for (const h of i.headings.filter((y) => !y.right)) lines.push(`   heading 「${h.text}」 → ${h.got} (want ${h.expected.join('/')})`);
    if (i.invented.length) lines.push(`   invented: ${i.invented.join('、')}`);
  }
  for (const d of x.checks?.defects ?? []) if (d.foundBy.length === 0) lines.push(`   missed ${d.defect.kind} 「${d.defect.span}」${d.place ? '' : ' (not in imported text)'}`);
  for (const f of x.checks?.findings ?? []) if (f.verdict !== 'true') lines.push(`   ${f.verdict} ${f.rule} 「${f.text}」`);
  return lines;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpus = loadRealCorpus();
  const app = await openApp();
  const results: FileResult[] = [];
  try {
    for (const r of corpus) results.push(await measureFile(app, r));
  } finally {
    await app.close();
  }
  const imports = results.map((x) => x.import).filter((x): x is ImportResult => x !== null);
  const checks = results.map((x) => x.checks).filter((x): x is CheckResult => x !== null);
  const out = [`Real-report corpus: ${corpus.length} files (${corpus.filter((r) => r.paste === null).length} published, ${corpus.filter((r) => r.paste !== null).length} pasted variants)`, ''];
  out.push(...importTable(imports), '', ...checksTable(checks), '', 'Worst files:', ...worst(results, 5));
  const failed = results.filter((x) => x.error);
  if (failed.length) out.push('', 'Errors:', ...failed.map((x) => `  ${x.file}: ${x.error}`));
  if (args.includes('--verbose')) out.push('', ...results.flatMap(details));
  console.log(out.join('\n'));
  const json = args.indexOf('--json');
  if (json >= 0 && args[json + 1]) writeFileSync(args[json + 1]!, `${JSON.stringify(results, null, 2)}\n`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
