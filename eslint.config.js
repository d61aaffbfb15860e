// Lint, including the runtime layering rule (as VS Code's import patterns do):
//   shared/    imports nothing of Node, the DOM, React or Electron — only zod and itself;
//   renderer/  imports only shared/, itself and browser packages;
//   electron/  only the thin shell (main, window, preload, ipc) may import 'electron'.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'worker_threads', 'stream', 'events', 'http', 'https', 'net', 'zlib', 'module'];
const ELECTRON_SHELL = ['electron/main.ts', 'electron/window.ts', 'electron/preload.ts', 'electron/ipc.ts'];

/** Packages the renderer may import: browser-only libraries. Everything else is refused. */
const RENDERER_PACKAGES = ['react', 'react/*', 'react-dom', 'react-dom/*', '@codemirror/*', 'diff', 'zod'];

export const layeringRules = {
  shared: {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: NODE_BUILTINS, message: 'shared/ 只能是纯 TypeScript：不得引用 Node 模块。' },
          { group: ['electron', 'electron/*'], message: 'shared/ 不得引用 electron。' },
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@codemirror/*'], message: 'shared/ 不得引用 React 或 DOM 库。' },
          { group: ['better-sqlite3', 'docx', 'mammoth', 'word-extractor'], message: 'shared/ 不得引用仅主进程可用的库。' },
          { group: ['**/electron/**', '**/renderer/**', '../*/**', '!../shared/**'], message: 'shared/ 只能引用 shared/ 内部的文件。' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  renderer: {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            group: ['*', '!./**', '!../**', ...RENDERER_PACKAGES.map((p) => `!${p}`)],
            message: 'renderer/ 只能引用 shared/、自身文件和浏览器端库。',
          },
          { group: ['**/electron/**', '**/test/**'], message: 'renderer/ 不得引用主进程或测试代码。' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  electronOutsideShell: {
    files: ['electron/**/*.ts', 'test/**/*.ts', 'test/**/*.tsx', '*.config.ts'],
    ignores: ELECTRON_SHELL,
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: '只有 main/window/preload/ipc 四个外壳文件可以引用 electron。' }],
        patterns: [{ group: ['**/renderer/**'], message: '主进程不得引用 renderer/。' }],
      }],
    },
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test/fixtures/**', 'electron/cli/bin.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layeringRules.shared,
  layeringRules.renderer,
  layeringRules.electronOutsideShell,
);
