// Writes the committed part of the stdin corpus (test/fixtures/import/stdin/* with manifest.json).
// Run after changing stdinCorpus.ts:  npx tsx test/electron/cli/writeStdinCorpus.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { API_PREFIX, COMMIT_MAX_BYTES, STDIN_CASES, STDIN_CORPUS_DIR } from './stdinCorpus';

rmSync(STDIN_CORPUS_DIR, { recursive: true, force: true });
mkdirSync(STDIN_CORPUS_DIR, { recursive: true });
const manifest: Record<string, { expect: string; what: string; committed: boolean }> = {};
for (const c of STDIN_CASES) {
  const bytes = c.build();
  const committed = !c.file.startsWith(API_PREFIX) && bytes.length <= COMMIT_MAX_BYTES;
  if (committed) writeFileSync(path.join(STDIN_CORPUS_DIR, c.file), bytes);
  manifest[c.file] = { expect: c.expect, what: c.what, committed };
}
writeFileSync(path.join(STDIN_CORPUS_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(STDIN_CASES.length, 'cases;', Object.values(manifest).filter((m) => m.committed).length, 'committed to', STDIN_CORPUS_DIR);
