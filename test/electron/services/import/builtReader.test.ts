// The import reader process as the app ships it: one self-contained file (out/reader/
// importReader.cjs, every package inlined) that the bundled reader finds at run time. Built here into
// test-results/ (not out/, which other tests use) and driven through the built CLI.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../helpers/tempDir';
import { repoRoot } from '../../../helpers/seedReports';
import { CORPUS_DIR, VALID_DIR } from './hostileCorpus';

const run = promisify(execFile);
const OUT = path.join(repoRoot, 'test-results', 'import-build');
const CLI = path.join(OUT, 'main', 'cli.js');

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  await run(process.execPath, [path.join(repoRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', OUT, '--logLevel', 'error'], {
    cwd: repoRoot,
    timeout: 180_000,
  });
}, 200_000);

describe('built import reader', () => {
  it('is emitted as one self-contained file beside the main bundle', () => {
    const file = path.join(OUT, 'reader', 'importReader.cjs');
    expect(existsSync(file)).toBe(true);
    expect(existsSync(path.join(OUT, 'main', 'readerDev.mjs'))).toBe(false);
    // Nothing left to load from node_modules: only Node's own modules are required.
    const required = [...readFileSync(file, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
    expect(required.filter((m) => !m.startsWith('node:') && !builtinModules.includes(m))).toEqual([]);
  });

  it('reads a .docx and a .doc through the built CLI, and refuses a hostile file', async () => {
    const dir = tempDataDir();
    for (const file of ['sample.docx', 'sample.doc']) {
      const { stdout } = await run(process.execPath, [CLI, 'import', path.join(VALID_DIR, file), '--json', '--data-dir', dir], { cwd: repoRoot });
      const out = JSON.parse(stdout) as { year: number; mapping: unknown[] };
      expect(out.year).toBe(2024);
      expect(out.mapping).toHaveLength(4);
    }
    const failed = await run(process.execPath, [CLI, 'import', path.join(CORPUS_DIR, 'billion-laughs.docx'), '--data-dir', dir], { cwd: repoRoot }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('文档类型定义');
  });
});
