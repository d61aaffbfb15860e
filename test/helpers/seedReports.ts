// The five real reports in /work/shared/seeds as test fixtures: raw text, parsed structure, and
// a full Report (synthetic ids) for tests of the exporter, the checks and the reuse features.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReportText, type ParsedReport, type ParsedSection } from '../../shared/import/parseText';
import { mapToTemplate } from '../../shared/import/mapToTemplate';
import { shortUnitName } from '../../shared/import/meta';
import { unitKindOf } from '../../shared/import/unitName';
import { findTemplateSection } from '../../shared/templates/instantiate';
import { parseTemplateText } from '../../shared/templates/parse';
import type { Template } from '../../shared/templates/schema';
import type { Report, Section } from '../../shared/types';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedDir = path.resolve(repoRoot, '../shared/seeds');

/** Seed file names, sorted: 000_… 001_… … 004_…. */
export function seedFiles(): string[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export const SEED_COUNT = 5;

function seedPath(i: number): string {
  const file = seedFiles()[i];
  if (file === undefined) throw new Error(`no seed ${i} in ${seedDir}`);
  return path.join(seedDir, file);
}

export function seedText(i: number): string {
  return readFileSync(seedPath(i), 'utf8');
}

const parsedCache = new Map<number, ParsedReport>();

/** Parsed once per seed; callers get a deep copy so one test's edits cannot leak into another. */
export function seedParsed(i: number): ParsedReport {
  let parsed = parsedCache.get(i);
  if (!parsed) {
    parsed = parseReportText(seedText(i));
    parsedCache.set(i, parsed);
  }
  return structuredClone(parsed);
}

const FIXED_TIME = '2025-01-01T00:00:00.000Z';

/**
 * The seed as a stored report would look: report id i+1, unit id i+1, section ids 1… in
 * document order, level-2 sections under their level-1 parent, positions 0… per parent.
 */
export function seedReport(i: number): Report {
  const parsed = seedParsed(i);
  const kind = unitKindOf(parsed.unitName);
  if (kind === null) throw new Error(`seed ${i}: cannot tell the kind of unit 「${parsed.unitName}」`);
  return parsedReport(parsed, i + 1, kind);
}

/** A parsed report as stored (see seedReport): report and unit id `reportId`, sections numbered 1…. */
function parsedReport(parsed: ParsedReport, reportId: number, kind: NonNullable<ReturnType<typeof unitKindOf>>): Report {
  const sections: Section[] = [];
  let nextId = 1;
  const add = (s: ParsedSection, parentId: number | null, position: number, level: number) => {
    const id = nextId++;
    sections.push({
      id,
      reportId,
      parentId,
      position,
      level,
      templateKey: null,
      title: s.title,
      body: s.body,
      status: 'draft',
      notApplicable: null,
      checkedPoints: [],
      // Not mapped onto a template yet, so nothing is required.
      required: false,
      updatedAt: FIXED_TIME,
    });
    s.children.forEach((child, k) => add(child, id, k, level + 1));
  };
  parsed.sections.forEach((s, k) => add(s, null, k, 1));
  return {
    id: reportId,
    unitId: reportId,
    year: parsed.year ?? 0,
    title: parsed.title,
    addressee: parsed.addressee,
    opening: parsed.opening,
    closing: parsed.closing,
    signatureName: parsed.signatureName,
    signatureDate: parsed.signatureDate,
    templateId: kind,
    templateVersion: 1,
    basedOn: null,
    headingStyle: parsed.headingStyle,
    createdAt: FIXED_TIME,
    updatedAt: FIXED_TIME,
    unit: {
      id: reportId,
      fullName: parsed.unitName,
      shortName: shortUnitName(parsed.unitName),
      kind,
      superior: parsed.addressee,
      signatureName: parsed.signatureName || parsed.unitName,
    },
    sections,
  };
}

/** A template the app ships (resources/templates/<id>.json), through the schema. */
export function shippedTemplate(id: string): Template {
  const file = path.join(repoRoot, 'resources/templates', `${id}.json`);
  const result = parseTemplateText(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(result.message);
  return result.template;
}

/** The shipped template for the seed's kind of unit (004 is a department, the rest townships). */
export function seedTemplate(i: number): Template {
  return shippedTemplate(seedReport(i).templateId);
}

/**
 * Any report text (a published report of the corpus) as an import saves it: parsed, stored as
 * seedReport stores a seed (a unit whose kind cannot be told is taken for a township), and mapped
 * onto the template of its kind as seedMappedReport maps a seed.
 */
export function textMappedReport(text: string, reportId: number, year: number): Report {
  const parsed = parseReportText(text);
  const report = { ...parsedReport(parsed, reportId, unitKindOf(parsed.unitName) ?? 'township'), year };
  return mapped(report, parsed, shippedTemplate(report.templateId));
}

function mapped(report: Report, parsed: ParsedReport, template: Template): Report {
  const entries = mapToTemplate(parsed, template);
  if (entries.length !== report.sections.length) throw new Error(`report ${report.id}: mapping and sections differ`);
  // Both lists are in document order: each level-1 section followed by its children.
  entries.forEach((entry, k) => {
    const section = report.sections[k]!;
    section.templateKey = entry.targetKey;
    section.required = entry.targetKey ? (findTemplateSection(template, entry.targetKey)?.required ?? false) : false;
  });
  return report;
}

/**
 * seedReport(i) with each section's templateKey and required flag taken from mapToTemplate
 * against seedTemplate(i), as an import would save it; unmatched sections stay custom (null).
 */
export function seedMappedReport(i: number): Report {
  return mapped(seedReport(i), seedParsed(i), seedTemplate(i));
}
