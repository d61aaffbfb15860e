// `nianbao backups` and `nianbao restore-backup <文件> --yes`: the backups in the data folder, and
// putting one (or a backup file from elsewhere, e.g. a USB stick) in place — the same checks and
// the same backup of the current data first as 「恢复到此备份」 in the app.
import path from 'node:path';
import { formatFileSize } from '../../shared/text/files';
import { BACKUP_REASON_LABEL } from '../../shared/types';
import { localTime } from './format';
import { fileArg, type CommandContext } from './context';

export const BACKUP_USAGE = `  backups                               列出数据文件夹中的备份（时间、方式、大小、文件）
  restore-backup <备份文件> --yes        用备份替换当前数据（先检查备份，并把当前数据另存为一份备份）`;


export async function runBackupsCommand(ctx: CommandContext): Promise<number> {
  if (ctx.args.length > 0) {
    ctx.io.err('backups 不带参数，例如：nianbao backups');
    return 2;
  }
  const list = await ctx.call('listBackups', {});
  if (ctx.json) ctx.io.out(JSON.stringify(list, null, 2));
  else if (list.length === 0) ctx.io.out('还没有备份。');
  else ctx.io.out(list.map((b) => `${localTime(b.createdAt)}  ${BACKUP_REASON_LABEL[b.reason]}  ${formatFileSize(b.bytes)}  ${b.file}`).join('\n'));
  return 0;
}

export async function runRestoreBackupCommand(ctx: CommandContext): Promise<number> {
  const file = fileArg(ctx, '请给出一个备份文件，例如：nianbao restore-backup backups/nianbao-20251210-090000-daily.db --yes（可用 nianbao backups 查看）');
  if (file === null) return 2;
  if (ctx.values['yes'] !== true) {
    ctx.io.err(`这会用「${path.basename(file)}」替换当前的全部数据（替换前会先把当前数据另存为一份备份）。确认无误请加 --yes 再运行。`);
    return 2;
  }
  const result = await ctx.call('restoreBackup', { file });
  if (ctx.json) ctx.io.out(JSON.stringify(result, null, 2));
  else {
    ctx.io.out(
      `已恢复到 ${localTime(result.restored.createdAt)} 的备份（${result.reports} 份报告）。恢复前的数据已另存为备份：${result.safety.file}`,
    );
  }
  return 0;
}
