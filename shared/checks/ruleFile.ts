// The rule files in resources/rules (terms.json, titles.json, lexicon.json) are data the unit may
// edit in Notepad. Each is read here the same way: JSON checked by jsonc-parser (which, unlike
// JSON.parse, says where it gave up), then the schema; every problem comes back in Chinese naming
// the entry and the line and column, so a clerk can find it.
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { z } from 'zod';

export type ParseRuleFileResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** 「第 3 行第 14 列」 for an offset in `text`, people counting from one. */
export function linePlace(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `第 ${before.split('\n').length} 行第 ${before.length - before.lastIndexOf('\n')} 列`;
}

function syntaxPlace(text: string, error: ParseError): string {
  if (error.offset >= text.trimEnd().length) return '文件不完整，可能缺少结尾的括号';
  return `${linePlace(text, error.offset)}附近`;
}

/** ['terms', 3, 'source'] → 「第4项（source）」: the list entry people count from one. */
function describePath(path: readonly PropertyKey[]): string {
  const [, index, ...rest] = path;
  if (typeof index !== 'number') return path.map(String).join('.');
  return `第${index + 1}项${rest.length > 0 ? `（${rest.map(String).join('.')}）` : ''}`;
}

/** The deepest node that exists on the path (a missing field points at its entry). */
function nodeAt(tree: Node, path: readonly PropertyKey[]): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const segments = path.slice(0, n).filter((p): p is string | number => typeof p !== 'symbol');
    const node = findNodeAtLocation(tree, segments);
    if (node) return node;
  }
  return undefined;
}

const chinese = z.locales.zhCN().localeError;

/** Parse the text of a rule file against its schema. Never throws. */
export function parseRuleFile<S extends z.ZodType>(text: string, schema: S): ParseRuleFileResult<z.output<S>> {
  // A BOM from Notepad is no error.
  const json = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const tree = parseTree(json, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    const where = first ? syntaxPlace(json, first) : '文件是空的';
    return { ok: false, errors: [`规则文件不是有效的 JSON（${where}）`] };
  }
  // zod's own messages in Chinese; the schemas' custom messages still take precedence.
  const parsed = schema.safeParse(JSON.parse(json), { error: chinese });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const node = nodeAt(tree, issue.path);
      const place = node ? `（${linePlace(json, node.offset)}）` : '';
      return issue.path.length > 0 ? `${describePath(issue.path)}${place}：${issue.message}` : `${issue.message}${place}`;
    }),
  };
}
