// The lint guards (the layering rule, the 400-line limit) must fail the build on a violation: lint
// deliberate violations as if they were files in each layer, and clean code as a control.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

/** What the layering rule says of `code` in `filePath`: its import rule and its globals rule. */
async function layerViolations(code: string, filePath: string): Promise<string[]> {
  return (await ruleIds(code, filePath)).filter((id) => id === 'layers/imports' || id === 'no-restricted-globals');
}

describe('layering lint rule', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'shared/bad.ts'],
    ["import { join } from 'path';\nexport const x = join;", 'shared/bad.ts'],
    ["import { app } from 'electron';\nexport const x = app;", 'shared/bad.ts'],
    ["import { useState } from 'react';\nexport const x = useState;", 'shared/bad.ts'],
    ["import Database from 'better-sqlite3';\nexport const x = Database;", 'shared/bad.ts'],
    ["import { openStore } from '../electron/services/store';\nexport const x = openStore;", 'shared/bad.ts'],
    ["export const x = () => document.title;", 'shared/bad.ts'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'renderer/bad.ts'],
    ["import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;", 'renderer/bad.ts'],
    ["import Database from 'better-sqlite3';\nexport const x = Database;", 'renderer/bad.ts'],
    ["import { openStore } from '../electron/services/store';\nexport const x = openStore;", 'renderer/bad.ts'],
    ["export const x = () => process.env;", 'renderer/bad.ts'],
    ["import { app } from 'electron';\nexport const x = app;", 'electron/services/bad.ts'],
    ["import { app } from 'electron';\nexport const x = app;", 'electron/cli/bad.ts'],
    // Services never call back into the layers that call them.
    ["import { createHandlers } from '../api/handlers';\nexport const x = createHandlers;", 'electron/services/reports/bad.ts'],
    ["import { dispatch } from './api/dispatch';\nexport const x = dispatch;", 'electron/services/bad.ts'],
    ["import { COMMANDS } from '../../cli/commands';\nexport const x = COMMANDS;", 'electron/services/export/bad.ts'],
    ["import { startServer } from '../../web/server';\nexport const x = startServer;", 'electron/services/import/bad.ts'],
    ["import { app } from 'electron';\nexport const x = app;", 'electron/services/api/bad.ts'],
  ])('rejects %s in %s', async (code, file) => {
    expect(await layerViolations(code, file)).not.toEqual([]);
  });

  it.each([
    ["import { z } from 'zod';\nimport { AppError } from './errors';\nexport const x = [z, AppError];", 'shared/ok.ts'],
    ["import { useState } from 'react';\nimport { CALL_NAMES } from '../shared/api';\nexport const x = [useState, CALL_NAMES];", 'renderer/ok.ts'],
    ["import { EditorView } from '@codemirror/view';\nexport const x = EditorView;", 'renderer/ok.ts'],
    ["import { app } from 'electron';\nexport const x = app;", 'electron/main.ts'],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", 'electron/services/ok.ts'],
    ["import { openStore } from '../store';\nimport { dispatch } from './dispatch';\nexport const x = [openStore, dispatch];", 'electron/services/api/ok.ts'],
    ["import { createHandlers } from '../services/api/handlers';\nexport const x = createHandlers;", 'electron/cli/ok.ts'],
    ["import { openStore } from './store';\nimport { apiLike } from './apiLike';\nexport const x = [openStore, apiLike];", 'electron/services/ok.ts'],
  ])('accepts %s in %s', async (code, file) => {
    expect(await layerViolations(code, file)).toEqual([]);
  });

  it('refuses a write transaction not started through writeTransaction (IMMEDIATE)', async () => {
    const code = "import type { Db } from '../db/database';\nexport const f = (db: Db) => db.transaction(() => 1)();";
    expect(await ruleIds(code, 'electron/services/reports/bad.ts')).toContain('no-restricted-syntax');
    const ok = "import { writeTransaction, type Db } from '../db/database';\nexport const f = (db: Db) => writeTransaction(db, () => 1);";
    expect(await ruleIds(ok, 'electron/services/reports/ok.ts')).toEqual([]);
  });

  it('refuses a file of more than 400 lines, and only that', async () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const x${i} = ${i};`).join('\n') + '\n';
    for (const file of ['shared/long.ts', 'renderer/Long.tsx', 'electron/services/long.ts', 'test/shared/long.test.ts']) {
      expect(await ruleIds(lines(401), file)).toContain('max-lines');
      expect(await ruleIds(lines(400), file)).not.toContain('max-lines');
    }
  });
});
