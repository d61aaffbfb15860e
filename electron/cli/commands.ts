// The CLI's commands. Each takes the parsed arguments and calls the shared handler table.
import { UNIT_KINDS, type UnitKind } from '../../shared/types';
import { CHECK_USAGE, runCheckCommand } from './check';
import { print, reportIdArg, type Command } from './context';
import { EXPORT_USAGE, runExportCommand } from './export';
import { formatReport, formatReportList } from './format';
import { runImportCommand } from './import';
import { BACKUP_USAGE, runBackupsCommand, runRestoreBackupCommand } from './backupCommands';
import { NEW_FROM_USAGE, runNewFromCommand } from './newFrom';
import { VERSION_USAGE, runPackCommand, runUnpackCommand, runVersionsCommand } from './versionCommands';
import { SERVE_USAGE } from './serve';

export const USAGE = `用法：nianbao <命令> [选项]
  list                                  列出所有报告
  show <报告编号>                        显示报告结构
  new --unit <单位全称> --kind <township|department> --year <年度>
                                        新建报告
${NEW_FROM_USAGE}
${CHECK_USAGE}
  import <文件|-> [--year <年度>] [--template <模板>] [--unit <单位全称>] [--kind <township|department>]
                                        导入 Word（.docx/.doc）或文本（.txt）报告；「-」从标准输入读取
${EXPORT_USAGE}
${VERSION_USAGE}
${BACKUP_USAGE}
${SERVE_USAGE}
通用选项：--data-dir <文件夹>  数据文件夹（默认为程序的数据文件夹，或环境变量 NIANBAO_DATA_DIR）
          --json               以 JSON 输出`;

export const COMMANDS: Record<string, Command> = {
  async list(ctx) {
    const list = await ctx.call('listReports', {});
    print(ctx, list, formatReportList(list));
    return 0;
  },
  async show(ctx) {
    const id = reportIdArg(ctx, 'nianbao show 1');
    if (id === null) return 2;
    const report = await ctx.call('openReport', { id });
    print(ctx, report, formatReport(report));
    return 0;
  },
  async new(ctx) {
    const from = ctx.values['from'];
    if (typeof from === 'string') return runNewFromCommand(ctx, from.trim());
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
  import: runImportCommand,
  export: runExportCommand,
  check: runCheckCommand,
  versions: runVersionsCommand,
  pack: runPackCommand,
  unpack: runUnpackCommand,
  backups: runBackupsCommand,
  'restore-backup': runRestoreBackupCommand,
};
