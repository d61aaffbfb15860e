// The exported package read back as XML: page, grid, styles, fonts, runs, footers, 落款, properties.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../../electron/services/export/docxBuilder';
import { textWidthTwips } from '../../../../shared/export/layout/blocks';
import { breakTitleLines } from '../../../../shared/export/titleLines';
import { parseExportSettings } from '../../../../shared/export/settings';
import { DEFAULT_EXPORT_SETTINGS } from '../../../../shared/export/exportDefaults';
import { element, paraFormat, paragraphs, readStyles, runFormat, style, unpackDocx, type DocxParts, type Para, type Run, type StyleSheet } from './ooxml';
import { chineseText, makeReport, sectionsFrom, typicalReport } from './sampleReports';

const TNR = 'Times New Roman';

function fontsOf(rPr: string) {
  return element(rPr, 'rFonts');
}

/** A 3号 run as shown (docDefaults, style, run): the font, Times New Roman, condensed, zh-CN. */
function expectBodyRun(sheet: StyleSheet, p: Para | undefined, run: Run | undefined, eastAsia: string) {
  if (!p || !run) throw new Error('no such run');
  const f = runFormat(sheet, p, run);
  expect(f.fonts).toMatchObject({ eastAsia, ascii: TNR, hAnsi: TNR, hint: 'eastAsia' });
  expect(f.size).toBe('32');
  expect(f.spacing).toBe('-5');
  expect(f.lang).toMatchObject({ eastAsia: 'zh-CN' });
}

function expectExactLine(spacing: Record<string, string> | null) {
  expect(spacing).toEqual({ after: '0', before: '0', line: '579', lineRule: 'exact' });
}

describe('exported package (default settings, typical report)', () => {
  const report = typicalReport();
  const stored = structuredClone(report);
  let parts: DocxParts;
  let body: Para[];
  let sheet: StyleSheet;
  beforeAll(async () => {
    parts = await unpackDocx(await buildReportDocx(report, DEFAULT_EXPORT_SETTINGS));
    body = paragraphs(parts.document);
    sheet = readStyles(parts.styles);
  });

  it('sets up an A4 page with the 版心 margins in twips and a 579-twip line grid', () => {
    expect(element(parts.document, 'pgSz')).toMatchObject({ w: '11906', h: '16838' });
    const margin = element(parts.document, 'pgMar');
    expect(margin).toMatchObject({ top: '2098', right: '1474', bottom: '1984', left: '1588' });
    // 11906 − 1588 − 1474 = 8844 (156 mm); 16838 − 2098 − 1984 = 12756 (225 mm) ≥ 22 × 579.
    expect(Number(margin?.footer)).toBeGreaterThan(1000);
    expect(Number(margin?.footer)).toBeLessThan(1984);
    expect(element(parts.document, 'docGrid')).toEqual({ type: 'lines', linePitch: '579' });
    expect(parts.document).not.toMatch(/\d+mm"/);
    expect(parts.document).not.toContain('lineRule="exactly"');
  });

  it('turns on separate odd and even footers', () => {
    expect(parts.settings).toContain('<w:evenAndOddHeaders/>');
    expect(Object.keys(parts.footers).sort()).toEqual(['default', 'even']);
  });

  it('writes the unit\'s page-number style: centred 「— N —」, centred 「-N-」, or no footer at all', async () => {
    for (const [style, text] of [['centre', '—  —'], ['centreHyphen', '--']] as const) {
      const styled = await unpackDocx(await buildReportDocx(typicalReport(), parseExportSettings({ pageNumbers: style })));
      expect(styled.settings).not.toContain('<w:evenAndOddHeaders/>');
      expect(Object.keys(styled.footers)).toEqual(['default']);
      const [p] = paragraphs(styled.footers['default'] ?? '');
      expect(p?.text).toBe(text);
      expect(element(p?.pPr ?? '', 'jc')).toEqual({ val: 'center' });
      expect(element(p?.pPr ?? '', 'ind')).toMatchObject({ left: '0', right: '0' });
    }
    const none = await unpackDocx(await buildReportDocx(typicalReport(), parseExportSettings({ pageNumbers: 'none' })));
    expect(none.footers).toEqual({});
    expect(none.files.filter((f) => f.includes('footer'))).toEqual([]);
  });

  it('writes page numbers 「— N —」 in 4号 宋体, odd right and even left, one 字 in, with reset indents', () => {
    for (const [type, side] of [['default', 'right'], ['even', 'left']] as const) {
      const [p, ...rest] = paragraphs(parts.footers[type] ?? '');
      expect(rest).toHaveLength(0);
      expect(p).toBeDefined();
      if (!p) continue;
      expect(p.xml).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
      expect(p.xml).toMatch(/<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:fldChar w:fldCharType="end"\/>/);
      expect(p.text).toBe('—  —'); // the number is the field's
      expect(element(p.pPr, 'pStyle')).toEqual({ val: 'Footer' });
      expect(element(p.pPr, 'jc')).toEqual({ val: side });
      const indent = element(p.pPr, 'ind');
      expect(indent).toMatchObject({ firstLine: '0', firstLineChars: '0' });
      expect(indent?.[side]).toBe('280');
      expect(element(p.pPr, 'spacing')).toMatchObject({ lineRule: 'exact', before: '0', after: '0' });
      for (const run of p.runs) {
        expect(fontsOf(run.rPr)).toMatchObject({ eastAsia: '宋体', ascii: '宋体', hAnsi: '宋体' });
        expect(element(run.rPr, 'sz')).toEqual({ val: '28' });
      }
    }
  });

  it('defines the body in docDefaults: 3号 仿宋_GB2312 + Times New Roman, exact 579, 2-字 indent, justified', () => {
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(parts.styles)?.[1] ?? '';
    expect(fontsOf(defaults)).toEqual({ ascii: TNR, hAnsi: TNR, eastAsia: '仿宋_GB2312', cs: TNR, hint: 'eastAsia' });
    expect(element(defaults, 'sz')).toEqual({ val: '32' });
    expect(element(defaults, 'lang')).toMatchObject({ eastAsia: 'zh-CN' });
    // 28 full 3号 字 fit the 8844-twip line only condensed by 5 twips each.
    expect(element(sheet.rDefault, 'spacing')).toEqual({ val: '-5' });
    expectExactLine(element(sheet.pDefault, 'spacing'));
    expect(element(defaults, 'ind')).toMatchObject({ firstLineChars: '200', firstLine: '640' });
    expect(element(defaults, 'jc')).toEqual({ val: 'both' });
    // Hanging marks as Word's and LibreOffice's defaults have them (and the preview draws them).
    expect(element(defaults, 'overflowPunct')).toBeNull();
    expect(element(defaults, 'widowControl')).toEqual({ val: '0' });
  });

  it('redefines the built-in Title and heading 1–4 styles once each, black, with outline levels', () => {
    const ids = [...parts.styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const title = style(parts.styles, 'Title');
    expect(fontsOf(title)).toMatchObject({ eastAsia: '方正小标宋简体', ascii: TNR });
    expect(element(title, 'sz')).toEqual({ val: '44' });
    expect(element(title, 'snapToGrid')).toEqual({ val: '0' });
    expect(element(title, 'jc')).toEqual({ val: 'center' });
    const expected = [['1', '黑体'], ['2', '楷体_GB2312'], ['3', '仿宋_GB2312'], ['4', '仿宋_GB2312']];
    for (const [level, font] of expected) {
      const s = style(parts.styles, `Heading${level}`);
      expect(s).toContain(`<w:name w:val="heading ${level}"/>`);
      expect(element(s, 'outlineLvl')).toEqual({ val: String(Number(level) - 1) });
      expect(fontsOf(s)).toMatchObject({ eastAsia: font, ascii: TNR });
      expect(element(s, 'sz')).toEqual({ val: '32' });
    }
    for (const colour of parts.styles.matchAll(/<w:color w:val="([^"]+)"/g)) expect(colour[1]).toBe('000000');
  });

  it('sets the title as one centred 2号 paragraph, broken into balanced lines, then a blank line', () => {
    const [title, blank, addressee] = body;
    expect(title?.text.split('\n')).toEqual(breakTitleLines(report.title));
    expect(title?.text.split('\n')).toEqual(['砚山县盘龙彝族乡人民政府关于', '2024年度法治政府建设情况的报告']);
    expect(element(title?.pPr ?? '', 'pStyle')).toEqual({ val: 'Title' });
    expect(element(title?.pPr ?? '', 'jc')).toEqual({ val: 'center' });
    for (const run of title?.runs ?? []) {
      const f = runFormat(sheet, title!, run);
      expect(f.fonts).toMatchObject({ eastAsia: '方正小标宋简体', ascii: TNR, hAnsi: TNR });
      expect(f.size).toBe('44');
      // The title is not condensed: the body's spacing is reset in the Title style.
      expect(f.spacing).toBe('0');
    }
    expect(blank?.text).toBe('');
    expect(addressee?.text).toBe('砚山县人民政府：');
    expect(element(addressee?.pPr ?? '', 'ind')).toMatchObject({ firstLine: '0', firstLineChars: '0', left: '0' });
    expect(element(addressee?.pPr ?? '', 'jc')).toEqual({ val: 'left' });
  });

  it('numbers headings from the tree and gives each level its font, style and outline level', () => {
    const headings = body.filter((p) => /<w:outlineLvl/.test(p.pPr));
    const summary = headings.map((p) => [element(p.pPr, 'pStyle')?.val, element(p.pPr, 'outlineLvl')?.val, p.text]);
    expect(summary).toEqual([
      ['Heading1', '0', '一、2024年度推进法治政府建设的主要举措和成效'],
      ['Heading2', '1', '（一）加强组织领导'],
      ['Heading2', '1', '（二）依法全面履行政府职能'],
      ['Heading3', '2', '2.规范执法行为'],
      ['Heading4', '3', '（2）推行“三项制度”。'],
      ['Heading2', '1', '（三）健全依法决策机制'],
      ['Heading1', '0', '二、存在的不足和原因'],
      ['Heading1', '0', '三、党政主要负责人履行推进法治建设第一责任人职责情况'],
      ['Heading1', '0', '四、其他需要报告的情况'],
      ['Heading1', '0', '五、2025年工作安排'],
    ]);
    const fontOf = (text: string) => {
      const h = headings.find((x) => x.text === text)!;
      return runFormat(sheet, h, h.runs[0]!).fonts?.['eastAsia'];
    };
    expect(fontOf('一、2024年度推进法治政府建设的主要举措和成效')).toBe('黑体');
    expect(fontOf('（一）加强组织领导')).toBe('楷体_GB2312');
    expect(fontOf('2.规范执法行为')).toBe('仿宋_GB2312');
    for (const h of headings) {
      expect(h.pPr).toContain('<w:keepNext/>');
      for (const run of h.runs) expectBodyRun(sheet, h, run, runFormat(sheet, h, run).fonts?.['eastAsia'] ?? '');
      expect(runFormat(sheet, h, h.runs[0]!).bold).toBe(false);
      // Runs carry only what differs from their style: here nothing.
      for (const run of h.runs) expect(run.rPr).toBe('');
    }
  });

  it('writes body paragraphs with exact 579 leading, 2-字 indent, condensed 3号 仿宋 runs', () => {
    const texts = body.filter((p) => !/<w:pStyle/.test(p.pPr) && p.text.length > 40);
    expect(texts.length).toBeGreaterThan(8);
    for (const p of texts) {
      const f = paraFormat(sheet, p);
      expectExactLine(f.spacing);
      expect(f.ind).toMatchObject({ firstLineChars: '200', firstLine: '640' });
      expect(f.jc).toBe('both');
      for (const run of p.runs) expectBodyRun(sheet, p, run, '仿宋_GB2312');
    }
  });

  it('rewrites 「1、」 and 「(1)」 lines as 3rd/4th-level headings, the heading sentence running on', () => {
    const level3 = body.find((p) => p.text.startsWith('1.加强执法队伍建设。'));
    expect(level3?.text.length).toBeGreaterThan(20);
    expect(level3?.pPr).not.toContain('outlineLvl'); // a paragraph, not a navigation entry
    const level4 = body.find((p) => p.text.startsWith('（1）开展执法培训：'));
    expect(level4).toBeDefined();
  });

  it('prints a 「无此项」 section\'s reason as its only paragraph', () => {
    const i = body.findIndex((p) => p.text === '四、其他需要报告的情况');
    expect(body[i + 1]?.text).toBe('本年度无其他需要报告的情况。');
  });

  it('normalises punctuation in the printed text only', () => {
    expect(body.find((p) => p.text.startsWith('2024年，盘龙乡'))?.text).toMatch(/报告如下：$/);
    expect(parts.document).toContain('“谁执法谁普法”');
    expect(parts.document).not.toMatch(/[\u4e00-\u9fff][,:;][\u4e00-\u9fff]/);
    expect(report.opening).toMatch(/报告如下:$/);
    expect(report).toEqual(stored);
  });

  it('lays out the 落款 without a seal: blank line, 署名 two 字 from the right, date two 字 further right', () => {
    const last = body.slice(-4);
    expect(last.map((p) => p.text)).toEqual(['特此报告。', '', '砚山县盘龙彝族乡人民政府', '2024年12月8日']);
    const [, , name, date] = last;
    const nameLeft = Number(element(name?.pPr ?? '', 'ind')?.left);
    const dateLeft = Number(element(date?.pPr ?? '', 'ind')?.left);
    expect(dateLeft - nameLeft).toBe(640);
    // 12 字 of 320 twips condensed by 5 between them, two 字 (640) free on the right of the 8844-twip line.
    expect(textWidthTwips('砚山县盘龙彝族乡人民政府')).toBe(12 * 320 - 11 * 5);
    expect(nameLeft).toBe(8844 - 640 - (12 * 320 - 11 * 5));
    for (const p of [name, date]) {
      expect(element(p?.pPr ?? '', 'jc')).toEqual({ val: 'left' });
      expect(element(p?.pPr ?? '', 'ind')).toMatchObject({ firstLine: '0', firstLineChars: '0' });
      expectBodyRun(sheet, p, p?.runs[0], '仿宋_GB2312');
    }
    expect(name?.pPr).toContain('<w:keepNext/>');
  });

  it('lists the fonts with a GB2312 charset and the installed-everywhere name Word falls back to', () => {
    const font = (name: string) => new RegExp(`<w:font w:name="${name}">([\\s\\S]*?)</w:font>`).exec(parts.fontTable)?.[1] ?? '';
    expect(element(font('仿宋_GB2312'), 'altName')).toEqual({ val: '仿宋' });
    expect(element(font('楷体_GB2312'), 'altName')).toEqual({ val: '楷体' });
    expect(element(font('方正小标宋简体'), 'altName')).toEqual({ val: '宋体' });
    for (const name of ['仿宋_GB2312', '楷体_GB2312', '黑体', '方正小标宋简体', '宋体']) expect(element(font(name), 'charset')).toEqual({ val: '86' });
    expect(element(font(TNR), 'family')).toEqual({ val: 'roman' });
  });

  it('records title and unit in the document properties', () => {
    expect(parts.core).toContain('<dc:title>砚山县盘龙彝族乡人民政府关于2024年度法治政府建设情况的报告</dc:title>');
    expect(parts.core).toContain('<dc:creator>云南省文山州砚山县盘龙彝族乡人民政府</dc:creator>');
  });
});

describe('exported package with unit settings', () => {
  it('uses the unit\'s fonts, margins, bold 3rd level, run-in 2nd level and the sealed 落款', async () => {
    const settings = parseExportSettings({
      fonts: { body: '仿宋', kai: '楷体', title: '方正小标宋_GBK' },
      boldLevel3: true,
      sealed: true,
      margins: { top: 30 },
    });
    const report = typicalReport({ headingStyle: 'runin', signatureDate: '2025-1-6' });
    const parts = await unpackDocx(await buildReportDocx(report, settings));
    const body = paragraphs(parts.document);
    const sheet = readStyles(parts.styles);
    expect(element(parts.document, 'pgMar')).toMatchObject({ top: '1701', left: '1588', right: '1474', bottom: '1984' });
    expect(fontsOf(/<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(parts.styles)?.[1] ?? '')?.eastAsia).toBe('仿宋');
    expect(fontsOf(style(parts.styles, 'Title'))?.eastAsia).toBe('方正小标宋_GBK');
    expect(style(parts.styles, 'Heading3')).toContain('<w:b/>');

    const runIn = body.find((p) => p.text.startsWith('（一）加强组织领导。'));
    expect(runIn?.runs.map((r) => runFormat(sheet, runIn, r).fonts?.['eastAsia'])).toEqual(['楷体', '仿宋']);
    // The style gives the 楷体 heading; the body run after it names its own font.
    expect(fontsOf(runIn?.runs[0]?.rPr ?? '')).toBeNull();
    expect(fontsOf(runIn?.runs[1]?.rPr ?? '')).toMatchObject({ eastAsia: '仿宋', ascii: TNR });
    expect(runIn?.runs[0]?.text).toBe('（一）加强组织领导。');
    expect(runIn?.runs[1]?.text.startsWith('坚持以习近平')).toBe(true);
    expect(element(runIn?.pPr ?? '', 'outlineLvl')).toEqual({ val: '1' });
    expect(element(runIn?.pPr ?? '', 'keepNext')).toEqual({ val: 'false' });

    const level3 = body.find((p) => p.text.startsWith('1.加强执法队伍建设。'));
    expect(level3?.runs[0]?.text).toBe('1.加强执法队伍建设。');
    expect(runFormat(sheet, level3!, level3!.runs[0]!).bold).toBe(true);
    expect(runFormat(sheet, level3!, level3!.runs[1]!).bold).toBe(false);
    const standalone3 = body.find((p) => p.text === '2.规范执法行为');
    expect(element(standalone3?.pPr ?? '', 'pStyle')).toEqual({ val: 'Heading3' });
    expect(runFormat(sheet, standalone3!, standalone3!.runs[0]!).bold).toBe(true);

    const tail = body.slice(-6).map((p) => p.text);
    expect(tail).toEqual(['特此报告。', '', '', '', '砚山县盘龙彝族乡人民政府', '2025年1月6日']);
    const date = body[body.length - 1];
    expect(element(date?.pPr ?? '', 'jc')).toEqual({ val: 'right' });
    expect(element(date?.pPr ?? '', 'ind')).toMatchObject({ right: '1280' });
    const name = body[body.length - 2];
    const nameLeft = Number(element(name?.pPr ?? '', 'ind')?.left);
    // Date: 「2025」 (4 digits of 160, 3 gaps of −5 between them), 「1」 and 「6」, 3 字 of 320,
    // and 5 Chinese/digit gaps of a fifth of 16 pt (64 twips) = 2225 twips.
    expect(textWidthTwips('2025年1月6日')).toBe(4 * 160 - 3 * 5 + 2 * 160 + 3 * 320 + 5 * 64);
    const nameCentre = nameLeft + (12 * 320 - 11 * 5) / 2;
    const dateCentre = 8844 - 1280 - 2225 / 2;
    expect(Math.abs(nameCentre - dateCentre)).toBeLessThanOrEqual(1);
  });

  it('exports edge reports: empty section, no addressee or 落款, only Latin text', async () => {
    const report = makeReport({
      addressee: '',
      signatureName: '',
      signatureDate: '',
      closing: '',
      sections: sectionsFrom([
        { title: '空白部分' },
        { title: 'English', body: 'The county government reviewed 12 cases in 2024, see https://example.org/a,b for details.' },
        { title: '长段落', body: chineseText(5000) },
      ]),
    });
    const parts = await unpackDocx(await buildReportDocx(report, DEFAULT_EXPORT_SETTINGS));
    const texts = paragraphs(parts.document).map((p) => p.text);
    expect(texts.slice(0, 3)).toEqual(['砚山县盘龙彝族乡人民政府关于\n2024年度法治政府建设情况的报告', '', expect.stringMatching(/^2024年，/)]);
    // The empty part is left out, and the next part takes its number.
    expect(texts).not.toContain('一、空白部分');
    expect(texts).toContain('一、English');
    expect(texts).toContain('The county government reviewed 12 cases in 2024, see https://example.org/a,b for details.');
    expect(texts[texts.length - 1]?.length).toBeGreaterThan(1000);
  });
});
