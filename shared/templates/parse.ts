// Turning a template file's text into a Template, or into a message a user can act on: it names
// the file and the field, e.g. 「模板文件 resources/templates/x.json 有误：sections[2].title 缺少必填字段」.
import type { z } from 'zod';
import { pathText, templateSchema, type Template } from './schema';

export interface TemplateIssue {
  /** Field path inside the file, e.g. 'sections[2].title'; '' for the whole file. */
  field: string;
  message: string;
}

export type TemplateParseResult =
  | { ok: true; template: Template }
  | { ok: false; message: string; issues: TemplateIssue[] };

const TYPE_LABEL: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true 或 false）',
  array: '数组（[...]）',
  object: '对象（{...}）',
};

/** Validates already-parsed JSON. `file` is only used in the message. */
export function parseTemplate(data: unknown, file: string): TemplateParseResult {
  const result = templateSchema.safeParse(data);
  if (result.success) return { ok: true, template: result.data };
  const issues = result.error.issues.map((issue) => describeIssue(issue, data));
  return { ok: false, message: fileMessage(file, issues), issues };
}

/** Parses the file's text (JSON) and validates it. */
export function parseTemplateText(text: string, file: string): TemplateParseResult {
  // A BOM is common in files saved by Windows editors and is not an error worth reporting.
  const json = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    const issue: TemplateIssue = { field: '', message: jsonErrorText(json, err) };
    return { ok: false, message: fileMessage(file, [issue]), issues: [issue] };
  }
  return parseTemplate(data, file);
}

function fileMessage(file: string, issues: TemplateIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => (i.field ? `${i.field} ${i.message}` : i.message));
  const more = issues.length > 5 ? `；另有 ${issues.length - 5} 处问题` : '';
  return `模板文件 ${file} 有误：${shown.join('；')}${more}`;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): TemplateIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = pathText(path);
  const present = valueAt(data, path) !== undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (!present) return { field, message: '缺少必填字段' };
      return { field, message: `类型不对，应为${TYPE_LABEL[issue.expected] ?? issue.expected}` };
    case 'too_small':
      if (issue.origin === 'string') return { field, message: '不能为空' };
      if (issue.origin === 'array') return { field, message: `至少应有 ${issue.minimum} 项` };
      return { field, message: `不能小于 ${issue.minimum}` };
    case 'too_big':
      return { field, message: `不能大于 ${issue.maximum}` };
    case 'invalid_value':
      return { field, message: `取值不对，只能是 ${issue.values.map(String).join('、')}` };
    case 'unrecognized_keys':
      return { field, message: `有无法识别的字段 ${issue.keys.join('、')}（是否拼写有误？）` };
    case 'invalid_format':
      return { field, message: `格式不对：${issue.message}` };
    default:
      // Our own refinements carry Chinese messages; zod's built-in ones do not.
      return { field, message: /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '内容不符合要求' };
  }
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let cur: unknown = data;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[part];
  }
  return cur;
}

/** JSON.parse messages differ between engines; report a line and column we compute ourselves. */
function jsonErrorText(text: string, err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const truncated = '不是有效的 JSON（文件不完整，可能缺少结尾的括号）';
  if (/end of JSON input/i.test(raw)) return truncated;
  const pos = /position (\d+)/.exec(raw);
  if (pos) {
    if (Number(pos[1]) >= text.trimEnd().length) return truncated;
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `不是有效的 JSON（第 ${line} 行第 ${column} 列附近）`;
  }
  const lc = /line (\d+) column (\d+)/.exec(raw);
  if (lc) return `不是有效的 JSON（第 ${lc[1]} 行第 ${lc[2]} 列附近）`;
  return `不是有效的 JSON（${raw.slice(0, 80)}）`;
}
