// `nianbao versions <id>`, `nianbao pack <id> --out 文件.nianbao [--with-history]` and
// `nianbao unpack 文件.nianbao [--as-copy|--replace]`: the same calls as the app's 「版本」,
// 「导出报告包」 and 「导入报告包」.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatFileSize } from '../../shared/text/files';
import { VERSION_KIND_LABEL } from '../../shared/versions/content';
import { sizeRefusal } from '../services/db/untrusted';
import { PACKAGE_KIND } from '../services/package/readPackage';
import { fileArg, reportIdArg, type CommandContext } from './context';
import { localTime } from './format';

export const VERSION_USAGE = `  versions <报告编号>                     列出报告保存过的版本（时间、名称、字数及其变化）
  pack <报告编号> --out <文件.nianbao> [--with-history]
                                        导出报告包（一个文件，含单位、各节和审校设置；--with-history 连同各版本）
  unpack <文件.nianbao> [--as-copy|--replace]
                                        导入报告包；本机已有同单位同年度的报告时，须选 --as-copy（作为副本）或 --replace（替换，先保存原报告为版本）`;


export async function runVersionsCommand(ctx: CommandContext): Promise<number> {
  const id = reportIdArg(ctx, 'nianbao versions 1', true);
  if (id === null) return 2;
  const versions = await ctx.call('listVersions', { reportId: id });
  if (ctx.json) {
    ctx.io.out(JSON.stringify(versions, null, 2));
    return 0;
  }
  if (versions.length === 0) {
    ctx.io.out('这份报告还没有保存过版本。');
    return 0;
  }
  const lines = versions.map((v) => {
    const delta = v.charDelta === null ? '' : `（${v.charDelta > 0 ? '+' : ''}${v.charDelta}）`;
    const kind = v.label && v.kind !== 'manual' ? `  [${VERSION_KIND_LABEL[v.kind]}]` : '';
    return `#${v.id}  ${localTime(v.createdAt)}  ${v.label || VERSION_KIND_LABEL[v.kind]}${kind}  ${v.chars} 字${delta}`;
  });
  ctx.io.out(lines.join('\n'));
  return 0;
}

export async function runPackCommand(ctx: CommandContext): Promise<number> {
  const id = reportIdArg(ctx, 'nianbao pack 1 --out 报告.nianbao', true);
  if (id === null) return 2;
  const out = ctx.values['out'];
  if (typeof out !== 'string' || !out.trim()) {
    ctx.io.err('请用 --out 给出报告包的文件名，例如 --out 盘龙乡2025年度报告.nianbao');
    return 2;
  }
  const result = await ctx.call('exportPackage', { reportId: id, path: path.resolve(ctx.cwd ?? process.cwd(), out.trim()), withHistory: ctx.values['with-history'] === true });
  if (ctx.json) ctx.io.out(JSON.stringify(result, null, 2));
  else {
    ctx.io.out(`已导出报告包：${result.path}（${formatFileSize(result.bytes)}）`);
    if (result.skipped > 0) ctx.io.err(`注意：有 ${result.skipped} 个版本已损坏，没有放进报告包。`);
  }
  return 0;
}

export async function runUnpackCommand(ctx: CommandContext): Promise<number> {
  const file = fileArg(ctx, '请给出一个报告包文件，例如：nianbao unpack 盘龙乡2025年度报告.nianbao');
  if (file === null) return 2;
  const asCopy = ctx.values['as-copy'] === true;
  const replace = ctx.values['replace'] === true;
  if (asCopy && replace) {
    ctx.io.err('--as-copy 和 --replace 只能选一个。');
    return 2;
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    ctx.io.err(`错误：找不到文件：${file}`);
    return 1;
  }
  // Judged by size before a byte is read; the service checks again.
  const tooLarge = sizeRefusal(PACKAGE_KIND, size);
  if (tooLarge) {
    ctx.io.err(`错误：${tooLarge}`);
    return 1;
  }
  const data = new Uint8Array(readFileSync(file));
  const preview = await ctx.call('openPackage', { fileName: path.basename(file), data });
  if (preview.existing && !asCopy && !replace) {
    ctx.io.err(
      `本机已有「${preview.unitName}」${preview.year}年度的报告（#${preview.existing.reportId}「${preview.existing.title}」）。` +
        '请加 --as-copy 作为副本导入，或加 --replace 替换它（替换前会把它保存为一个版本）。',
    );
    return 1;
  }
  const mode = preview.existing ? (replace ? 'replace' : 'copy') : 'new';
  const { report, savedBefore } = await ctx.call('importPackage', { previewId: preview.previewId, mode });
  if (ctx.json) ctx.io.out(JSON.stringify({ reportId: report.id, mode, savedBefore }, null, 2));
  else {
    const how = mode === 'replace' ? `已替换报告 #${report.id}（原内容已保存为版本 #${savedBefore?.id ?? ''}）` : `已导入为报告 #${report.id}`;
    ctx.io.out(`${how}：${report.title}（${report.sections.length} 节，${preview.versionCount} 个版本）`);
  }
  return 0;
}
