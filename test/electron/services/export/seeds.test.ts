// The five real reports (test/helpers/seedReports.ts) export; one of them is rendered and checked.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../../electron/services/export/docxBuilder';
import { countPages } from '../../../../shared/export/layout/layout';
import { buildExportModel } from '../../../../shared/export/model';
import { DEFAULT_EXPORT_SETTINGS } from '../../../../shared/export/exportDefaults';
import { ARTIFACT_DIR, BANXIN, docxToPdf, lineChars, pdfPages, pdfToPngs, tempRenderDir, type PdfPage } from '../../../helpers/render';
import { SEED_COUNT, seedReport } from '../../../helpers/seedReports';
import { paragraphs, unpackDocx } from './ooxml';

const { bottom: BOTTOM, right: RIGHT } = BANXIN;
const HANGING = '，。、；：！？”’）》';
const RENDERED = 1; // 白沙镇 2020: standalone headings, 1.–5. lines, 署名 and date

const tmp = tempRenderDir('seeds');
const buffers: Buffer[] = [];
let pages: PdfPage[] = [];

beforeAll(async () => {
  for (let i = 0; i < SEED_COUNT; i++) buffers.push(await buildReportDocx(seedReport(i), DEFAULT_EXPORT_SETTINGS));
  const file = path.join(tmp.dir, `seed-${RENDERED}.docx`);
  writeFileSync(file, buffers[RENDERED] ?? Buffer.alloc(0));
  const [pdf = ''] = await docxToPdf([file], tmp.dir);
  pages = await pdfPages(pdf);
  mkdirSync(ARTIFACT_DIR, { recursive: true });
  await pdfToPngs(pdf, path.join(ARTIFACT_DIR, `seed-${RENDERED}`), 1, 2, 72);
}, 120_000);

afterAll(() => tmp.cleanup());

describe('seed reports', () => {
  it.each(Array.from({ length: SEED_COUNT }, (_, i) => i))('seed %i exports with its title, every section heading and the 落款', async (i) => {
    const report = seedReport(i);
    const model = buildExportModel(report);
    const parts = await unpackDocx(buffers[i] ?? Buffer.alloc(0));
    const texts = paragraphs(parts.document).map((p) => p.text);
    expect(texts[0]?.split('\n')).toEqual(model.titleLines);
    const headings = model.paragraphs.filter((p) => p.sectionId !== null);
    expect(headings).toHaveLength(report.sections.length);
    for (const h of headings) {
      const heading = h.runs[0]?.text ?? '';
      expect(texts.some((t) => t.startsWith(heading))).toBe(true);
    }
    if (model.signature?.date) expect(texts[texts.length - 1]).toBe(model.signature.date);
    expect(parts.document).not.toMatch(/[\u4e00-\u9fff][,:;?!][\u4e00-\u9fff]/);
  });

  it(`seed ${RENDERED} renders on the grid with its laid-out page count, page numbers and 落款`, () => {
    const report = seedReport(RENDERED);
    expect(pages).toHaveLength(countPages(buildExportModel(report), DEFAULT_EXPORT_SETTINGS));
    for (const [i, page] of pages.entries()) {
      const number = page.lines.find((l) => l.yMin > BOTTOM);
      expect(number?.text).toBe(`— ${i + 1} —`);
      const body = page.lines.filter((l) => l.yMax <= BOTTOM + 1);
      if (i > 0 && i < pages.length - 1) expect(body.length).toBeLessThanOrEqual(22);
      for (const line of body) {
        const text = line.text.replace(/\s/g, '');
        const inside = line.xMax > RIGHT + 0.5 ? text.slice(0, -1) : text;
        if (line.xMax > RIGHT + 0.5) expect(HANGING).toContain(text.slice(-1));
        expect(lineChars(inside)).toBeLessThanOrEqual(28);
      }
    }
    const last = pages[pages.length - 1]?.lines.map((l) => l.text.replace(/\s/g, '')) ?? [];
    expect(last.slice(-3, -1)).toEqual(['台山市白沙镇人民政府', '2020年12月14日']);
  });
});
