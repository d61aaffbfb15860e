// The hostile-file corpus: files an import must refuse, each with the error code it must get.
// Small ones are committed under test/fixtures/import/hostile (written by writeCorpus.ts, listed
// in manifest.json); large ones (> 50 MB, thousands of entries) are made at test time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ErrorCode } from '../../../../shared/errors';
import { buildCfb } from './cfbWriter';
import { buildZip, documentXml, minimalDocx } from './zipWriter';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../fixtures/import/hostile');
export const VALID_DIR = path.resolve(import.meta.dirname, '../../../fixtures/import/valid');

export interface HostileCase {
  file: string;
  code: ErrorCode;
  /** What the file is, for the manifest and failure messages. */
  what: string;
  build: (ctx: CorpusContext) => Buffer;
}

export interface CorpusContext {
  /** A real .doc written by LibreOffice. */
  doc: Buffer;
  /** A real .docx written by our exporter or LibreOffice. */
  docx: Buffer;
}

const PNG_1x1 = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000050001' + '0d0a2db40000000049454e44ae426082',
  'hex',
);

function billionLaughs(): string {
  const defs = ['<!ENTITY lol0 "哈哈哈哈哈哈哈哈哈哈">'];
  for (let i = 1; i <= 9; i++) defs.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return documentXml(['法治政府建设', '&lol9;']).replace('&amp;lol9;', '&lol9;').replace('<w:document', `<!DOCTYPE w:document [${defs.join('')}]>\n<w:document`);
}

function xxe(): string {
  return documentXml(['&xxe;'])
    .replace('&amp;xxe;', '&xxe;')
    .replace('<w:document', '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<w:document');
}

/** The FIB flag word of a .doc's WordDocument stream with fEncrypted set. */
function setDocEncryptedFlag(doc: Buffer): Buffer {
  const out = Buffer.from(doc);
  // The FIB (wIdent 0xA5EC) starts the WordDocument stream: at a sector, or at a 64-byte mini
  // sector inside the root stream when the stream is small.
  for (let at = 512; at + 12 < out.length; at += 64) {
    if (out.readUInt16LE(at) === 0xa5ec) {
      out.writeUInt16LE(out.readUInt16LE(at + 0x0a) | 0x0100, at + 0x0a);
      return out;
    }
  }
  throw new Error('no FIB found in the .doc');
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    file: 'encrypted.docx',
    code: 'IMPORT_ENCRYPTED',
    what: 'password-protected .docx: an OLE compound file with EncryptionInfo and EncryptedPackage streams',
    build: () =>
      buildCfb([
        { name: 'EncryptionInfo', data: Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0"?><encryption/>')]) },
        { name: 'EncryptedPackage', data: Buffer.concat([Buffer.from([0, 0x10, 0, 0, 0, 0, 0, 0]), Buffer.alloc(4096, 0x5a)]) },
      ]),
  },
  { file: 'encrypted.doc', code: 'IMPORT_ENCRYPTED', what: 'a .doc whose FIB says it is encrypted', build: (c) => setDocEncryptedFlag(c.doc) },
  { file: 'truncated.docx', code: 'IMPORT_UNREADABLE', what: 'the first 60% of a real .docx', build: (c) => c.docx.subarray(0, Math.floor(c.docx.length * 0.6)) },
  { file: 'truncated.doc', code: 'IMPORT_UNREADABLE', what: 'the first 40% of a real .doc', build: (c) => c.doc.subarray(0, Math.floor(c.doc.length * 0.4)) },
  { file: 'png-renamed.docx', code: 'IMPORT_UNREADABLE', what: 'a PNG image named .docx', build: () => PNG_1x1 },
  { file: 'pdf-renamed.doc', code: 'IMPORT_UNREADABLE', what: 'a PDF named .doc', build: () => Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n') },
  { file: 'text-renamed.docx', code: 'IMPORT_UNREADABLE', what: 'plain text named .docx', build: () => Buffer.from('一、主要举措和成效\n正文。\n') },
  { file: 'rtf-renamed.doc', code: 'IMPORT_UNREADABLE', what: 'an RTF document named .doc', build: () => Buffer.from('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}}\\f0 text}') },
  { file: 'empty.docx', code: 'IMPORT_EMPTY', what: 'zero bytes', build: () => Buffer.alloc(0) },
  { file: 'empty.txt', code: 'IMPORT_EMPTY', what: 'zero bytes', build: () => Buffer.alloc(0) },
  { file: 'blank.txt', code: 'IMPORT_EMPTY', what: 'only spaces and line breaks', build: () => Buffer.from(' \r\n\u3000\r\n\t\n', 'utf8') },
  { file: 'no-text.docx', code: 'IMPORT_EMPTY', what: 'a valid .docx without any text', build: () => minimalDocx([]) },
  { file: 'binary.txt', code: 'IMPORT_UNREADABLE', what: 'binary bytes named .txt', build: () => Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)) },
  { file: 'garbage.docx', code: 'IMPORT_UNREADABLE', what: 'bytes that start like a zip and are nothing', build: () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(2000, 0x41)]) },
  {
    file: 'zip-bomb.docx',
    code: 'IMPORT_UNSAFE',
    what: 'document.xml declaring 210 MB (zeros, deflated ~1000:1)',
    build: () => minimalDocx(['x'], { 'word/document.xml': Buffer.alloc(210 * 1024 * 1024) }),
  },
  {
    file: 'ratio-bomb.docx',
    code: 'IMPORT_UNSAFE',
    what: 'a 40 MB part compressed ~1000:1 (under the 200 MB total)',
    build: () => minimalDocx(['x'], { 'word/styles.xml': Buffer.alloc(40 * 1024 * 1024, 0x20) }),
  },
  {
    file: 'lying-size.docx',
    code: 'IMPORT_UNSAFE',
    what: 'document.xml declaring 50 KB that inflates to 8 MB',
    build: () =>
      buildZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', data: Buffer.alloc(8 * 1024 * 1024, 0x20), declaredSize: 50 * 1024 },
      ]),
  },
  { file: 'billion-laughs.docx', code: 'IMPORT_UNSAFE', what: 'nested entities in document.xml', build: () => minimalDocx([], { 'word/document.xml': billionLaughs() }) },
  { file: 'xxe.docx', code: 'IMPORT_UNSAFE', what: 'an external entity reading /etc/passwd', build: () => minimalDocx([], { 'word/document.xml': xxe() }) },
  {
    file: 'dtd-in-styles.docx',
    code: 'IMPORT_UNSAFE',
    what: 'a DOCTYPE in word/styles.xml, not in the main part',
    build: () => minimalDocx(['正文'], { 'word/styles.xml': '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "b">]><w:styles/>' }),
  },
  { file: 'zip-encrypted.docx', code: 'IMPORT_ENCRYPTED', what: 'zip entries flagged as encrypted', build: () => minimalDocx(['正文'], {}, { flags: 0x1 }) },
  {
    file: 'excel.docx',
    code: 'IMPORT_UNREADABLE',
    what: 'an Excel package named .docx',
    build: () => buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.xml', data: '<workbook/>' }]),
  },
  { file: 'excel-ole.doc', code: 'IMPORT_UNREADABLE', what: 'a legacy Excel file (Workbook stream) named .doc', build: () => buildCfb([{ name: 'Workbook', data: Buffer.alloc(5000, 1) }]) },
  {
    file: 'broken-xml.docx',
    code: 'IMPORT_UNREADABLE',
    what: 'a .docx whose document.xml is not well-formed',
    build: () => minimalDocx([], { 'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>断了' }),
  },
];

/** A real .doc and .docx made by LibreOffice from a few lines of text. */
export function makeRealOfficeFiles(lines: string[]): CorpusContext {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  try {
    const txt = path.join(dir, 'sample.txt');
    writeFileSync(txt, lines.join('\n'), 'utf8');
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    for (const target of ['doc:MS Word 97', 'docx:MS Word 2007 XML']) {
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--infilter=Text (encoded):UTF8', '--convert-to', target, '--outdir', dir, txt], {
        stdio: 'ignore',
        timeout: 120_000,
      });
    }
    return { doc: readFileSync(path.join(dir, 'sample.doc')), docx: readFileSync(path.join(dir, 'sample.docx')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lines of the valid sample files (also the source of the corpus's real .doc/.docx). */
export const SAMPLE_LINES = [
  'XX县XX镇人民政府关于2024年度法治政府建设情况的报告',
  '县人民政府：',
  '2024年，我镇在县委、县政府的正确领导下，扎实推进法治政府建设。现将有关情况报告如下：',
  '一、主要举措和成效',
  '（一）推进政府依法高效履职',
  '全年办理行政许可事项52件，群众满意率98.5%。',
  '二、存在的不足和原因',
  '法治宣传的针对性还不够强。',
  '三、下一年度推进法治政府建设的主要安排',
  '继续加强执法队伍建设。',
  'XX县XX镇人民政府',
  '2024年12月20日',
];
