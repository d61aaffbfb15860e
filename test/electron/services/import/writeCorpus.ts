// Writes the committed import corpus: test/fixtures/import/hostile/* with manifest.json, and the
// valid LibreOffice samples in test/fixtures/import/valid. Run after changing hostileCorpus.ts:
//   npx tsx test/electron/services/import/writeCorpus.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeHostileCorpus } from '../../../helpers/writeHostileCorpus';
import { CORPUS_DIR, HOSTILE_CASES, SAMPLE_LINES, VALID_DIR, makeRealOfficeFiles } from './hostileCorpus';

const ctx = makeRealOfficeFiles(SAMPLE_LINES);
mkdirSync(VALID_DIR, { recursive: true });
writeFileSync(path.join(VALID_DIR, 'sample.doc'), ctx.doc);
writeFileSync(path.join(VALID_DIR, 'sample.docx'), ctx.docx);

writeHostileCorpus(CORPUS_DIR, HOSTILE_CASES, ctx, ({ code, what }) => ({ code, what }));
