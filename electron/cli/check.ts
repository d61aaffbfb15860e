// `nianbao check <报告编号> [--json]`: the 审校 findings of a stored report. Exit code 0 when no
// 错误 is open, 1 with any, 2 for a usage error — so a script can stop before submitting.
import { placeLabel, SEVERITY_LABEL, type Finding } from '../../shared/checks';
import { numberOutline } from '../../shared/gongwen/sectionOrder';
import type { Report } from '../../shared/types';
import { reportIdArg, type CommandContext } from './context';

export const CHECK_USAGE = `  check <报告编号>                       审校：列出错误、警告和提示（有错误时退出码为 1）`;

export async function runCheckCommand(ctx: CommandContext): Promise<number> {
  const id = reportIdArg(ctx, 'nianbao check 1', true);
  if (id === null) return 2;
  const report = await ctx.call('openReport', { id });
  const result = await ctx.call('checkReport', { id });
  for (const p of result.problems) ctx.io.err(`注意：${p}`);
  if (ctx.json) {
    ctx.io.out(JSON.stringify({ reportId: id, title: report.title, counts: result.counts, findings: result.open, ignored: result.ignored }, null, 2));
  } else {
    ctx.io.out(formatFindings(report, result.open, result.ignored.length));
  }
  return result.counts.error > 0 ? 1 : 0;
}

export function formatFindings(report: Report, findings: readonly Finding[], ignoredCount: number): string {
  const labels = new Map(numberOutline(report.sections).map(({ node, prefix }) => [node.id, `${prefix}${node.title}`]));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const summary = `错误 ${counts.error} · 警告 ${counts.warning} · 提示 ${counts.info}${ignoredCount ? `（另有 ${ignoredCount} 项已忽略）` : ''}`;
  const lines = [`#${report.id} ${report.title}`, summary];
  if (findings.length === 0) lines.push('', '没有发现问题。');
  for (const f of findings) {
    const place = placeLabel(f, (sectionId) => labels.get(sectionId) ?? `第${sectionId}号章节`);
    lines.push('', `[${SEVERITY_LABEL[f.severity]}] ${place}`, `  ${f.message}`);
    if (f.excerpt) lines.push(`  「${f.excerpt}」`);
  }
  return lines.join('\n');
}
