// File bytes → text, in-process (the reader process only wraps this): formats, encodings, structure kept.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../electron/services/import/decodeText';
import { paragraphsToText, readDocxParagraphs } from '../../../../electron/services/import/docxText';
import { extractText } from '../../../../electron/services/import/extract';
import { classifyOle } from '../../../../electron/services/import/ole';
import { AppError } from '../../../../shared/errors';
import { seedText } from '../../../helpers/seedReports';
import { buildCfb, loopingWordCfb, wordCfb } from './cfbWriter';
import { SAMPLE_LINES, VALID_DIR } from './hostileCorpus';
import { minimalDocx } from './zipWriter';

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('text files', () => {
  const text = seedText(3);

  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with BOM (Notepad 「Unicode」)', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a BOM by where its zero bytes fall', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reads GB18030/GBK text (Notepad 「ANSI」 on a Chinese PC)', () => {
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: Buffer.from(text, 'utf8') });
    expect(gbk.equals(Buffer.from(text, 'utf8'))).toBe(false);
    expect(decodeText(gbk)).toEqual({ text, encoding: 'gb18030' });
  });

  it('refuses binary content', () => {
    expect(() => decodeText(Buffer.from([0x00, 0x01, 0x02, 0x03, 0x10, 0x41]))).toThrow(/不是文字/);
  });

  it('refuses text mixing UTF-8 and GBK with its own message, naming the first bad line', () => {
    const gbkLine = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: Buffer.from('二、存在的不足\n', 'utf8') });
    const mixed = Buffer.concat([Buffer.from(`${text.split('\n').slice(0, 3).join('\n')}\n`, 'utf8'), gbkLine, Buffer.from('三、下一步打算\n', 'utf8')]);
    let error: unknown;
    try {
      decodeText(mixed);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain('文件编码无法识别：从第 4 行起');
    expect((error as AppError).message).toContain('另存为 UTF-8');
    // Plain GBK is still read, and a few stray control characters do not make text binary.
    expect(decodeText(gbkLine).text).toBe('二、存在的不足\n');
  });

  it('reads pasted-as-file text whatever its extension, unless it claims to be Word', async () => {
    expect((await extractText('报告.txt', Buffer.from(text))).format).toBe('txt');
    expect((await extractText('报告', Buffer.from(text))).text).toBe(text);
    expect((await refusal(extractText('报告.docx', Buffer.from(text)))).message).toContain('.docx');
  });
});

describe('Word files', () => {
  it('reads the LibreOffice .doc and .docx samples line by line', async () => {
    for (const file of ['sample.doc', 'sample.docx']) {
      const result = await extractText(file, readFileSync(path.join(VALID_DIR, file)));
      expect(result.format).toBe(file.endsWith('x') ? 'docx' : 'doc');
      expect(result.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(SAMPLE_LINES);
    }
  });

  it('takes the content, not the name: a .docx called .txt still reads as Word', async () => {
    const result = await extractText('报告.txt', readFileSync(path.join(VALID_DIR, 'sample.docx')));
    expect(result.format).toBe('docx');
  });

  it('writes automatic heading numbers into the text, and keeps typed ones', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'outline',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('XX镇关于'), new TextRun({ text: '2024年度法治政府建设情况的报告', break: 1 })] }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 }, text: '主要举措和成效' }),
            new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: { reference: 'outline', level: 1 }, text: '推进政府依法高效履职' }),
            new Paragraph({ children: [new TextRun({ text: '（二）严格规范公正文明执法。', bold: true }), new TextRun('全年办理案件12件。')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: 'outline', level: 0 }, text: '存在的不足和原因' }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, text: '三、下一年度推进法治政府建设的主要安排' }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const paragraphs = await readDocxParagraphs(bytes);
    expect(paragraphs[1]).toMatchObject({ headingLevel: 1, autoNumbered: true, text: '主要举措和成效' });
    expect(paragraphsToText(paragraphs).split('\n')).toEqual([
      'XX镇关于',
      '2024年度法治政府建设情况的报告',
      '一、主要举措和成效',
      '（一）推进政府依法高效履职',
      // The run-in heading keeps its text with the paragraph, as in the file.
      '（二）严格规范公正文明执法。全年办理案件12件。',
      '二、存在的不足和原因',
      '三、下一年度推进法治政府建设的主要安排',
    ]);
  });

  it('reads the body alone from a file with footnotes and comments, and still refuses a DTD in those parts', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('脚注：数据来源于统计年鉴。')] } },
      comments: { children: [{ id: 0, author: '审核人', children: [new Paragraph('批注：请核实案件数。')] }] },
      sections: [
        {
          children: [
            new Paragraph('一、主要举措和成效'),
            new Paragraph({ children: [new CommentRangeStart(0), new TextRun('全年办理案件12件'), new FootnoteReferenceRun(1), new TextRun('。'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['word/footnotes.xml', 'word/comments.xml', '[Content_Types].xml']));
    const text = await extractText('脚注.docx', bytes);
    expect(text.text.split('\n')).toEqual(['一、主要举措和成效', '全年办理案件12件。']);
    // mammoth does not parse the notes or comments (their text is never used): a broken one
    // costs nothing and stops nothing…
    const broken = await (await JSZip.loadAsync(bytes)).file('word/comments.xml', '<w:comments><w:comment').generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect((await extractText('批注.docx', broken)).text).toBe(text.text);
    // …yet the guard still scans them: a DTD there is refused as anywhere else.
    for (const part of ['word/footnotes.xml', 'word/comments.xml', '[Content_Types].xml']) {
      const xml = (await zip.file(part)!.async('string')).replace('?>', '?><!DOCTYPE x [<!ENTITY e "e">]>');
      const hostile = await (await JSZip.loadAsync(bytes)).file(part, xml).generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      expect((await refusal(extractText('脚注.docx', hostile))).code).toBe('IMPORT_UNSAFE');
    }
  });

  it('tells OLE files apart by their streams', () => {
    expect(classifyOle(readFileSync(path.join(VALID_DIR, 'sample.doc')))).toEqual({ kind: 'doc' });
    expect(classifyOle(buildCfb([{ name: 'EncryptedPackage', data: Buffer.alloc(10) }, { name: 'EncryptionInfo', data: Buffer.alloc(10) }]))).toEqual({ kind: 'encrypted' });
    expect(classifyOle(buildCfb([{ name: 'PowerPoint Document', data: Buffer.alloc(10) }]))).toEqual({ kind: 'other', what: 'PowerPoint 演示文稿' });
  });

  it('refuses text beyond two million characters', async () => {
    // Varied characters: a repeated one would compress like a zip bomb and be refused as one.
    let seed = 1;
    const line = () => Array.from({ length: 1_000_001 }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000))).join('');
    const err = await refusal(extractText('长.docx', minimalDocx([line(), line()])));
    expect(err.code).toBe('IMPORT_TOO_LARGE');
  });
});

describe('OLE files with crafted sector chains', () => {
  // How fast it is refused is the bench's (test/bench/cases/readerLimits.ts, ole-loop-refusal);
  // a chain followed round and round would end in the test's timeout or out of memory.
  it('refuses a stream whose chain loops (A→B→A), not by running out of memory', async () => {
    await expect(extractText('循环.doc', loopingWordCfb())).rejects.toMatchObject({ code: 'IMPORT_UNREADABLE' });
  });

  it('refuses a header claiming 2³¹ FAT sectors with a DIFAT chain that points to itself', async () => {
    const file = wordCfb();
    file.writeUInt32LE(0x80000000, 0x2c);
    file.writeUInt32LE(1, 0x44);
    // Sector 1's last word (its next DIFAT sector) is itself.
    file.writeUInt32LE(1, 512 * 2 - 4);
    await expect(extractText('巨大.doc', file)).rejects.toMatchObject({ code: 'IMPORT_UNREADABLE' });
  });

  it('passes the same file unbroken (and the real .doc sample) as a Word document', () => {
    expect(classifyOle(wordCfb())).toEqual({ kind: 'doc' });
    expect(classifyOle(readFileSync(path.join(VALID_DIR, 'sample.doc')))).toEqual({ kind: 'doc' });
  });
});
