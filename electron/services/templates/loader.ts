// Loads the report templates shipped in resources/templates. One broken file must not stop the
// app: it is reported (file and field) and skipped, and the other templates still load.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTemplateText } from '../../../shared/templates/parse';
import type { Template } from '../../../shared/templates/schema';

export interface TemplateProblem {
  /** Absolute path of the file (or of the folder, when the folder itself is unusable). */
  file: string;
  /** Plain Chinese, naming the file and the field. */
  message: string;
}

export interface LoadedTemplates {
  /** Sorted by file name, so the order is the same on every machine. */
  templates: Template[];
  problems: TemplateProblem[];
}

export function loadTemplates(dir: string): LoadedTemplates {
  const root = path.resolve(dir);
  const templates: Template[] = [];
  const problems: TemplateProblem[] = [];

  let names: string[];
  try {
    names = fs
      .readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.json'))
      .map((e) => e.name)
      .sort();
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? '不存在' : '无法读取';
    problems.push({ file: root, message: `模板文件夹 ${displayPath(root)} ${reason}，没有可用的报告模板。` });
    return { templates, problems };
  }

  const byId = new Map<string, string>();
  for (const name of names) {
    const file = path.join(root, name);
    const shown = displayPath(file);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      problems.push({ file, message: `模板文件 ${shown} 无法读取。` });
      continue;
    }
    const result = parseTemplateText(text, shown);
    if (!result.ok) {
      problems.push({ file, message: result.message });
      continue;
    }
    const earlier = byId.get(result.template.id);
    if (earlier) {
      problems.push({
        file,
        message: `模板文件 ${shown} 有误：id 「${result.template.id}」与 ${earlier} 重复，已忽略此文件`,
      });
      continue;
    }
    byId.set(result.template.id, shown);
    templates.push(result.template);
  }
  return { templates, problems };
}

/**
 * The folder holding the templates. An explicit dir wins (the packaged app passes its resources
 * path); otherwise the repository's resources/templates, found from this file's location when
 * running from source and from the working directory as a fallback.
 */
export function templatesDir(dir?: string): string {
  if (dir) return path.resolve(dir);
  const candidates = [
    fileURLToPath(new URL('../../../resources/templates', import.meta.url)),
    path.resolve(process.cwd(), 'resources', 'templates'),
  ];
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0]!;
}

/** Paths inside the working directory are shown relative to it, as developers know them. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
