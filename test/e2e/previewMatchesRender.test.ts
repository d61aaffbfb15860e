// The print preview is the Word file's pages: for every seed report and the four edge reports
// (empty parts, a 3-line title, a 5,000-字 section, a sealed 落款), the preview drawn by the built
// app in Chromium is measured line box by line box and compared with LibreOffice's render of the
// .docx the app exports (pdftotext -bbox): the same number of pages, and at least 95 % of the
// lines breaking at the same character (in practice all of them), on the same page. Each drawn
// line must also hold its text: nothing wraps or spills out of its box.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/types';
import { ARTIFACT_DIR, BANXIN, docxToPdf, pdfPages, tempRenderDir } from '../helpers/render';
import { SEED_COUNT, seedReport } from '../helpers/seedReports';
import { storeReport } from '../helpers/storeReport';
import { edgeReports } from '../electron/services/export/sampleReports';
import { launchApp, stopShared, type E2EApp } from './harness';

const BOTTOM = BANXIN.bottom;
/** Marks LibreOffice leaves unpainted when they hang at a paragraph's end. */
const HANGING = '、。，；：？！';

interface MeasuredLine {
  page: number;
  text: string;
  /** How far the text reaches past the right edge of its box, in CSS px (a hanging mark aside). */
  spill: number;
}

interface Case {
  name: string;
  report: Report;
  sealed: boolean;
}

const edges = edgeReports();
const cases: Case[] = [
  ...Array.from({ length: SEED_COUNT }, (_, i) => ({ name: `seed ${i}`, report: seedReport(i), sealed: false })),
  { name: 'empty parts', report: edges.emptyParts.report, sealed: false },
  { name: '3-line title', report: edges.threeLineTitle.report, sealed: false },
  { name: '5,000-字 section', report: edges.long5000.report, sealed: false },
  // Its own unit: the seal is a setting of the unit.
  { name: 'sealed 落款', report: { ...edges.sealed.report, unit: { ...edges.sealed.report.unit, fullName: '盘龙彝族乡人民政府（盖章）' } }, sealed: true },
];

let app: E2EApp;
const tmp = tempRenderDir('preview-vs-render');
const preview = new Map<string, MeasuredLine[][]>();
const rendered = new Map<string, Array<Array<{ text: string }>>>();

/** The drawn lines of the open preview, page by page. */
async function measurePreview(): Promise<MeasuredLine[][]> {
  return app.page.evaluate(() =>
    Array.from(document.querySelectorAll('.pv-sheet')).map((sheet, p) =>
      Array.from(sheet.querySelectorAll<HTMLElement>('.pv-line-box')).map((box) => {
        const line = box.querySelector<HTMLElement>('.pv-line');
        const hang = box.querySelector('.pv-hang');
        const right = box.getBoundingClientRect().right;
        let reach = 0;
        for (const span of Array.from(line?.querySelectorAll(':scope > span') ?? [])) {
          const range = document.createRange();
          range.selectNodeContents(span.firstChild ?? span);
          for (const rect of Array.from(range.getClientRects())) reach = Math.max(reach, rect.right);
        }
        return { page: p + 1, text: (box.textContent ?? '').replace(/\s/g, ''), spill: hang ? 0 : Math.max(0, reach - right) };
      }),
    ),
  );
}

beforeAll(async () => {
  app = await launchApp();
  const files: string[] = [];
  for (const [i, c] of cases.entries()) {
    const stored = storeReport(app.store, c.report);
    if (c.sealed) await app.call('saveExportSettings', { unitId: stored.unitId, settings: { sealed: true } });
    const file = path.join(tmp.dir, `case-${i}.docx`);
    await app.call('exportReport', { reportId: stored.id, path: file });
    files.push(file);
    // The app opens the report it had open last; Ctrl+P opens the preview.
    await app.call('setLastOpened', { reportId: stored.id, sectionId: null });
    await app.page.reload();
    await app.page.getByRole('navigation', { name: '报告提纲' }).waitFor();
    await app.page.keyboard.press('Control+p');
    await app.page.locator('.pv-sheet').first().waitFor();
    preview.set(c.name, await measurePreview());
    if (i === 0 || c.sealed) await app.screenshot(`preview-${i}`);
    await app.page.keyboard.press('Escape');
  }
  const pdfs = await docxToPdf(files, tmp.dir);
  for (const [i, c] of cases.entries()) {
    const pages = await pdfPages(pdfs[i] ?? '');
    rendered.set(
      c.name,
      pages.map((p) => p.lines.filter((l) => (l.yMin + l.yMax) / 2 < BOTTOM).map((l) => ({ text: l.text.replace(/\s/g, '') }))),
    );
  }
}, 600_000);

afterAll(async () => {
  await app?.close();
  await stopShared();
  tmp.cleanup();
});

/**
 * Walks LibreOffice's lines through the preview's text and counts the lines that end where a
 * preview line ends, and on the same page. LibreOffice sometimes leaves a hanging sentence mark
 * unpainted; such a mark is taken as read.
 */
function compare(previewPages: MeasuredLine[][], renderPages: Array<Array<{ text: string }>>) {
  const lines = previewPages.flat().filter((l) => l.text !== '');
  const stream = Array.from(lines.map((l) => l.text).join(''));
  const ends = new Map<number, number>();
  let offset = 0;
  for (const l of lines) {
    offset += Array.from(l.text).length;
    ends.set(offset, l.page);
  }
  let pos = 0;
  let same = 0;
  let samePage = 0;
  const differing: string[] = [];
  const renderLines = renderPages.flatMap((p, i) => p.map((l) => ({ ...l, page: i + 1 })));
  for (const line of renderLines) {
    for (const char of line.text) if (stream[pos] === char) pos++;
    if (!ends.has(pos) && ends.has(pos + 1) && HANGING.includes(stream[pos] ?? '')) pos++;
    if (ends.has(pos)) {
      same++;
      if (ends.get(pos) === line.page) samePage++;
    } else {
      differing.push(line.text);
    }
  }
  return { total: renderLines.length, same, samePage, differing };
}

describe('the print preview matches the LibreOffice render of the exported .docx', () => {
  it.each(cases.map((c) => c.name))('%s: same pages, same line breaks, every line inside its box', (name) => {
    const drawn = preview.get(name) ?? [];
    const render = rendered.get(name) ?? [];
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn).toHaveLength(render.length);
    const { total, same, samePage, differing } = compare(drawn, render);
    mkdirSync(ARTIFACT_DIR, { recursive: true });
    writeFileSync(path.join(ARTIFACT_DIR, `preview-vs-render-${name.replace(/\W+/g, '_')}.json`), JSON.stringify({ total, same, samePage, differing }, null, 1));
    expect(same / total, `lines breaking elsewhere: ${differing.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
    expect(samePage / total).toBeGreaterThanOrEqual(0.95);
    for (const line of drawn.flat()) expect(line.spill, line.text).toBeLessThanOrEqual(1);
  });
});
