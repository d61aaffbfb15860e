// Import in two steps. previewImport reads the file (in the worker), recognises its structure and
// proposes a mapping onto a template; the result is kept in memory only (a few recent previews).
// confirmImport takes the user's decisions and creates the report in one transaction. Nothing is
// written to the database before confirmImport.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { mapReportToTemplate, type TemplateMapping } from '../../../shared/import/mapToTemplate';
import { guessUnitKind, shortUnitName } from '../../../shared/import/meta';
import { parseReportText, type ParsedReport } from '../../../shared/import/parseText';
import {
  MAX_IMPORT_FILE_BYTES,
  type ImportFormat,
  type ImportMappingChoice,
  type ImportPreview,
  type ImportTarget,
} from '../../../shared/import/preview';
import { fillPlaceholders, findTemplateSection } from '../../../shared/templates/instantiate';
import type { Template, TemplateSection } from '../../../shared/templates/schema';
import type { Report } from '../../../shared/types';
import { pickTemplate } from '../reports/fromTemplate';
import type { ReportPatch, UnitInput } from '../reports/reportRepo';
import type { Store } from '../store';
import { buildImportedReport, flattenSources } from './buildImported';
import { ImportReader } from './reader';

/** Previews kept; an older one must be made again (IMPORT_EXPIRED). */
const PREVIEWS_KEPT = 4;

export interface PreviewRequest {
  fileName?: string | undefined;
  /** File content, base64. */
  data?: string | undefined;
  /** Pasted text. */
  text?: string | undefined;
  /** Map an earlier preview's text again (e.g. onto another template) without reading the file again. */
  previewId?: string | undefined;
  templateId?: string | undefined;
  year?: number | undefined;
  unitName?: string | undefined;
}

export interface ConfirmRequest {
  previewId: string;
  unit: UnitInput;
  year: number;
  templateId: string;
  mapping: ImportMappingChoice[];
  overrides?: Pick<ReportPatch, 'title' | 'addressee' | 'opening' | 'signatureName' | 'signatureDate'> | undefined;
}

interface Kept {
  fileName: string;
  format: ImportFormat;
  encoding: string | null;
  parsed: ParsedReport;
  templateId: string;
  mapping: TemplateMapping;
}

const nonSpace = (s: string) => s.replace(/\s/g, '').length;

/** Decoded size of a base64 string, without decoding it. */
export function base64Bytes(data: string): number {
  const clean = data.replace(/[^A-Za-z0-9+/=]/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

export class ImportService {
  private readonly previews = new Map<string, Kept>();

  constructor(
    private readonly store: Store,
    private readonly templates: readonly Template[],
    readonly reader: ImportReader = new ImportReader(),
  ) {}

  private template(id: string | undefined, unitName: string): Template {
    const template = pickTemplate(this.templates, id, guessUnitKind(unitName) ?? 'township');
    if (!template) throw new AppError('TEMPLATE_INVALID', '没有可用的报告模板，无法导入。请检查程序的模板文件。');
    return template;
  }

  private keep(id: string, kept: Kept): void {
    this.previews.delete(id);
    this.previews.set(id, kept);
    while (this.previews.size > PREVIEWS_KEPT) this.previews.delete(this.previews.keys().next().value!);
  }

  private async source(req: PreviewRequest): Promise<Omit<Kept, 'templateId' | 'mapping'>> {
    if (req.previewId !== undefined) {
      const earlier = this.previews.get(req.previewId);
      if (!earlier) throw new AppError('IMPORT_EXPIRED');
      return earlier;
    }
    if (req.text !== undefined) {
      if (req.text.trim() === '') throw new AppError('IMPORT_EMPTY', '没有粘贴任何文字。');
      return { fileName: req.fileName || '粘贴的文字', format: 'paste', encoding: null, parsed: parseReportText(req.text) };
    }
    const data = req.data ?? '';
    const fileName = req.fileName ?? '';
    // Judged on the length, before a byte is decoded.
    if (base64Bytes(data) > MAX_IMPORT_FILE_BYTES) throw new AppError('IMPORT_TOO_LARGE');
    const extracted = await this.reader.read(fileName, Buffer.from(data, 'base64'));
    return { fileName, format: extracted.format, encoding: extracted.encoding ?? null, parsed: parseReportText(extracted.text) };
  }

  /** Reads and maps a file (or pasted text); nothing is stored but the preview in memory. */
  async preview(req: PreviewRequest): Promise<ImportPreview> {
    const src = await this.source(req);
    const { parsed } = src;
    const unitName = req.unitName?.trim() || parsed.unitName;
    const template = this.template(req.templateId, unitName);
    const mapping = mapReportToTemplate(parsed, template);
    const previewId = req.previewId ?? randomUUID();
    this.keep(previewId, { ...src, templateId: template.id, mapping });

    const year = req.year ?? parsed.year;
    const fill = titleFiller(template, unitName, year);
    const sources = flattenSources(parsed);
    const entries = sources.map((s, i) => {
      const e = mapping.entries[i]!;
      const t = e.targetKey === null ? null : findTemplateSection(template, e.targetKey);
      return {
        sourceIndex: s.index,
        sourceTitle: s.section.title,
        level: s.level,
        parentIndex: s.parentIndex,
        targetKey: e.targetKey,
        targetTitle: t ? fill(t.title) : null,
        score: Math.round(e.score * 1000) / 1000,
        chars: nonSpace(s.section.body),
      };
    });
    const existingReportIds = this.store.reports
      .list()
      .filter((r) => r.unitName === unitName && r.year === year)
      .map((r) => r.id);
    return {
      previewId,
      fileName: src.fileName,
      format: src.format,
      encoding: src.encoding,
      title: parsed.title,
      addressee: parsed.addressee,
      opening: parsed.opening,
      closing: parsed.closing,
      unitName,
      unitKind: guessUnitKind(unitName),
      shortName: unitName ? shortUnitName(unitName) : '',
      year,
      signatureName: parsed.signatureName,
      signatureDate: parsed.signatureDate,
      headingStyle: parsed.headingStyle,
      dropped: parsed.dropped,
      repairs: parsed.repairs,
      punctuationFixes: parsed.punctuationFixes,
      areaSet: mapping.areaSet,
      entries,
      template: { id: template.id, name: template.name, version: template.version },
      targets: importTargets(template, fill),
      totalChars: entries.reduce((n, e) => n + e.chars, 0),
      existingReportIds,
    };
  }

  /** Creates the report from a preview and the user's decisions, in one transaction. */
  confirm(req: ConfirmRequest): Report {
    const kept = this.previews.get(req.previewId);
    if (!kept) throw new AppError('IMPORT_EXPIRED');
    const template = this.templates.find((t) => t.id === req.templateId);
    if (!template) throw new AppError('NOT_FOUND', '没有找到所选的报告模板，可能模板文件已被删除或有误。');
    const proposal = kept.templateId === template.id ? kept.mapping : mapReportToTemplate(kept.parsed, template);
    const build = buildImportedReport({
      parsed: kept.parsed,
      proposal,
      template,
      choices: req.mapping,
      unit: req.unit,
      year: req.year,
      overrides: req.overrides,
    });
    const { db, reports, history } = this.store;
    const id = db.transaction(() => {
      const created = reports.create(build.report);
      // Ids are handed out in insertion order, which is the order of build.report.sections.
      const ids = created.sections.map((s) => s.id).sort((a, b) => a - b);
      const review = db.prepare("UPDATE sections SET status = 'review' WHERE id = ?");
      ids.forEach((sid, k) => {
        if (build.fromFile[k]) review.run(sid);
      });
      history.snapshot(reports.open(created.id), 'import', `导入：${kept.fileName}`);
      return created.id;
    })();
    this.previews.delete(req.previewId);
    return reports.open(id);
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}

function titleFiller(template: Template, unitName: string, year: number | null): (title: string) => string {
  const y = year ?? new Date().getFullYear();
  const values: Record<string, string> = {
    '{单位}': unitName,
    '{单位简称}': unitName ? shortUnitName(unitName) : '',
    '{年度}': String(y),
    '{下一年度}': String(y + 1),
    '{上级机关}': '上级党委、政府',
  };
  return (title) => fillPlaceholders(title, values);
}

/** Every section a source may be mapped onto: the parts, their children, every set's areas. */
function importTargets(template: Template, fill: (t: string) => string): ImportTarget[] {
  const out: ImportTarget[] = [];
  const add = (s: TemplateSection, parentKey: string | null, areaSet: ImportTarget['areaSet']) =>
    out.push({ key: s.key, title: fill(s.title), level: s.level, parentKey, areaSet, required: s.required });
  const walk = (list: readonly TemplateSection[], parentKey: string | null) => {
    for (const s of list) {
      add(s, parentKey, null);
      walk(s.children, s.key);
      if (s.key !== template.areaParent) continue;
      for (const set of template.areaSets) {
        // The custom set's one area is a pattern, not a target: its sections get numbered keys.
        if (set.id === 'custom') continue;
        for (const area of set.areas) add(area, s.key, set.id);
      }
    }
  };
  walk(template.sections, null);
  return out;
}
