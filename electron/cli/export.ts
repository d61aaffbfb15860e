// `nianbao export <report-id> --out <file.docx> [--keep-empty] [--json]`: the app's exportReport call, to a file
// named on the command line. Exit codes: 0 written, 2 arguments wrong, 1 the export failed (the
// message says why; an existing file at --out is then untouched).
import path from 'node:path';
import { formatFileSize } from '../../shared/text/files';
import { reportIdArg, type CommandContext } from './context';

export const EXPORT_USAGE = `  export <报告编号> --out <文件.docx> [--keep-empty]
                                        按公文格式导出 Word 文件（未填写的部分默认不导出，
                                        --keep-empty 仍然导出其标题）`;

export async function runExportCommand(ctx: CommandContext): Promise<number> {
  const id = reportIdArg(ctx, 'nianbao export 1 --out 报告.docx');
  if (id === null) return 2;
  const out = ctx.values['out'];
  if (typeof out !== 'string' || out.trim() === '') {
    ctx.io.err('请用 --out 给出导出文件，例如：nianbao export 1 --out 报告.docx');
    return 2;
  }
  const target = path.resolve(ctx.cwd ?? process.cwd(), out.trim());
  const result = await ctx.call('exportReport', { reportId: id, path: target, keepEmpty: ctx.values['keep-empty'] === true });
  if (ctx.json) ctx.io.out(JSON.stringify(result, null, 2));
  else ctx.io.out(`已导出：${result.path}（${formatFileSize(result.bytes)}）`);
  if (result.warning) ctx.io.err(result.warning);
  return 0;
}
