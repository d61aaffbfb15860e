// `nianbao new --from <报告编号|文件> [--year yyyy]`: the app's 「以此为基础新建」 from the command
// line — this year's report from last year's, either one already in the app (by its id) or a file
// that is imported first (as `nianbao import` would). Body text is copied as it was and every
// section is 待核对; what carries over and must be confirmed again is said at the end.
import type { Report } from '../../shared/types';
import { print, type CommandContext } from './context';
import { importFile } from './import';

export const NEW_FROM_USAGE = `  new --from <报告编号|文件> [--year <年度>]
                                        以去年的报告（编号，或先导入的文件）为基础新建今年的报告`;

export async function runNewFromCommand(ctx: CommandContext, from: string): Promise<number> {
  const yearArg = ctx.values['year'];
  const year = typeof yearArg === 'string' ? Number(yearArg) : undefined;
  if (year !== undefined && !Number.isInteger(year)) {
    ctx.io.err('--year 应为四位数的年度，例如 --year 2025');
    return 2;
  }
  let base: Report;
  const notes: string[] = [];
  if (/^\d+$/.test(from)) {
    base = await ctx.call('openReport', { id: Number(from) });
  } else {
    const imported = await importFile(ctx, from, { yearHint: '请先用 nianbao import <文件> --year <年度> 导入，再用报告编号新建' });
    if (typeof imported === 'number') return imported;
    base = imported.report;
    notes.push(`已导入 ${from} 为报告 #${base.id}（${base.year}年度）。`);
  }
  const report = await ctx.call('createFromLastYear', { baseReportId: base.id, year: year ?? base.year + 1 });
  const carried = [
    report.addressee ? `主送机关「${report.addressee}」` : '',
    report.signatureName ? `署名「${report.signatureName}」` : '',
  ].filter(Boolean);
  print(
    ctx,
    report,
    [
      ...notes,
      `已以${base.year}年报告 #${base.id} 为基础新建${report.year}年报告 #${report.id}：${report.title}`,
      '正文照原样复制，所有章节均标为「待核对」；书名号、引号内的年份未改动，请逐一核对。',
      ...(carried.length ? [`${carried.join('、')}沿用上年，请确认今年是否有变化。`] : []),
    ].join('\n'),
  );
  return 0;
}
