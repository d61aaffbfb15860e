// The .docx package zipped with zlib: the same parts as the docx library's own Packer writes,
// and a ZIP that other tools (unzip, JSZip) read with correct checksums.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../../../electron/services/export/docxBuilder';
import { canZipNatively, packDocx, zipFiles } from '../../../../electron/services/export/zipParts';
import { DEFAULT_EXPORT_SETTINGS } from '../../../../shared/export/exportDefaults';
import { typicalReport } from './sampleReports';

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

/** core.xml carries the compile time; everything else must be byte-identical. */
const withoutTimes = (xml: string) => xml.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '');

describe('packDocx', () => {
  it('uses the fast path with the installed docx version', () => {
    // If this fails after a docx upgrade, packDocx silently falls back to Packer.toBuffer: the
    // files stay right but exports get slower. Find the library's compiler again or drop zipParts.
    expect(canZipNatively()).toBe(true);
  });

  it('writes exactly the parts Packer.toBuffer writes', async () => {
    const overrides = [{ path: 'word/extra.xml', data: '<x>中文 &amp; “引号”</x>' }];
    const make = () =>
      new Document({
        title: '测试',
        sections: [{ children: [new Paragraph({ children: [new TextRun({ text: '盘龙彝族乡人民政府关于2025年度法治政府建设情况的报告' })] })] }],
      });
    const ours = await parts(await packDocx(make(), overrides));
    const theirs = await parts(await Packer.toBuffer(make(), false, overrides));
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    for (const [name, xml] of ours) expect(withoutTimes(xml), name).toBe(withoutTimes(theirs.get(name)!));
    expect(ours.get('word/extra.xml')).toBe('<x>中文 &amp; “引号”</x>');
  });

  it('gives a report .docx that unzip tests clean', async () => {
    const bytes = await buildReportDocx(typicalReport(), DEFAULT_EXPORT_SETTINGS);
    const dir = mkdtempSync(path.join(tmpdir(), '压缩 '));
    try {
      const file = path.join(dir, '报告.docx');
      writeFileSync(file, bytes);
      const out = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(out).toMatch(/No errors detected/);
      expect(out).toContain('word/document.xml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('zipFiles', () => {
  it('stores text and binary parts, UTF-8 names and empty files, with their dates', async () => {
    const binary = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
    const files = new Map<string, string | Uint8Array>([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', '正文'.repeat(5000)],
      ['word/media/图片.bin', binary.subarray(1000)],
      ['empty.txt', ''],
    ]);
    const when = new Date(2025, 11, 10, 16, 40, 22);
    const zip = await JSZip.loadAsync(zipFiles(files, when));
    expect(Object.keys(zip.files)).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/media/图片.bin', 'empty.txt']);
    expect(await zip.file('word/document.xml')!.async('string')).toBe('正文'.repeat(5000));
    expect(Buffer.from(await zip.file('word/media/图片.bin')!.async('uint8array')).equals(Buffer.from(binary.subarray(1000)))).toBe(true);
    expect(await zip.file('empty.txt')!.async('string')).toBe('');
    // DOS times have a 2-second resolution.
    expect(zip.file('empty.txt')!.date.getTime()).toBe(new Date(2025, 11, 10, 16, 40, 22).getTime());
  });
});
