// Import in two steps. previewImport has the reader process read the file or paste and recognise
// its structure, then proposes a mapping onto a template; the result is kept in memory only (a few
// recent previews). confirmImport takes the user's decisions and creates the report in one
// transaction. Nothing is written to the database before confirmImport.
import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { assemblePreview, previewUnitAndYear } from '../../../shared/import/assemblePreview';
import { mapReportToTemplate, type TemplateMapping } from '../../../shared/import/mapToTemplate';
import type { ImportPreview } from '../../../shared/import/preview';
import type { Template } from '../../../shared/templates/schema';
import type { Report, UnitKind } from '../../../shared/types';
import { pickTemplate } from '../reports/fromTemplate';
import type { Store } from '../store';
import { buildImportedReport } from './buildImported';
import { ImportReader } from './reader';
import type { ReadResult } from './readerProtocol';
import { writeTransaction } from '../db/database';

/** Previews kept; an older one must be made again (IMPORT_EXPIRED). */
const PREVIEWS_KEPT = 4;

export type PreviewRequest = ParsedInput<'previewImport'>;
export type ConfirmRequest = ParsedInput<'confirmImport'>;

interface Kept extends ReadResult {
  fileName: string;
  templateId: string;
  mapping: TemplateMapping;
}

export class ImportService {
  private readonly previews = new Map<string, Kept>();

  constructor(
    private readonly store: Store,
    private readonly templates: readonly Template[],
    readonly reader: ImportReader = new ImportReader(),
  ) {}

  private template(id: string | undefined, kind: UnitKind | null): Template {
    const template = pickTemplate(this.templates, id, kind ?? 'township');
    if (!template) throw new AppError('TEMPLATE_INVALID', '没有可用的报告模板，无法导入。请检查程序的模板文件。');
    return template;
  }

  private keep(id: string, kept: Kept): void {
    this.previews.delete(id);
    this.previews.set(id, kept);
    while (this.previews.size > PREVIEWS_KEPT) this.previews.delete(this.previews.keys().next().value!);
  }

  private async source(req: PreviewRequest): Promise<ReadResult & { fileName: string }> {
    if (req.previewId !== undefined) {
      const earlier = this.previews.get(req.previewId);
      if (!earlier) throw new AppError('IMPORT_EXPIRED');
      return earlier;
    }
    if (req.text !== undefined) {
      const fileName = req.fileName || '粘贴的文字';
      return { fileName, ...(await this.reader.read({ fileName, text: req.text })) };
    }
    const fileName = req.fileName ?? '';
    return { fileName, ...(await this.reader.read({ fileName, bytes: req.data ?? new Uint8Array(0) })) };
  }

  /** Reads and maps a file (or pasted text); nothing is stored but the preview in memory. */
  async preview(req: PreviewRequest): Promise<ImportPreview> {
    const src = await this.source(req);
    const { unitName, unitKind, year } = previewUnitAndYear(src.parsed, req);
    const template = this.template(req.templateId, unitKind);
    const mapping = mapReportToTemplate(src.parsed, template, year);
    const previewId = req.previewId ?? randomUUID();
    this.keep(previewId, { fileName: src.fileName, parsed: src.parsed, format: src.format, encoding: src.encoding, templateId: template.id, mapping });
    const existingReportIds = year === null ? [] : this.store.reports.ofUnitAndYear(unitName, year).map((r) => r.id);
    return assemblePreview({ previewId, fileName: src.fileName, format: src.format, encoding: src.encoding, parsed: src.parsed, template, mapping, unitName, unitKind, year, existingReportIds });
  }

  /** Creates the report from a preview and the user's decisions, in one transaction. */
  confirm(req: ConfirmRequest): Report {
    const kept = this.previews.get(req.previewId);
    if (!kept) throw new AppError('IMPORT_EXPIRED');
    const template = this.templates.find((t) => t.id === req.templateId);
    if (!template) throw new AppError('NOT_FOUND', '没有找到所选的报告模板，可能模板文件已被删除或有误。');
    const proposal = kept.templateId === template.id ? kept.mapping : mapReportToTemplate(kept.parsed, template, req.year);
    const build = buildImportedReport({
      parsed: kept.parsed,
      proposal,
      template,
      choices: req.mapping,
      unit: req.unit,
      year: req.year,
      overrides: req.overrides,
    });
    const { db, reports, versions } = this.store;
    const id = writeTransaction(db, () => {
      const created = reports.create(build.report);
      versions.save(created.id, 'import', `导入：${kept.fileName}`);
      return created.id;
    });
    this.previews.delete(req.previewId);
    return reports.open(id);
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}
