// `nianbao import <file> [--year yyyy] [--template id] [--unit name] [--kind k] [--json]`: the same
// two calls as the app (previewImport, then confirmImport with the proposed mapping), printing the
// new report's id and the mapping from the file's headings to the template's sections.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/import/limits';
import type { ImportPreview } from '../../shared/import/preview';
import { UNIT_KINDS, type Report, type UnitKind } from '../../shared/types';
import type { CommandContext } from './context';

/** The mapping as a table: each source heading and where it went. */
export function formatImportMapping(preview: ImportPreview): string {
  const lines = ['文件中的标题 → 模板章节'];
  for (const e of preview.entries) {
    const indent = e.level === 1 ? '  ' : '    ';
    const target = e.targetKey === null ? '（保留为本单位自有章节）' : `${e.targetTitle ?? e.targetKey}`;
    lines.push(`${indent}${e.sourceTitle} → ${target}`);
  }
  if (preview.entries.length === 0) lines.push('  （文件中没有识别出「一、」「（一）」式的标题，全文作为开头段落导入）');
  return lines.join('\n');
}

function fileBytes(file: string): Buffer {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new AppError('IMPORT_UNREADABLE', `不是文件：${file}`);
    size = stat.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('NOT_FOUND', `找不到文件：${file}`);
  }
  // Refused on its size, before a byte is read.
  if (size > MAX_IMPORT_FILE_BYTES) throw new AppError('IMPORT_TOO_LARGE');
  return readFileSync(file);
}

/** Standard input's bytes, refused as soon as they pass the import limit (never read whole). */
async function stdinBytes(stdin: AsyncIterable<Uint8Array> | undefined): Promise<Buffer> {
  if (!stdin) throw new AppError('UNSUPPORTED', '此处没有标准输入，请给出文件路径。');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    size += chunk.length;
    if (size > MAX_IMPORT_FILE_BYTES) throw new AppError('IMPORT_TOO_LARGE');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Name given to the reader for standard input: no extension, so the content alone decides. */
const STDIN_NAME = '标准输入';

export interface ImportedFile {
  report: Report;
  preview: ImportPreview;
}

/**
 * A file (「-」: standard input) through the app's two import calls with the proposed mapping;
 * the exit code after a message when the file cannot say whose or which year's report it is and
 * no option says it.
 */
export async function importFile(
  ctx: CommandContext,
  file: string,
  options: { year?: number; kind?: UnitKind; unit?: string; templateId?: string; yearHint?: string },
): Promise<ImportedFile | number> {
  const fromStdin = file === '-';
  const data = fromStdin ? await stdinBytes(ctx.io.stdin) : fileBytes(path.resolve(file));
  const preview = await ctx.call('previewImport', {
    fileName: fromStdin ? STDIN_NAME : path.basename(file),
    data,
    ...(options.templateId ? { templateId: options.templateId } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    ...(options.unit ? { unitName: options.unit } : {}),
  });
  const fullName = preview.unitName;
  if (!fullName) {
    ctx.io.err('无法从文件中识别单位名称，请用 --unit 给出单位全称，例如 --unit 盘龙彝族乡人民政府');
    return 2;
  }
  const reportYear = preview.year;
  if (reportYear === null) {
    ctx.io.err(`无法从文件中识别报告年度，${options.yearHint ?? '请用 --year 给出，例如 --year 2024'}`);
    return 2;
  }
  const template = await ctx.call('getTemplate', { id: preview.template.id });
  const kind: UnitKind = options.kind ?? preview.unitKind ?? template.unitKinds[0] ?? 'township';
  const report: Report = await ctx.call('confirmImport', {
    previewId: preview.previewId,
    unit: {
      fullName,
      kind,
      shortName: preview.shortName || undefined,
      superior: preview.addressee || undefined,
      // A joint signature (党委 and 政府 on two lines) stays the report's, not the unit's.
      signatureName: preview.signatureName && !preview.signatureName.includes('\n') ? preview.signatureName : undefined,
    },
    year: reportYear,
    templateId: preview.template.id,
    mapping: [],
  });
  return { report, preview };
}

export async function runImportCommand(ctx: CommandContext): Promise<number> {
  const file = ctx.args[0];
  if (!file) {
    ctx.io.err('请给出要导入的文件，例如：nianbao import 2024年法治政府建设情况报告.docx');
    return 2;
  }
  const yearArg = ctx.values['year'];
  const year = typeof yearArg === 'string' ? Number(yearArg) : undefined;
  if (year !== undefined && !Number.isInteger(year)) {
    ctx.io.err('--year 应为四位数的年度，例如 --year 2024');
    return 2;
  }
  const kindArg = ctx.values['kind'];
  if (typeof kindArg === 'string' && !(UNIT_KINDS as readonly string[]).includes(kindArg)) {
    ctx.io.err('--kind 应为 township（乡镇）或 department（县级部门）');
    return 2;
  }
  const unit = typeof ctx.values['unit'] === 'string' ? ctx.values['unit'].trim() : '';
  const templateId = typeof ctx.values['template'] === 'string' ? ctx.values['template'] : undefined;
  const imported = await importFile(ctx, file, {
    ...(year !== undefined ? { year } : {}),
    ...(typeof kindArg === 'string' ? { kind: kindArg as UnitKind } : {}),
    ...(unit ? { unit } : {}),
    ...(templateId ? { templateId } : {}),
  });
  if (typeof imported === 'number') return imported;
  const { report, preview } = imported;

  if (ctx.json) {
    ctx.io.out(
      JSON.stringify(
        {
          reportId: report.id,
          title: report.title,
          unit: report.unit.fullName,
          year: report.year,
          template: preview.template,
          areaSet: preview.areaSet,
          signatureName: report.signatureName,
          signatureDate: report.signatureDate,
          dropped: preview.dropped,
          repairs: preview.repairs,
          mapping: preview.entries.map((e) => ({ level: e.level, source: e.sourceTitle, targetKey: e.targetKey, targetTitle: e.targetTitle, score: e.score })),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const notes = [
    preview.dropped.length ? `去除网页杂项 ${preview.dropped.length} 行` : '',
    preview.punctuationFixes ? `修正半角标点 ${preview.punctuationFixes} 行` : '',
    preview.repairs.length ? `修复 ${preview.repairs.length} 处` : '',
  ].filter(Boolean);
  ctx.io.out(
    [
      `已导入报告 #${report.id}：${report.title}`,
      `单位：${report.unit.fullName}  年度：${report.year}  模板：${preview.template.name}`,
      ...(notes.length ? [notes.join('，')] : []),
      '',
      formatImportMapping(preview),
      '',
      '所有导入的章节均标为「待核对」。',
    ].join('\n'),
  );
  return 0;
}
