// Lint, including the runtime layering rule (scripts/eslintLayers.js, as VS Code's import patterns do):
//   shared/    imports nothing of Node, the DOM, React or Electron — only zod and itself;
//   renderer/  imports only shared/, itself and browser packages;
//   electron/  only the thin shell (main, preload, ipc, readerHost and electron/shell/) may import 'electron';
//              electron/services/ never imports services/api/, cli/ or web/ (they call the services).
// Every file is at most 400 lines (max-lines).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import { layersPlugin } from './scripts/eslintLayers.js';

const ELECTRON_SHELL = ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/readerHost.ts', 'electron/shell/**/*.ts'];

/** Packages the renderer may import: browser-only libraries. Everything else is refused. */
// Pure, platform-free libraries shared/ may use: zod (the contract), opencc-js (reading
// traditional-script reports in simplified script, shared/text/script.ts).
const SHARED_PACKAGES = ['zod', 'opencc-js', 'jsonc-parser', 'fastest-levenshtein'];
const RENDERER_PACKAGES = ['react', 'react-dom', '@codemirror/*', 'diff', ...SHARED_PACKAGES];

const layer = (files, options, extra = {}) => ({
  files,
  plugins: { layers: layersPlugin },
  rules: { 'layers/imports': ['error', options], ...extra },
});

export const layeringRules = [
  layer(
    ['shared/**/*.ts'],
    { allowPackages: SHARED_PACKAGES, allowDirs: ['shared'], message: 'shared/ 只能是纯 TypeScript：不得引用 Node、DOM、React、Electron 或 shared/ 以外的文件。' },
    { 'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname'] },
  ),
  layer(
    ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    { allowPackages: RENDERER_PACKAGES, allowDirs: ['renderer', 'shared'], message: 'renderer/ 只能引用 shared/、自身文件和浏览器端库。' },
    { 'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'] },
  ),
  {
    ...layer(['electron/**/*.ts', '*.config.ts'], {
      denyPackages: ['electron'],
      denyDirs: ['renderer'],
      message: '只有外壳文件（main、preload、ipc、readerHost 和 electron/shell/）可以引用 electron；主进程不得引用 renderer/。',
    }),
    ignores: ELECTRON_SHELL,
  },
  // Inside the main process the calls flow one way: api/ (the handler table) and cli/ use the
  // services; a service never reaches back into api/ or cli/. (Replaces the rule above for these
  // files, so it repeats its options.)
  {
    ...layer(['electron/services/**/*.ts'], {
      denyPackages: ['electron'],
      denyDirs: ['renderer'],
      denyPaths: ['electron/services/api', 'electron/cli', 'electron/web'],
      message: '服务层（electron/services/）不得引用 electron、renderer/，也不得反过来引用 api/、cli/ 或 web/：由它们调用服务。',
    }),
    ignores: ['electron/services/api/**'],
  },
  // Tests may load renderer modules (pure ones, under Node) but never the Electron binary.
  layer(['test/**/*.ts', 'test/**/*.tsx'], { denyPackages: ['electron'], message: '测试不得加载 electron（此环境没有 Electron 程序）；需要时用 vi.mock。' }),
  {
    ...layer(ELECTRON_SHELL, { denyDirs: ['renderer'], message: '主进程不得引用 renderer/。' }),
  },
];

/** A spread in a call passes every element as an argument: a list built from user text (an entry
 *  per mark, per line, per finding) overflows the call stack somewhere past 100,000 entries. */
const NO_SPREAD_ARGUMENTS = [
  {
    selector: "CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement",
    message: '不要用 push(...list)：列表很长（每个标点、每行一项）时会超出调用栈。请用循环、concat 或 flat()。',
  },
  {
    selector: "CallExpression[callee.object.name='Math'] > SpreadElement, CallExpression[callee.property.name=/^fromC(harCode|odePoint)$/] > SpreadElement",
    message: '不要把可能很长的列表展开为函数参数（Math.max(...list) 等）：会超出调用栈。请用循环或 reduce。',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', '.bench/**', 'test/fixtures/**', 'electron/cli/bin.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A file longer than a screenful of screens does more than one job: split it by job.
      'max-lines': ['error', { max: 400 }],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...layeringRules,
  { files: ['shared/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'], rules: { 'no-restricted-syntax': ['error', ...NO_SPREAD_ARGUMENTS] } },
  // Writes wait their turn: a deferred transaction fails at once when another writer (the CLI while
  // the app autosaves) committed since it read; writeTransaction starts IMMEDIATE under busy_timeout.
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...NO_SPREAD_ARGUMENTS,
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: '写事务一律用 writeTransaction(db, fn)（electron/services/db/database.ts）：IMMEDIATE 开始，其他写入者占用时等待而不是立即失败。',
        },
      ],
    },
  },
);
