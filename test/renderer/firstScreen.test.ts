// What the first screen (the library) loads is what renderer/main.tsx reaches through static imports;
// everything behind an import() comes later, in a chunk of its own. An innocent import (a constant
// from a module that also builds a zod schema, a helper beside OpenCC's dictionaries) would pull a
// large library back onto the first screen, and the bundle bench would only notice it in a bench
// run: walk the graph here, as the bundler does, and name the offender's import chain.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Packages a module imports at run time, and its own files (type-only imports and import() left out). */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const runtime =
        !clause ||
        (!clause.isTypeOnly &&
          (clause.name !== undefined ||
            (bindings !== undefined && (ts.isNamespaceImport(bindings) || bindings.elements.some((e) => !e.isTypeOnly)))));
      if (runtime) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      out.push(node.moduleSpecifier.text);
    }
  }
  return out;
}

function resolveFile(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => existsSync(f) && statSync(f).isFile());
  if (!found) throw new Error(`cannot resolve ${spec} from ${from}`);
  return found;
}

/** Every module `entry` loads before it runs, each with the chain that brings it in. */
function staticGraph(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const chain = chains.get(file)!;
    for (const spec of staticImports(file)) {
      const target = spec.startsWith('.') ? resolveFile(file, spec) : spec;
      if (chains.has(target)) continue;
      chains.set(target, [...chain, target]);
      if (spec.startsWith('.')) queue.push(target);
    }
  }
  return chains;
}

const show = (chain: string[]) => chain.map((f) => (f.startsWith('/') ? relative(ROOT, f) : f)).join(' → ');

/** The packages in the graph that match `banned`, with how each gets there (empty: none). */
function offenders(graph: Map<string, string[]>, banned: RegExp): string[] {
  return [...graph].filter(([id]) => !id.startsWith('/') && banned.test(id)).map(([, chain]) => show(chain));
}

describe('the first screen’s code', () => {
  const library = staticGraph(resolve(ROOT, 'renderer/main.tsx'));

  it('is found by the walk: React, the library screen and the API contract are in it', () => {
    expect(library.has('react-dom/client')).toBe(true);
    expect(library.has(resolve(ROOT, 'renderer/library/LibraryScreen.tsx'))).toBe(true);
    expect(library.has(resolve(ROOT, 'shared/api.ts'))).toBe(true);
  });

  it('loads no zod, no OpenCC dictionaries, no editor and no diff', () => {
    expect(offenders(library, /^(zod|opencc-js|@codemirror\/|diff$|jsonc-parser)/)).toEqual([]);
  });

  it('leaves the workspace, the import, package-import and 数据与备份 dialogs to import()', () => {
    const later = ['renderer/workspace/WorkspaceScreen.tsx', 'renderer/import/ImportDialog.tsx', 'renderer/package/PackageImportDialog.tsx', 'renderer/components/DataBackupDialog.tsx'];
    expect(later.filter((f) => library.has(resolve(ROOT, f))).map((f) => show(library.get(resolve(ROOT, f))!))).toEqual([]);
  });

  it('opens a report without zod: the contract’s schemas are built where payloads are checked', () => {
    const workspace = staticGraph(resolve(ROOT, 'renderer/workspace/WorkspaceScreen.tsx'));
    expect(workspace.has('@codemirror/view')).toBe(true);
    expect(offenders(workspace, /^zod/)).toEqual([]);
  });
});
