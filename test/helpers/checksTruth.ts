// Truth for 审校 alone, without the import's labels: the five seeds' defects
// (test/fixtures/checks/seedTruth.json) and the reports held out from tuning the rules
// (test/fixtures/checks/heldout/truth.json). Same defect vocabulary as the real-report corpus;
// validated on load so a typo in a label fails loudly instead of scoring nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defectSchema, negativeSchema } from './realCorpus';
import { repoRoot } from './seedReports';

export const heldOutDir = path.join(repoRoot, 'test/fixtures/checks/heldout');

const entrySchema = z
  .object({
    file: z.string().min(1),
    year: z.number().int().min(2019).max(2026),
    source: z.object({ url: z.url() }).strict().optional(),
    /** The heading the excerpt is cut under: that section being empty or short says nothing. */
    lastHeading: z.string().min(1).nullable().optional(),
    /** Web-page lines a correct import drops, verbatim. */
    debris: z.array(z.string().min(1)),
    // Seed labels say where each came from (the spec or a reading for issue 11).
    defects: z.array(defectSchema.extend({ source: z.string().min(1).optional() }).strict()),
    negatives: z.array(negativeSchema),
  })
  .strict();
export type CheckTruth = z.infer<typeof entrySchema>;

const seedTruthSchema = z.object({ version: z.literal(1), note: z.string(), seeds: z.array(entrySchema).min(1) }).strict();
const heldOutSchema = z.object({ version: z.literal(1), note: z.string(), files: z.array(entrySchema).min(1) }).strict();

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** The seeds' labelled defects, by seed number (「000」…). */
export function loadSeedTruth(): CheckTruth[] {
  return seedTruthSchema.parse(readJson(path.join(repoRoot, 'test/fixtures/checks/seedTruth.json'))).seeds;
}

/** The held-out reports with their text, exactly as stored. */
export function loadHeldOut(): Array<CheckTruth & { text: string }> {
  const truth = heldOutSchema.parse(readJson(path.join(heldOutDir, 'truth.json')));
  return truth.files.map((entry) => ({ ...entry, text: readFileSync(path.join(heldOutDir, entry.file), 'utf8') }));
}
