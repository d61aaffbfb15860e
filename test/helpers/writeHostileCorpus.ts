// Writes one committed hostile corpus (import files, backups, packages): every case built from the
// context into `dir`, which is emptied first, with manifest.json saying what each file is.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeHostileCorpus<C, Case extends { file: string; build: (ctx: C) => Buffer }>(
  dir: string,
  cases: readonly Case[],
  ctx: C,
  describe: (c: Case) => Record<string, string>,
): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const manifest: Record<string, Record<string, string>> = {};
  for (const c of cases) {
    writeFileSync(path.join(dir, c.file), c.build(ctx));
    manifest[c.file] = describe(c);
  }
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(readdirSync(dir).length - 1, 'hostile files written to', dir);
}
