// Writes the committed import corpus: test/fixtures/import/hostile/* with manifest.json, and the
// valid LibreOffice samples in test/fixtures/import/valid. Run after changing hostileCorpus.ts:
//   npx tsx test/electron/services/import/writeCorpus.ts
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, HOSTILE_CASES, SAMPLE_LINES, VALID_DIR, makeRealOfficeFiles } from './hostileCorpus';

const ctx = makeRealOfficeFiles(SAMPLE_LINES);
mkdirSync(VALID_DIR, { recursive: true });
writeFileSync(path.join(VALID_DIR, 'sample.doc'), ctx.doc);
writeFileSync(path.join(VALID_DIR, 'sample.docx'), ctx.docx);

rmSync(CORPUS_DIR, { recursive: true, force: true });
mkdirSync(CORPUS_DIR, { recursive: true });
const manifest: Record<string, { code: string; what: string }> = {};
for (const c of HOSTILE_CASES) {
  writeFileSync(path.join(CORPUS_DIR, c.file), c.build(ctx));
  manifest[c.file] = { code: c.code, what: c.what };
}
writeFileSync(path.join(CORPUS_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(readdirSync(CORPUS_DIR).length - 1, 'hostile files written to', CORPUS_DIR);
