// The dead-code guard (`knip` in `npm run lint`, configured by knip.json) must fail on an export
// nobody imports, on a file nothing reaches and on a package imported without being declared in
// package.json: run it with the project's own configuration over a small tree that has each, and
// over the same tree without them as a control.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const knip = join(root, 'node_modules/knip/bin/knip.js');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Named = Array<{ name: string }>;
type Report = { issues: Array<{ file: string; exports: Named; types: Named; unlisted: Named; files: unknown[] }> };

async function knipOver(files: Record<string, string>, devDependencies: Record<string, string> = {}): Promise<{ code: number; report: Report }> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-knip-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', private: true, type: 'module', devDependencies }));
  copyFileSync(join(root, 'knip.json'), join(dir, 'knip.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [knip, '--reporter', 'json', '--no-config-hints'], { cwd: dir });
    return { code: 0, report: JSON.parse(stdout || '{"issues":[]}') as Report };
  } catch (err) {
    const e = err as { code?: number; stdout?: string };
    return { code: e.code ?? -1, report: JSON.parse(e.stdout || '{"issues":[]}') as Report };
  }
}

const TEST = "import { used } from '../../shared/mod';\nexport const seen = used;\n";

describe('dead-code guard (knip)', () => {
  it('fails on an unused export, an unused exported type and an unreachable file', async () => {
    const { code, report } = await knipOver({
      'shared/mod.ts': 'export const used = 1;\nexport const dead = 2;\nexport type DeadType = { a: number };\n',
      'shared/orphan.ts': 'export const nobody = 3;\n',
      'test/shared/mod.test.ts': TEST,
    });
    expect(code).not.toBe(0);
    const mod = report.issues.find((i) => i.file === 'shared/mod.ts');
    expect(mod?.exports.map((e) => e.name)).toEqual(['dead']);
    expect(mod?.types.map((t) => t.name)).toEqual(['DeadType']);
    expect(report.issues.some((i) => i.file === 'shared/orphan.ts' && i.files.length > 0)).toBe(true);
  });

  it('passes when every export is imported, or used in its own file', async () => {
    const { code, report } = await knipOver({
      'shared/mod.ts': 'export const used = 1;\nexport const local = 2;\nexport const twice = local * 2;\n',
      'test/shared/mod.test.ts': "import { used, twice } from '../../shared/mod';\nexport const seen = used + twice;\n",
    });
    expect(report.issues).toEqual([]);
    expect(code).toBe(0);
  });

  it('fails on a package that is imported but not declared, and passes once it is declared', async () => {
    const files = {
      'shared/mod.ts': 'export const used = 1;\n',
      'test/shared/mod.test.ts': `import JSZip from 'jszip';\n${TEST}export const zip = JSZip;\n`,
    };
    const undeclared = await knipOver(files);
    expect(undeclared.code).not.toBe(0);
    expect(undeclared.report.issues.flatMap((i) => i.unlisted.map((u) => u.name))).toEqual(['jszip']);
    const declared = await knipOver(files, { jszip: '^3.10.2' });
    expect(declared.report.issues).toEqual([]);
    expect(declared.code).toBe(0);
  });
});
