// Exports rendered by LibreOffice (one soffice run for all documents) and measured in the PDF:
// the 22 × 28 grid, page numbers by parity, title, 落款, and the edge reports.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../../electron/services/export/docxBuilder';
import { breakTitleLines } from '../../../../shared/export/titleLines';
import { parseExportSettings, type ExportSettings } from '../../../../shared/export/settings';
import { DEFAULT_EXPORT_SETTINGS } from '../../../../shared/export/exportDefaults';
import type { Report } from '../../../../shared/types';
import { ARTIFACT_DIR, BANXIN, docxToPdf, lineChars, pdfLayoutText, pdfPages, pdfToPngs, tempRenderDir, twipsToPt, type PdfLine, type PdfPage } from '../../../helpers/render';
import { LONG_TITLE, edgeReports, typicalReport } from './sampleReports';

const { left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM } = BANXIN;
const PITCH = twipsToPt(579);
const CHAR = 15.75; // a 3号 字 with the −0.25 pt condensing
const FOOTER_CHAR = 14; // a 4号 字
const CENTRE = (LEFT + RIGHT) / 2;
/** A sentence mark may hang past the margin (Word's, WPS's and LibreOffice's default; the preview's too). */
const HANGING = '，。、；：！？”’）》';

const plain = (line: PdfLine) => line.text.replace(/\s/g, '');
const bodyLines = (page: PdfPage) => page.lines.filter((l) => l.yMax <= BOTTOM + 1);
const footer = (page: PdfPage) => page.lines.filter((l) => l.yMin > BOTTOM);

const edges = edgeReports();
const UNIT_30 = edges.unit30.report.unit.fullName;
const sealed = parseExportSettings({ sealed: true });

const cases: Record<string, { report: Report; settings: ExportSettings; keepEmpty?: boolean }> = {
  typical: { report: typicalReport(), settings: DEFAULT_EXPORT_SETTINGS },
  ...Object.fromEntries(Object.entries(edges).map(([name, edge]) => [name, { report: edge.report, settings: edge.sealed ? sealed : DEFAULT_EXPORT_SETTINGS }])),
  emptyKept: { report: edges.emptyParts.report, settings: DEFAULT_EXPORT_SETTINGS, keepEmpty: true },
};

const rendered: Record<string, { pages: PdfPage[]; layout: string[]; pdf: string }> = {};
const tmp = tempRenderDir('export');

beforeAll(async () => {
  const files: string[] = [];
  for (const [name, { report, settings, keepEmpty }] of Object.entries(cases)) {
    const file = path.join(tmp.dir, `${name}.docx`);
    writeFileSync(file, await buildReportDocx(report, settings, { keepEmpty }));
    files.push(file);
  }
  const pdfs = await docxToPdf(files, tmp.dir);
  for (const [i, name] of Object.keys(cases).entries()) {
    const pdf = pdfs[i] ?? '';
    rendered[name] = { pdf, pages: await pdfPages(pdf), layout: await pdfLayoutText(pdf) };
  }
  mkdirSync(ARTIFACT_DIR, { recursive: true });
  // Artifacts: the first two pages, and the last page where the 落款 is.
  for (const name of ['typical', 'long5000', 'threeLineTitle', 'sealed']) {
    const { pdf = '', pages = [] } = rendered[name] ?? {};
    copyFileSync(pdf, path.join(ARTIFACT_DIR, `${name}.pdf`));
    if (name !== 'sealed') await pdfToPngs(pdf, path.join(ARTIFACT_DIR, name), 1, Math.min(2, pages.length), 72);
    if (name === 'typical' || name === 'sealed') await pdfToPngs(pdf, path.join(ARTIFACT_DIR, name), pages.length, pages.length, 72);
  }
}, 180_000);

afterAll(() => tmp.cleanup());

function doc(name: string) {
  const r = rendered[name];
  if (!r) throw new Error(`${name} was not rendered`);
  return r;
}

/** Every body line stays in the 版心 with at most 28 字 (a hanging closing mark aside). */
function expectLinesInGrid(pages: PdfPage[]) {
  for (const [p, page] of pages.entries()) {
    for (const line of bodyLines(page)) {
      const text = plain(line);
      const where = `page ${p + 1}: ${text}`;
      expect(line.xMin, where).toBeGreaterThanOrEqual(LEFT - 0.5);
      if (line.xMax > RIGHT + 0.5) {
        expect(HANGING, where).toContain(text.slice(-1));
        expect(line.xMax, where).toBeLessThanOrEqual(RIGHT + CHAR + 0.5);
        expect(lineChars(text.slice(0, -1)), where).toBeLessThanOrEqual(28);
      } else {
        expect(lineChars(text), where).toBeLessThanOrEqual(28);
      }
    }
  }
}

describe('LibreOffice render of a typical report', () => {
  it('numbers every page 「— N —」, odd pages right and even pages left, one 字 in, under the 版心', () => {
    const { pages, layout } = doc('typical');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const [i, page] of pages.entries()) {
      const [number, ...extra] = footer(page);
      expect(extra).toHaveLength(0);
      expect(number?.text).toBe(`— ${i + 1} —`);
      if (!number) continue;
      if ((i + 1) % 2 === 1) expect(Math.abs(number.xMax - (RIGHT - FOOTER_CHAR))).toBeLessThanOrEqual(2);
      else expect(Math.abs(number.xMin - (LEFT + FOOTER_CHAR))).toBeLessThanOrEqual(2);
      const drop = (number.yMin + number.yMax) / 2 - BOTTOM; // 7 mm ≈ 19.8 pt
      expect(drop).toBeGreaterThan(14);
      expect(drop).toBeLessThan(28);
      expect(layout[i]?.replace(/\s/g, '')).toContain(`—${i + 1}—`);
    }
  });

  it('puts the title at the top, centred, in balanced 2号 lines one grid line apart, then 主送机关', () => {
    const page = doc('typical').pages[0];
    const lines = bodyLines(page ?? { width: 0, height: 0, words: [], lines: [] });
    const expected = breakTitleLines(typicalReport().title);
    const title = lines.slice(0, expected.length);
    expect(title.map(plain)).toEqual(expected);
    for (const line of title) {
      expect(Math.abs((line.xMin + line.xMax) / 2 - CENTRE)).toBeLessThanOrEqual(3);
      expect(line.yMax - line.yMin).toBeGreaterThan(25); // 22 pt type; body lines are ~21
    }
    expect(title[0]?.yMin).toBeGreaterThanOrEqual(TOP);
    expect(title[0]?.yMin).toBeLessThan(TOP + PITCH);
    expect(Math.abs((title[1]?.yMin ?? 0) - (title[0]?.yMin ?? 0) - PITCH)).toBeLessThanOrEqual(1);
    const addressee = lines[expected.length];
    expect(addressee && plain(addressee)).toBe('砚山县人民政府：');
    expect(Math.abs((addressee?.xMin ?? 0) - LEFT)).toBeLessThanOrEqual(1);
    expect(Math.abs((addressee?.yMax ?? 0) - (title[1]?.yMax ?? 0) - 2 * PITCH)).toBeLessThanOrEqual(4);
    // Headings and first lines indent two 字.
    const heading = lines.find((l) => plain(l).startsWith('一、'));
    expect(Math.abs((heading?.xMin ?? 0) - (LEFT + 2 * 16))).toBeLessThanOrEqual(1);
  });

  it('keeps every line inside the 版心 with at most 28 字', () => {
    expectLinesInGrid(doc('typical').pages);
  });

  it('sets the 落款 one blank line under the text, 署名 two 字 from the right, date two 字 further in', () => {
    const { pages } = doc('typical');
    const lines = bodyLines(pages[pages.length - 1] ?? { width: 0, height: 0, words: [], lines: [] });
    const i = lines.findIndex((l) => plain(l) === '砚山县盘龙彝族乡人民政府');
    const [before, name, date] = [lines[i - 1], lines[i], lines[i + 1]];
    expect(before && plain(before)).toBe('特此报告。');
    expect(date && plain(date)).toBe('2024年12月8日');
    if (!before || !name || !date) return;
    expect(Math.abs(name.yMin - before.yMin - 2 * PITCH)).toBeLessThanOrEqual(1);
    expect(Math.abs(date.yMin - name.yMin - PITCH)).toBeLessThanOrEqual(1);
    expect(Math.abs(name.xMax - (RIGHT - 2 * CHAR))).toBeLessThanOrEqual(3);
    expect(Math.abs(date.xMin - name.xMin - 2 * CHAR)).toBeLessThanOrEqual(1.5);
  });

  it('sealed: the date four 字 from the right with the 署名 centred over it, room for the seal', () => {
    const { pages } = doc('sealed');
    const lines = bodyLines(pages[pages.length - 1] ?? { width: 0, height: 0, words: [], lines: [] });
    const i = lines.findIndex((l) => plain(l) === '砚山县盘龙彝族乡人民政府');
    const [before, name, date] = [lines[i - 1], lines[i], lines[i + 1]];
    if (!before || !name || !date) throw new Error('落款 not found');
    expect(plain(date)).toBe('2024年12月8日');
    expect(Math.abs(date.xMax - (RIGHT - 4 * CHAR))).toBeLessThanOrEqual(3);
    expect(Math.abs((name.xMin + name.xMax) / 2 - (date.xMin + date.xMax) / 2)).toBeLessThanOrEqual(3);
    expect(Math.abs(name.yMin - before.yMin - 4 * PITCH)).toBeLessThanOrEqual(1);
  });
});

describe('LibreOffice render of long and edge reports', () => {
  it('fills a full page with exactly 22 lines of up to 28 字, 28 where the text allows', () => {
    const { pages } = doc('long5000');
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const full = pages.slice(1, -1);
    for (const [p, page] of full.entries()) {
      const lines = bodyLines(page);
      expect(lines, `page ${p + 2}`).toHaveLength(22);
      expect(lines[0]?.yMin).toBeGreaterThanOrEqual(TOP);
      expect(lines[0]?.yMin).toBeLessThan(TOP + PITCH);
      for (let k = 1; k < lines.length; k++) {
        expect(Math.abs((lines[k]?.yMax ?? 0) - (lines[k - 1]?.yMax ?? 0) - PITCH)).toBeLessThanOrEqual(0.3);
      }
      expect(Math.max(...lines.map((l) => lineChars(plain(l)))), `page ${p + 2}`).toBeGreaterThanOrEqual(28);
    }
    expectLinesInGrid(pages);
  });

  it('breaks a long title into three centred lines', () => {
    const lines = bodyLines(doc('threeLineTitle').pages[0] ?? { width: 0, height: 0, words: [], lines: [] });
    const expected = breakTitleLines(LONG_TITLE);
    expect(expected).toHaveLength(3);
    expect(lines.slice(0, 3).map(plain)).toEqual(expected);
    for (const line of lines.slice(0, 3)) expect(Math.abs((line.xMin + line.xMax) / 2 - CENTRE)).toBeLessThanOrEqual(3);
    expectLinesInGrid(doc('threeLineTitle').pages);
  });

  it('leaves empty parts out; kept, each empty heading stands over an empty line', () => {
    const lines = doc('emptyParts').pages.flatMap(bodyLines).map(plain);
    expect(lines).not.toContain('一、空白部分');
    expect(lines).toContain('一、有内容的部分');
    expect(lines.some((l) => l.includes('空的上级') || l.includes('空的下级'))).toBe(false);
    const kept = doc('emptyKept').pages.flatMap(bodyLines);
    const i = kept.findIndex((l) => plain(l) === '一、空白部分');
    expect(plain(kept[i + 1] ?? ({ text: '' } as PdfLine))).toBe('二、有内容的部分');
    // An empty line between the two headings: two line pitches apart.
    expect(Math.abs((kept[i + 1]?.yMax ?? 0) - (kept[i]?.yMax ?? 0) - 2 * PITCH)).toBeLessThanOrEqual(1);
  });

  it('lays out a 30-字 unit name in the title and, wrapped, in the 落款', () => {
    expect(UNIT_30).toHaveLength(30);
    const { pages } = doc('unit30');
    const all = pages.flatMap(bodyLines);
    const title = all.slice(0, breakTitleLines(`${UNIT_30}关于2024年度法治政府建设情况的报告`).length).map(plain).join('');
    expect(title).toBe(`${UNIT_30}关于2024年度法治政府建设情况的报告`);
    const i = all.findIndex((l) => plain(l) === '特此报告。');
    const signature = all.slice(i + 1, -1).map(plain).join('');
    expect(signature).toBe(UNIT_30);
    expect(plain(all[all.length - 1] ?? { text: '' } as PdfLine)).toBe('2024年12月8日');
    expectLinesInGrid(pages);
  });

  it('lays out Latin-only text within the margins', () => {
    const { pages, layout } = doc('latinOnly');
    const text = layout.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Item 12: the county reviewed administrative enforcement files');
    for (const line of pages.flatMap(bodyLines)) {
      expect(line.xMin).toBeGreaterThanOrEqual(LEFT - 0.5);
      expect(line.xMax).toBeLessThanOrEqual(RIGHT + 0.5);
    }
  });
});
