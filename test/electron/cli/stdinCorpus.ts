// The hostile stdin corpus: what a stuck key, a broken converter, a hostile file or an unlucky
// paste hands to `nianbao import -`, each class in several generated variants. Every case says
// what must happen: 'import' (a report is made, and its export validates) or the error code of a
// clean refusal. Deterministic (seeded), so writeStdinCorpus.ts writes the same bytes each time;
// cases over 256 KB are built at test time instead of committed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorCode } from '../../../shared/errors';
import { MAX_IMPORT_TEXT_CHARS } from '../../../shared/import/limits';
import { buildCfb } from '../services/import/cfbWriter';
import { CORPUS_DIR, VALID_DIR } from '../services/import/hostileCorpus';
import { buildZip, documentXml, minimalDocx } from '../services/import/zipWriter';

export const STDIN_CORPUS_DIR = path.resolve(import.meta.dirname, '../../fixtures/import/stdin');
/** Larger cases are built at test time (the same function), not committed. */
export const COMMIT_MAX_BYTES = 256 * 1024;

/** 'refuse': any clean refusal (bytes flipped at random may break the zip or the XML first). */
export type Outcome = 'import' | 'refuse' | ErrorCode;
/** Cases taken from the API corpus (committed there, not again here). */
export const API_PREFIX = 'api-';

export interface StdinCase {
  file: string;
  expect: Outcome;
  what: string;
  build: () => Buffer;
}

const HEAD = ['某县某镇人民政府关于2024年度法治政府建设情况的报告', '县人民政府：', '2024年，我镇扎实推进法治政府建设。'];
const PARTS = ['一、主要举措和成效', '（一）推进政府依法高效履职', '二、存在的不足和原因', '三、下一年度推进法治政府建设的主要安排', '某县某镇人民政府', '2024年12月20日'];
/** A small real-looking report with `middle` as the body of its first sub-section. */
const report = (middle: string) => [...HEAD, PARTS[0], PARTS[1], middle, ...PARTS.slice(2)].join('\n');
const utf8 = (s: string) => Buffer.from(s, 'utf8');

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}
const randomBytes = (n: number, seed: number) => {
  const r = random(seed);
  return Buffer.from(Array.from({ length: n }, () => Math.floor(r() * 256)));
};

const sampleDocx = () => readFileSync(path.join(VALID_DIR, 'sample.docx'));
const sampleDoc = () => readFileSync(path.join(VALID_DIR, 'sample.doc'));

/** `bytes` with `count` seeded bytes flipped after the first `from` bytes. */
function flipped(bytes: Buffer, count: number, seed: number, from = 0): Buffer {
  const out = Buffer.from(bytes);
  const r = random(seed);
  for (let k = 0; k < count; k++) out[from + Math.floor(r() * (out.length - from))]! ^= 0xff;
  return out;
}

function outline(parts: number, subs: number): string {
  const lines = [...HEAD];
  for (let p = 0; p < parts; p++) {
    lines.push(`${'一二三四五六七八九'[p % 9]}、部分${p}`);
    for (let s = 0; s < subs; s++) lines.push(`（${'一二三四五六七八九'[s % 9]}）事项${s}`, '依法推进。');
  }
  return lines.join('\n');
}

/** A .doc-like compound file whose WordDocument chain is bent by `bend`. */
function bentCfb(bend: (file: Buffer) => void): Buffer {
  const fib = Buffer.alloc(8192);
  fib.writeUInt16LE(0xa5ec, 0);
  const file = buildCfb([{ name: 'WordDocument', data: fib }]);
  bend(file);
  return file;
}
const fat = (file: Buffer, sector: number, value: number) => file.writeUInt32LE(value, 512 + 4 * sector);

const iconv = (text: string, encoding: 'gb18030' | 'utf-16le' | 'utf-16be'): Buffer => {
  if (encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16be') return Buffer.from(text, 'utf16le').swap16();
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: Buffer.from(text, 'utf8') });
};

const cases: StdinCase[] = [];
const add = (file: string, expect: Outcome, what: string, build: () => Buffer) => cases.push({ file, expect, what, build });

// Runs of marks, spaces and quotes (the quadratic fixer and trims): imported, normalised.
for (const [name, unit, counts] of [
  ['commas', ',', [1_000, 30_000, 200_000]],
  ['full-width-commas', '，', [30_000]],
  ['spaces', ' ', [1_000, 200_000]],
  ['ideographic-spaces', '\u3000', [50_000]],
  ['quotes', '"', [1_000, 30_000]],
  ['single-quotes', "'", [30_000]],
  ['alternating', ',(', [25_000]],
  ['brackets', '(', [20_000]],
  ['tabs', '\t', [50_000]],
] as const) {
  for (const n of counts) add(`run-${name}-${n}.txt`, 'import', `a run of ${n} × ${JSON.stringify(unit)} inside a body line`, () => utf8(report(`全年${unit.repeat(n)}中`)));
}
add('trailing-spaces-lines.txt', 'import', '5,000 lines each ending in 40 spaces', () => utf8(report(Array.from({ length: 5000 }, () => `依法行政。${' '.repeat(40)}`).join('\n'))));
add('one-long-line.txt', 'import', 'one body line of 1,000,000 Chinese characters', () => utf8(report('法治政府建设'.repeat(166_666))));
add('at-the-text-limit.txt', 'import', `${MAX_IMPORT_TEXT_CHARS.toLocaleString('en')} characters in all`, () => {
  const r = report('');
  return utf8(r + '依'.repeat(MAX_IMPORT_TEXT_CHARS - r.length));
});
add('over-the-text-limit.txt', 'IMPORT_TOO_LARGE', 'one character over the text limit', () => {
  const r = report('');
  return utf8(r + '依'.repeat(MAX_IMPORT_TEXT_CHARS - r.length + 1));
});

// Structure: more headings or parts than any report.
for (const [parts, subs, expect] of [
  [5, 58, 'import'],
  [7, 43, 'IMPORT_TOO_LARGE'],
  [61, 0, 'IMPORT_TOO_LARGE'],
  [100, 10, 'IMPORT_TOO_LARGE'],
  [500, 20, 'IMPORT_TOO_LARGE'],
  [30_000, 4, 'IMPORT_TOO_LARGE'],
] as const) {
  add(`outline-${parts}x${subs}.txt`, expect, `${parts} parts × ${subs} sub-headings`, () => utf8(outline(parts, subs)));
}
add('headings-150000.txt', 'IMPORT_TOO_LARGE', '150,000 pasted heading lines', () => utf8(Array.from({ length: 150_000 }, (_, k) => (k % 5 === 0 ? '一、标题' : '（一）小标题')).join('\n')));

// XML-illegal and control characters: removed at the entry; the export validates.
const ILLEGAL: Array<[string, string]> = [
  ['fffe', '\uFFFE'],
  ['ffff', '\uFFFF'],
  ['fdd0', '\uFDD0'],
  ['nonchar-plane1', '\u{1FFFE}'],
  ['c0-controls', '\u0001\u0002\u0003\u0008\u000B\u000E\u001F'],
  ['escape-sequences', '\u001b[2J\u001b]0;pwned\u0007\u001b[31m'],
  ['del-and-c1', '\u007F\u0085\u009B'],
];
// A body of a real report's length: a handful of control characters in a page of text is text.
const PAGE = '坚持依法行政，严格规范公正文明执法，持续优化法治化营商环境。'.repeat(200);
for (const [name, chars] of ILLEGAL) {
  const body = `依法${chars}行政，严格${chars}执法。${PAGE}`;
  add(`illegal-${name}.txt`, 'import', `UTF-8 text with ${name} in a body line and in a heading`, () => utf8(report(body).replace('（一）推进', `（一）推${chars}进`)));
  add(`illegal-${name}-utf16.txt`, 'import', `UTF-16LE (BOM) text with ${name}`, () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv(report(body), 'utf-16le')]));
  add(`illegal-${name}.docx`, 'import', `a .docx with ${name} written raw into w:t`, () =>
    minimalDocx([], { 'word/document.xml': documentXml([...HEAD, PARTS[0]!, PARTS[1]!, '依法行政KEEP。', ...PARTS.slice(2)]).replace('KEEP', chars) }),
  );
}
add('lone-surrogates-utf16.txt', 'import', 'UTF-16LE with lone high and low surrogates', () => {
  const body = Buffer.concat([iconv('依法', 'utf-16le'), Buffer.from([0x00, 0xd8]), iconv('行政', 'utf-16le'), Buffer.from([0x00, 0xdc]), iconv('。', 'utf-16le')]);
  const [a, b] = report('@@').split('@@');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv(a!, 'utf-16le'), body, iconv(b!, 'utf-16le')]);
});
add('lone-surrogate-utf8.txt', 'IMPORT_UNREADABLE', 'UTF-8 text with an encoded lone surrogate (ED A0 80)', () => Buffer.concat([utf8(report('依法')), Buffer.from([0xed, 0xa0, 0x80]), utf8('行政。\n')]));

// Encodings.
add('gbk.txt', 'import', 'GBK (Notepad 「ANSI」)', () => iconv(report('依法行政。'), 'gb18030'));
add('gbk-with-utf8-line.txt', 'IMPORT_UNREADABLE', 'GBK text with one UTF-8 line pasted in', () => Buffer.concat([iconv(report('依法行政。'), 'gb18030'), utf8('\n这一行是UTF-8编码的文字。\n')]));
add('utf8-with-gbk-line.txt', 'IMPORT_UNREADABLE', 'UTF-8 text with one GBK line pasted in', () => Buffer.concat([utf8(report('依法行政。')), iconv('\n这一行是GBK编码的文字。\n', 'gb18030')]));
add('utf16be-bom.txt', 'import', 'UTF-16BE with BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv(report('依法行政。'), 'utf-16be')]));
add('utf16le-no-bom.txt', 'import', 'UTF-16LE without BOM', () => iconv(report('依法行政。'), 'utf-16le'));
add('utf8-bom.txt', 'import', 'UTF-8 with BOM and CRLF lines', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(report('依法行政。').replace(/\n/g, '\r\n'))]));
for (let k = 0; k < 4; k++) {
  add(`invalid-utf8-${k}.txt`, 'IMPORT_UNREADABLE', `UTF-8 with ${k + 1} stray continuation/lead bytes mid-text`, () => {
    const bad = [Buffer.from([0x80]), Buffer.from([0xc3]), Buffer.from([0xe4, 0xb8]), Buffer.from([0xff, 0xfe, 0xfd])].slice(0, k + 1);
    return Buffer.concat([utf8(report('依法行政。')), ...bad.map((b) => Buffer.concat([b, utf8('中文内容。\n')]))]);
  });
}

// Not text at all.
for (const [n, seed] of [
  [16, 1],
  [1024, 2],
  [65_536, 3],
  [300_000, 4],
] as const) {
  add(`random-${n}.bin`, 'IMPORT_UNREADABLE', `${n} random bytes`, () => randomBytes(n, seed));
}
add('nul-bytes.bin', 'IMPORT_UNREADABLE', '4,096 NUL bytes', () => Buffer.alloc(4096));
add('nul-in-text.txt', 'IMPORT_UNREADABLE', 'a report with one NUL character in it', () => utf8(report('依法\u0000行政')));
add('gzip.bin', 'IMPORT_UNREADABLE', 'a gzip stream', () => Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), randomBytes(500, 5)]));
add('elf.bin', 'IMPORT_UNREADABLE', 'an executable header', () => Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(600, 0)]));
add('pdf.bin', 'IMPORT_UNREADABLE', 'a PDF', () => utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n'));
add('empty.bin', 'IMPORT_EMPTY', 'nothing at all', () => Buffer.alloc(0));
add('bom-only.txt', 'IMPORT_EMPTY', 'a UTF-8 BOM and nothing else', () => Buffer.from([0xef, 0xbb, 0xbf]));
add('blank-lines.txt', 'IMPORT_EMPTY', '10,000 blank lines with spaces', () => utf8(' \u3000\t\r\n'.repeat(10_000)));

// Zip packages: truncated, bent, crafted.
for (const share of [0.05, 0.25, 0.5, 0.75, 0.9, 0.99]) {
  add(`docx-truncated-${Math.round(share * 100)}.docx`, 'IMPORT_UNREADABLE', `the first ${share * 100}% of a real .docx`, () => sampleDocx().subarray(0, Math.floor(sampleDocx().length * share)));
}
for (let seed = 1; seed <= 6; seed++) {
  // Only the compressed data and central directory are bent: the local header must still say zip.
  add(`docx-flipped-${seed}.docx`, 'refuse', `a real .docx with ${seed * 3} bytes flipped`, () => flipped(sampleDocx(), seed * 3, seed, 64));
}
add('zip-70000-entries.docx', 'IMPORT_UNSAFE', '70,000 empty entries (the 16-bit count says 4,464)', () => buildZip(Array.from({ length: 70_000 }, (_, k) => ({ name: `p${k}`, data: '', store: true }))));
add('zip-6000-entries.docx', 'IMPORT_UNSAFE', '6,000 empty entries', () => buildZip(Array.from({ length: 6000 }, (_, k) => ({ name: `p${k}`, data: '', store: true }))));
add('zip-count-ffff.docx', 'IMPORT_UNREADABLE', 'an end record claiming 65,535 entries (ZIP64 mark)', () => {
  const zip = minimalDocx(['正文']);
  zip.writeUInt16LE(0xffff, zip.length - 22 + 8);
  zip.writeUInt16LE(0xffff, zip.length - 22 + 10);
  return zip;
});
add('zip-directory-past-end.docx', 'IMPORT_UNREADABLE', 'a central directory offset beyond the file', () => {
  const zip = minimalDocx(['正文']);
  zip.writeUInt32LE(0x7fffffff, zip.length - 22 + 16);
  return zip;
});
add('zip-no-main-part.docx', 'IMPORT_UNREADABLE', 'a package without word/document.xml', () => buildZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/other.xml', data: '<x/>' }]));
const datRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.dat"/></Relationships>`;
add('dtd-in-dat-part.docx', 'IMPORT_UNSAFE', 'the main part named word/document.dat, with a DTD', () =>
  minimalDocx([], { '_rels/.rels': datRels, 'word/document.dat': documentXml(['&x;'], '<!DOCTYPE w:document [<!ENTITY x "依法行政">]>\n').replace('&amp;x;', '&x;') }),
);
add('zip-traversal-names.docx', 'import', 'a .docx with extra parts named ../../evil and /etc/x', () =>
  minimalDocx([...HEAD, ...PARTS], { '../../evil.xml': '<x/>', '/etc/x.xml': '<x/>' }),
);
add('docx-many-paragraphs.docx', 'import', 'a .docx of 20,000 short varied paragraphs', () => {
  const r = random(9);
  const para = () => Array.from({ length: 6 }, () => String.fromCharCode(0x4e00 + Math.floor(r() * 20000))).join('');
  return minimalDocx([...HEAD, PARTS[0]!, PARTS[1]!, ...Array.from({ length: 20_000 }, para), ...PARTS.slice(2)]);
});
add('docx-repetitive-paragraphs.docx', 'IMPORT_UNSAFE', 'a .docx of 40,000 identical paragraphs (compresses like a zip bomb)', () =>
  minimalDocx([...HEAD, PARTS[0]!, PARTS[1]!, ...Array.from({ length: 40_000 }, () => '依'), ...PARTS.slice(2)]),
);
add('docx-deep-nesting.docx', 'IMPORT_UNSAFE', 'document.xml nested 100,000 elements deep (compresses like a zip bomb)', () =>
  minimalDocx([], { 'word/document.xml': documentXml(['x']).replace('<w:body>', `<w:body>${'<w:sdt><w:sdtContent>'.repeat(100_000)}`).replace('</w:body>', `${'</w:sdtContent></w:sdt>'.repeat(100_000)}</w:body>`) }),
);

// OLE compound files with crafted chains and headers.
for (const [name, what, bend] of [
  ['loop-first', 'the last sector points back to the first', (f: Buffer) => fat(f, 17, 2)],
  ['loop-self', 'a sector points to itself', (f: Buffer) => fat(f, 5, 5)],
  ['loop-middle', 'a chain loops back to its middle', (f: Buffer) => fat(f, 17, 9)],
  ['chain-out-of-file', 'a chain points past the end of the file', (f: Buffer) => fat(f, 10, 0x00ffffff)],
  ['fat-count-huge', 'a header claiming 2³¹ FAT sectors', (f: Buffer) => f.writeUInt32LE(0x80000000, 0x2c)],
  ['difat-self-loop', 'a DIFAT chain that points to itself', (f: Buffer) => {
    f.writeUInt32LE(0x80000000, 0x2c);
    f.writeUInt32LE(1, 0x44);
    f.writeUInt32LE(1, 0x48);
  }],
  ['directory-loop', 'the directory chain loops', (f: Buffer) => fat(f, 1, 1)],
  ['stream-size-huge', 'a stream claiming 4 GB', (f: Buffer) => f.writeUInt32LE(0xfffffff0, 512 * 2 + 128 + 0x78)],
] as Array<[string, string, (f: Buffer) => void]>) {
  add(`ole-${name}.doc`, 'IMPORT_UNREADABLE', `an OLE file: ${what}`, () => bentCfb(bend));
}
for (const share of [0.1, 0.5, 0.9]) {
  add(`doc-truncated-${Math.round(share * 100)}.doc`, 'IMPORT_UNREADABLE', `the first ${share * 100}% of a real .doc`, () => sampleDoc().subarray(0, Math.floor(sampleDoc().length * share)));
}

// The committed hostile files of the API test, now through standard input (no name to go by).
for (const file of Object.keys(JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>)) {
  const known = (JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as Record<string, { code: ErrorCode }>)[file]!.code;
  // Without a name, plain text named .docx is just text: a (tiny) report.
  const expect: Outcome = file === 'text-renamed.docx' ? 'import' : known;
  add(`${API_PREFIX}${file}`, expect, `test/fixtures/import/hostile/${file} on stdin`, () => readFileSync(path.join(CORPUS_DIR, file)));
}

export const STDIN_CASES: readonly StdinCase[] = cases;
