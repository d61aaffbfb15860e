// Every export opens cleanly in Word: the seeds, the edge reports and a set of hostile texts pass
// the Open XML SDK validator and the package lint (test/helpers/docxValidity.ts) with no error,
// and a deliberately broken file fails the helper — so the helper can fail.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../../electron/services/export/docxBuilder';
import { parseExportSettings } from '../../../../shared/export/settings';
import { DEFAULT_EXPORT_SETTINGS } from '../../../../shared/export/exportDefaults';
import { docxProblems, docxProblemsAll, lintPackage } from '../../../helpers/docxValidity';
import { SEED_COUNT, seedReport } from '../../../helpers/seedReports';
import { edgeReports, hostileReports, typicalReport } from './sampleReports';
import { paragraphs, unpackDocx } from './ooxml';

const sealed = parseExportSettings({ sealed: true });
let typical: Buffer;

beforeAll(async () => {
  typical = await buildReportDocx(typicalReport(), DEFAULT_EXPORT_SETTINGS);
});

async function rezip(data: Uint8Array, edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function replaceIn(data: Uint8Array, part: string, from: RegExp | string, to: string): Promise<Buffer> {
  return rezip(data, async (zip) => {
    const xml = (await zip.file(part)?.async('string')) ?? '';
    const next = xml.replace(from, to);
    if (next === xml) throw new Error(`${part}: nothing to break`);
    zip.file(part, next);
  });
}

describe('validity of every export', () => {
  it('the seeds, the edge reports and the hostile texts pass the validator and the lint', async () => {
    const named: Array<[string, Buffer]> = [];
    for (let i = 0; i < SEED_COUNT; i++) named.push([`seed ${i}`, await buildReportDocx(seedReport(i), DEFAULT_EXPORT_SETTINGS)]);
    for (const [name, edge] of Object.entries(edgeReports())) named.push([name, await buildReportDocx(edge.report, edge.sealed ? sealed : DEFAULT_EXPORT_SETTINGS)]);
    for (const [name, report] of Object.entries(hostileReports())) named.push([name, await buildReportDocx(report, DEFAULT_EXPORT_SETTINGS)]);
    const problems = await docxProblemsAll(named.map(([, data]) => data), (i) => named[i]?.[0] ?? String(i));
    expect(problems).toEqual([]);
  }, 300_000);

  it('drops characters XML cannot hold and keeps everything else of the hostile texts', async () => {
    const hostile = hostileReports();
    const controls = paragraphs((await unpackDocx(await buildReportDocx(hostile.controls!, DEFAULT_EXPORT_SETTINGS))).document).map((p) => p.text);
    expect(controls[0]).toBe('控制字符的报告');
    expect(controls).toContain('开头有控制字符和非字符，以及孤立代理项。');
    const emoji = (await unpackDocx(await buildReportDocx(hostile.emoji!, DEFAULT_EXPORT_SETTINGS))).document;
    expect(emoji).toContain('👨‍👩‍👧‍👦');
    const ext = (await unpackDocx(await buildReportDocx(hostile.extensionB!, DEFAULT_EXPORT_SETTINGS))).document;
    expect(ext).toContain('𠀀𪚥');
  });
});

describe('the validity helper can fail', () => {
  it('reports element order, attribute values and unknown elements (the validator)', async () => {
    const misordered = await replaceIn(typical, 'word/document.xml', /<w:pPr>(<w:pStyle w:val="Heading1"\/>)/, '<w:pPr><w:keepNext/>$1');
    const badValue = await replaceIn(typical, 'word/document.xml', '<w:jc w:val="left"/>', '<w:jc w:val="middle"/>');
    const unknown = await replaceIn(typical, 'word/document.xml', '</w:body>', '<w:frobnicate/></w:body>');
    for (const broken of [misordered, badValue, unknown]) expect((await docxProblems(broken)).length).toBeGreaterThan(0);
  }, 120_000);

  it('reports missing content types, dangling relationships, fonts outside the font table and foreign theme fonts (the lint)', async () => {
    const noType = await replaceIn(typical, '[Content_Types].xml', /<Override [^>]*PartName="\/word\/footer1.xml"\/>/, '');
    expect((await lintPackage(noType)).join('\n')).toContain('content type of /word/footer1.xml is application/xml, not …footer+xml');
    const untyped = await rezip(typical, async (zip) => {
      zip.file('word/media/seal.emf', 'x');
    });
    expect(await lintPackage(untyped)).toContain('no content type for /word/media/seal.emf');
    const dangling = await rezip(typical, async (zip) => {
      zip.remove('word/footer2.xml');
    });
    expect((await lintPackage(dangling)).join('\n')).toMatch(/relationship target footer2.xml does not exist/);
    const strayFont = await replaceIn(typical, 'word/document.xml', 'w:eastAsia="仿宋_GB2312"', 'w:eastAsia="华文彩云"');
    expect((await lintPackage(strayFont)).join('\n')).toContain('font 「华文彩云」 is not in the font table');
    const calibri = await replaceIn(typical, 'word/theme/theme1.xml', /typeface="Times New Roman"/, 'typeface="Calibri"');
    expect((await lintPackage(calibri)).join('\n')).toContain('theme font 「Calibri」 is not a 公文 font');
  });
});
