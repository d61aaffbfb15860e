// Each seed report imported through the API as .txt (UTF-8 and GB18030) and as a .docx written by
// LibreOffice: title, unit, year, 署名 and 成文日期 recognised where the seed has them, and ≥ 95%
// of the level-1/level-2 headings mapped to the expected template sections.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../shared/import/preview';
import { SEED_META as META, SEEDS } from '../../../helpers/seedMappings';
import { SEED_COUNT, seedText } from '../../../helpers/seedReports';
import { apiHarness, textsToDocx } from './importHarness';

function checkPreview(preview: ImportPreview, i: number): void {
  const meta = META[i]!;
  const seed = SEEDS[i]!;
  expect({
    title: preview.title,
    addressee: preview.addressee,
    unitName: preview.unitName,
    year: preview.year,
    signatureName: preview.signatureName,
    signatureDate: preview.signatureDate,
  }).toEqual(meta);
  expect(preview.template.id).toBe(seed.template);
  expect(preview.areaSet).toBe(seed.areaSet);
  const got = preview.entries.map((e) => [e.level, e.sourceTitle, e.targetKey] as const);
  expect(got.map(([level, title]) => [level, title])).toEqual(seed.expected.map(([level, title]) => [level, title]));
  const right = seed.expected.filter((exp, k) => got[k]?.[2] === exp[2]).length;
  expect(right / seed.expected.length, JSON.stringify(got)).toBeGreaterThanOrEqual(0.95);
}

const seeds = Array.from({ length: SEED_COUNT }, (_, i) => i);
let docx: Record<string, Buffer> = {};

beforeAll(async () => {
  docx = await textsToDocx(Object.fromEntries(seeds.map((i) => [`seed${i}`, seedText(i)])));
}, 120_000);

describe('seed reports imported from files', () => {
  it.each(seeds)('seed %i as UTF-8 .txt', async (i) => {
    const api = await apiHarness();
    const preview = await api.call('previewImport', { fileName: `seed${i}.txt`, data: Buffer.from(seedText(i), 'utf8') });
    expect(preview.format).toBe('txt');
    expect(preview.encoding).toBe('utf-8');
    checkPreview(preview, i);
  });

  it.each(seeds)('seed %i as GB18030 .txt', async (i) => {
    const api = await apiHarness();
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: Buffer.from(seedText(i), 'utf8') });
    const preview = await api.call('previewImport', { fileName: `seed${i}.txt`, data: gbk });
    expect(preview.encoding).toBe('gb18030');
    checkPreview(preview, i);
  });

  it.each(seeds)('seed %i as a LibreOffice .docx', async (i) => {
    const api = await apiHarness();
    const preview = await api.call('previewImport', { fileName: `seed${i}.docx`, data: docx[`seed${i}`]! });
    expect(preview.format).toBe('docx');
    checkPreview(preview, i);
  });

  it.each(seeds)('seed %i as pasted text', async (i) => {
    const api = await apiHarness();
    const preview = await api.call('previewImport', { text: seedText(i) });
    expect(preview.format).toBe('paste');
    checkPreview(preview, i);
  });
});
