// ESLint rule `layers/imports`: which modules a file may import, by the runtime layer it lives in
// (the way VS Code's code-import-patterns rule works). Options:
//   allowPackages: bare specifiers allowed ('react' also allows 'react/x'; '@scope/*' a whole scope);
//                  when given, every other package is refused (node: built-ins included)
//   denyPackages:  bare specifiers refused (same matching)
//   allowDirs:     top-level folders relative imports may reach (others refused)
//   denyDirs:      top-level folders relative imports may not reach
//   denyPaths:     folders (relative to the project, e.g. 'electron/cli') relative imports may not reach
//   message:       the Chinese explanation shown with each violation
import { dirname, relative, resolve, sep } from 'node:path';

function matchesPackage(spec, pattern) {
  if (pattern.endsWith('/*')) return spec.startsWith(pattern.slice(0, -1));
  return spec === pattern || spec.startsWith(`${pattern}/`);
}

/** The import's target relative to the project, with '/' separators ('..' when outside it). */
function targetPath(root, filename, spec) {
  const target = relative(root, resolve(dirname(filename), spec));
  return target.startsWith('..') ? '..' : target.split(sep).join('/');
}

export const layersPlugin = {
  rules: {
    imports: {
      meta: {
        type: 'problem',
        schema: [
          {
            type: 'object',
            properties: {
              allowPackages: { type: 'array', items: { type: 'string' } },
              denyPackages: { type: 'array', items: { type: 'string' } },
              allowDirs: { type: 'array', items: { type: 'string' } },
              denyDirs: { type: 'array', items: { type: 'string' } },
              denyPaths: { type: 'array', items: { type: 'string' } },
              message: { type: 'string' },
            },
            additionalProperties: false,
          },
        ],
        messages: { refused: "'{{spec}}': {{message}}" },
      },
      create(context) {
        const opts = context.options[0] ?? {};
        const root = context.cwd;
        const check = (node, spec) => {
          if (typeof spec !== 'string') return;
          let ok = true;
          if (spec.startsWith('.')) {
            const target = targetPath(root, context.filename, spec);
            const folder = target.split('/')[0];
            if (opts.allowDirs && !opts.allowDirs.includes(folder)) ok = false;
            if (opts.denyDirs?.includes(folder)) ok = false;
            if (opts.denyPaths?.some((p) => target === p || target.startsWith(`${p}/`))) ok = false;
          } else {
            if (opts.allowPackages && !opts.allowPackages.some((p) => matchesPackage(spec, p))) ok = false;
            if (opts.denyPackages?.some((p) => matchesPackage(spec, p))) ok = false;
          }
          if (!ok) context.report({ node, messageId: 'refused', data: { spec, message: opts.message ?? '' } });
        };
        const fromSource = (node) => node.source && check(node.source, node.source.value);
        return {
          ImportDeclaration: fromSource,
          ExportNamedDeclaration: fromSource,
          ExportAllDeclaration: fromSource,
          ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
          CallExpression: (node) => {
            if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
              check(node.arguments[0], node.arguments[0].value);
            }
          },
        };
      },
    },
  },
};
