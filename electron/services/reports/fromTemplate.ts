// A new report's first draft from a template (or the plain five-part outline when no template
// could be loaded), as rows for ReportRepo.create.
import type { ParsedInput } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { defaultTitle } from '../../../shared/gongwen/placeholders';
import { instantiateTemplate } from '../../../shared/templates/instantiate';
import type { Template } from '../../../shared/templates/schema';
import type { TemplateSummary, UnitKind } from '../../../shared/types';
import { plainOutline, PLAIN_OUTLINE_ID } from './plainOutline';
import { linkedToParents, type NewReport } from './reportRepo';

export type NewReportRequest = ParsedInput<'createReport'>;

export function summarizeTemplate(t: Template): TemplateSummary {
  return {
    id: t.id,
    version: t.version,
    name: t.name,
    description: t.description,
    unitKinds: t.unitKinds,
    addresseeHint: t.addresseeHint,
    areaSets: t.areaSets.map((a) => ({ id: a.id, name: a.name, description: a.description, default: a.default === true })),
  };
}

export function pickTemplate(templates: readonly Template[], id: string | undefined, kind: UnitKind): Template | null {
  if (id) {
    const found = templates.find((t) => t.id === id);
    if (!found) throw new AppError('NOT_FOUND', '没有找到所选的报告模板，可能模板文件已被删除或有误。');
    return found;
  }
  return templates.find((t) => t.unitKinds.includes(kind)) ?? templates[0] ?? null;
}

export function draftReport(templates: readonly Template[], req: NewReportRequest): NewReport {
  const unit = {
    fullName: req.unit.fullName,
    shortName: req.unit.shortName ?? '',
    kind: req.unit.kind,
    superior: req.unit.superior ?? '',
    signatureName: req.unit.signatureName ?? '',
  };
  const template = pickTemplate(templates, req.templateId, unit.kind);
  const o = req.overrides ?? {};
  if (!template) {
    return {
      unit: req.unit,
      year: req.year,
      templateId: PLAIN_OUTLINE_ID,
      templateVersion: 1,
      title: o.title ?? defaultTitle(unit.fullName, req.year),
      addressee: o.addressee ?? unit.superior,
      opening: o.opening ?? '',
      closing: '',
      signatureName: unit.signatureName || unit.fullName,
      signatureDate: o.signatureDate ?? '',
      sections: plainOutline(),
    };
  }
  const draft = instantiateTemplate(template, { unit, year: req.year, areaSet: req.areaSet, customAreas: req.customAreas });
  const sections = linkedToParents(draft.sections, (s) => s.templateKey, (s) => s.parentKey, (s) => ({
    level: s.level,
    templateKey: s.templateKey,
    title: s.title,
    required: s.required,
  }));
  return {
    unit: req.unit,
    year: req.year,
    templateId: draft.templateId,
    templateVersion: draft.templateVersion,
    title: o.title ?? draft.title,
    addressee: o.addressee ?? draft.addressee,
    opening: o.opening ?? draft.opening,
    closing: draft.closing,
    signatureName: draft.signatureName,
    signatureDate: o.signatureDate ?? draft.signatureDate,
    sections,
  };
}
