// The CLI's commands. Each takes the parsed arguments and calls the shared handler table.
import type { CallInput, CallName, CallOutput } from '../../shared/api';
import { UNIT_KINDS, type Report, type ReportSummary, type UnitKind } from '../../shared/types';
import { runImportCommand } from '../services/import/cliImport';
import { EXPORT_USAGE, runExportCommand } from '../services/export/cliExport';
import type { Store } from '../services/store';
import { CHECK_USAGE, runCheckCommand } from './check';
import type { CliIo } from './cli';

export interface CommandContext {
  args: string[];
  values: Record<string, string | boolean | undefined>;
  call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallOutput<K>>;
  store: Store;
  io: CliIo;
  json: boolean;
  format: { formatReport: (r: Report) => string; formatReportList: (l: ReportSummary[]) => string };
}

export type Command = (ctx: CommandContext) => Promise<number>;

export const USAGE = `用法：nianbao <命令> [选项]
  list                                  列出所有报告
  show <报告编号>                        显示报告结构
  new --unit <单位全称> --kind <township|department> --year <年度>
                                        新建报告
${CHECK_USAGE}
  import <文件> [--year <年度>] [--template <模板>] [--unit <单位全称>] [--kind <township|department>]
                                        导入 Word（.docx/.doc）或文本（.txt）报告
${EXPORT_USAGE}
通用选项：--data-dir <文件夹>  数据文件夹（默认为程序的数据文件夹，或环境变量 NIANBAO_DATA_DIR）
          --json               以 JSON 输出`;

function reportId(ctx: CommandContext): number | null {
  const raw = ctx.args[0];
  const id = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    ctx.io.err(`请给出报告编号，例如：nianbao ${'show'} 1（可用 nianbao list 查看编号）`);
    return null;
  }
  return id;
}

const print = (ctx: CommandContext, value: unknown, text: string) => ctx.io.out(ctx.json ? JSON.stringify(value, null, 2) : text);

export const COMMANDS: Record<string, Command> = {
  async list(ctx) {
    const list = await ctx.call('listReports', {});
    print(ctx, list, ctx.format.formatReportList(list));
    return 0;
  },
  async show(ctx) {
    const id = reportId(ctx);
    if (id === null) return 2;
    const report = await ctx.call('openReport', { id });
    print(ctx, report, ctx.format.formatReport(report));
    return 0;
  },
  async new(ctx) {
    const unit = ctx.values['unit'];
    const kind = ctx.values['kind'];
    const year = Number(ctx.values['year']);
    if (typeof unit !== 'string' || !unit.trim()) {
      ctx.io.err('请用 --unit 给出单位全称，例如 --unit 盘龙彝族乡人民政府');
      return 2;
    }
    if (typeof kind !== 'string' || !(UNIT_KINDS as readonly string[]).includes(kind)) {
      ctx.io.err('请用 --kind 给出单位类型：township（乡镇）或 department（县级部门）');
      return 2;
    }
    if (!Number.isInteger(year)) {
      ctx.io.err('请用 --year 给出年度，例如 --year 2025');
      return 2;
    }
    const report = await ctx.call('createReport', { unit: { fullName: unit, kind: kind as UnitKind }, year });
    print(ctx, report, `已新建报告 #${report.id}：${report.title}`);
    return 0;
  },
  import: (ctx) => runImportCommand(ctx),
  export: (ctx) => runExportCommand(ctx),
  check: (ctx) => runCheckCommand(ctx),
};
