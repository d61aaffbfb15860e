// The report an import creates, as rows for ReportRepo.create: the template's outline with the
// file's sections placed into the sections they were mapped to. Rules:
// - a section mapped to a part goes to the top; a sub-heading stays under its heading whatever
//   its key (the key links guidance); a level-1 work area of a report without a part-one heading
//   goes under part one;
// - an unmapped section stays in place as the unit's own: at the top for a level-1 one, under
//   wherever its level-1 section went for a level-2 one;
// - dropping a level-1 section drops its children;
// - the required parts the file lacks are added empty, in template order; areas never are;
// - titles are the file's own headings (the template key links guidance and checks).
import { AppError } from '../../../shared/errors';
import { flattenSources, type SourceEntry } from '../../../shared/import/assemblePreview';
import type { ParsedReport } from '../../../shared/import/parseText';
import type { TemplateMapping } from '../../../shared/import/mapToTemplate';
import { fillPlaceholders, placeholderValues } from '../../../shared/gongwen/placeholders';
import { findTemplateSection, templateKeyBase } from '../../../shared/templates/instantiate';
import type { AreaSetId, Template, TemplateSection } from '../../../shared/templates/schema';
import type { ImportMappingChoice, ParsedInput } from '../../../shared/api';
import type { NewReport, NewSection } from '../reports/reportRepo';

interface Node {
  key: string | null;
  title: string;
  body: string;
  required: boolean;
  fromFile: boolean;
  children: Node[];
}

export interface ImportBuildInput {
  parsed: ParsedReport;
  /** The proposal (mapReportToTemplate against `template`). */
  proposal: TemplateMapping;
  template: Template;
  choices: readonly ImportMappingChoice[];
  unit: ParsedInput<'confirmImport'>['unit'];
  year: number;
  overrides?: ParsedInput<'confirmImport'>['overrides'];
}

export interface ImportBuild {
  /** Sections from the file are 待核对 (review); added template sections start empty. */
  report: NewReport;
  areaSet: AreaSetId;
}

/** Where each template key sits: its parent key (null at the top) and its document order. */
function templateIndex(template: Template): Map<string, { parent: string | null; order: number }> {
  const index = new Map<string, { parent: string | null; order: number }>();
  let order = 0;
  const walk = (list: readonly TemplateSection[], parent: string | null) => {
    for (const s of list) {
      index.set(s.key, { parent, order: order++ });
      walk(s.children, s.key);
      if (s.key === template.areaParent) for (const set of template.areaSets) walk(set.areas, s.key);
    }
  };
  walk(template.sections, null);
  return index;
}

function chooseAreaSet(template: Template, keys: readonly string[], proposed: AreaSetId): AreaSetId {
  if (keys.some((k) => k.includes('#'))) return 'custom';
  let best: { id: AreaSetId; n: number } | null = null;
  for (const set of template.areaSets) {
    const n = set.areas.filter((a) => keys.includes(a.key)).length;
    if (n > 0 && (!best || n > best.n)) best = { id: set.id, n };
  }
  if (best) return best.id;
  return template.areaSets.some((s) => s.id === proposed) ? proposed : (template.areaSets.find((s) => s.default)?.id ?? 'custom');
}

export function buildImportedReport(input: ImportBuildInput): ImportBuild {
  const { parsed, proposal, template, unit, year } = input;
  const sources = flattenSources(parsed);
  if (proposal.entries.length !== sources.length) throw new AppError('INTERNAL');
  const target = new Map<number, string | null>(proposal.entries.map((e, i) => [i, e.targetKey]));
  const dropped = new Set<number>();
  for (const c of input.choices) {
    if (c.sourceIndex >= sources.length) throw new AppError('BAD_INPUT', '对应关系中有不存在的章节，请重新导入。');
    target.set(c.sourceIndex, c.targetKey);
    if (c.drop) dropped.add(c.sourceIndex);
  }
  for (const s of sources) if (s.parentIndex !== null && dropped.has(s.parentIndex)) dropped.add(s.index);

  const index = templateIndex(template);
  const owner = new Map<string, SourceEntry>();
  for (const s of sources) {
    const key = target.get(s.index) ?? null;
    if (dropped.has(s.index) || key === null) continue;
    if (!index.has(templateKeyBase(key)) || (key.includes('#') && templateKeyBase(key) === key)) {
      throw new AppError('BAD_INPUT', `「${s.section.title}」对应的模板章节不存在，请重新选择。`);
    }
    const other = owner.get(key);
    if (other) {
      throw new AppError('BAD_INPUT', `「${other.section.title}」和「${s.section.title}」对应到了同一个模板章节，请只保留一个，或把其中一个设为本单位自有章节。`);
    }
    owner.set(key, s);
  }
  const areaSet = chooseAreaSet(template, [...owner.keys()], proposal.areaSet);

  const values = placeholderValues(unit, year);
  const orderOf = (node: Node) => {
    if (node.key === null) return -1;
    const base = index.get(templateKeyBase(node.key))?.order ?? 0;
    const n = Number(/#(\d+)$/.exec(node.key)?.[1] ?? 0);
    return base + n / 1000;
  };
  const skeleton = (t: TemplateSection): Node => ({
    key: t.key,
    title: fillPlaceholders(t.title, values),
    body: '',
    required: t.required,
    fromFile: false,
    children: [],
  });
  /** Before the first keyed sibling that comes later in the template (else last): the file's own
   *  sequence, unit's own sections included, is never split. */
  const insertInOrder = (list: Node[], node: Node) => {
    const order = orderOf(node);
    const later = list.findIndex((n) => n.key !== null && orderOf(n) > order);
    list.splice(later < 0 ? list.length : later, 0, node);
  };

  const top: Node[] = [];
  const byKey = new Map<string, Node>();
  const ensureTop = (key: string): Node => {
    const existing = byKey.get(key);
    if (existing) return existing;
    const node = skeleton(findTemplateSection(template, key)!);
    byKey.set(key, node);
    insertInOrder(top, node);
    return node;
  };
  const nodeOf = new Map<number, Node>();
  for (const s of sources) {
    if (dropped.has(s.index)) continue;
    const key = target.get(s.index) ?? null;
    const tsec = key === null ? null : findTemplateSection(template, key);
    const placeholder = key === null ? undefined : byKey.get(key);
    if (placeholder) {
      // A part created earlier to hold an area that came before the part itself in the file.
      Object.assign(placeholder, { title: s.section.title, body: s.section.body, fromFile: true });
      nodeOf.set(s.index, placeholder);
      continue;
    }
    const node: Node = { key, title: s.section.title, body: s.section.body, required: tsec?.required ?? false, fromFile: true, children: [] };
    nodeOf.set(s.index, node);
    if (key !== null) byKey.set(key, node);
    const parentKey = key === null ? null : (index.get(templateKeyBase(key))?.parent ?? null);
    if (key !== null && parentKey === null) {
      // A part of the report, wherever the file had it.
      top.push(node);
    } else if (s.parentIndex !== null) {
      // A sub-heading stays under its heading: the report keeps its own structure.
      nodeOf.get(s.parentIndex)!.children.push(node);
    } else if (parentKey !== null) {
      // A level-1 work area of a report without a part-one heading goes under part one.
      ensureTop(parentKey).children.push(node);
    } else {
      top.push(node);
    }
  }

  // The parts of the 规定 the file did not have, added once and empty, in template order. The
  // areas of part one are guidance: none is ever added (design.md: import never invents sections).
  for (const part of template.sections) {
    if (!part.required && !byKey.has(part.key)) continue;
    const node = ensureTop(part.key);
    for (const child of part.children) {
      if (child.required && !byKey.has(child.key)) {
        const c = skeleton(child);
        byKey.set(child.key, c);
        insertInOrder(node.children, c);
      }
    }
  }

  const sections: NewSection[] = [];
  const emit = (node: Node, parentIndex: number | null, level: number) => {
    const at = sections.length;
    sections.push({
      parentIndex,
      level: Math.min(4, level),
      templateKey: node.key,
      title: node.title,
      body: node.body,
      required: node.required,
      ...(node.fromFile ? { status: 'review' as const } : {}),
    });
    for (const child of node.children) emit(child, at, level + 1);
  };
  for (const node of top) emit(node, null, 1);

  const o = input.overrides ?? {};
  return {
    areaSet,
    report: {
      unit,
      year,
      templateId: template.id,
      templateVersion: template.version,
      title: o.title ?? (parsed.title || fillPlaceholders(template.titlePattern, values)),
      addressee: o.addressee ?? (parsed.addressee || unit.superior || ''),
      opening: o.opening ?? parsed.opening,
      closing: parsed.closing,
      signatureName: o.signatureName ?? (parsed.signatureName || unit.signatureName || unit.fullName),
      signatureDate: o.signatureDate ?? parsed.signatureDate,
      headingStyle: parsed.headingStyle,
      sections,
    },
  };
}
