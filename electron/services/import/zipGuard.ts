// A .docx is a zip. Before mammoth (JSZip) sees one, its central directory is read here and
// judged: truncated, ZIP64, password-protected, too many entries, too large when inflated, or
// compressed suspiciously well (a zip bomb) → refused before anything is inflated. Then every XML
// part is inflated with a hard output bound equal to its declared size (so a lying header cannot
// inflate further) and scanned for DOCTYPE/ENTITY declarations (billion laughs, XXE).
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../../shared/errors';
import { MAX_ENTRY_RATIO, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, RATIO_MIN_BYTES } from '../../../shared/import/limits';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const EOCD_MIN = 22;
/** Largest output chunk zlib is given at once (see inflateEntry). */
const INFLATE_CHUNK_MAX = 1 << 20;

const TRUNCATED = '文件不完整，可能在下载或复制时中断。请重新获取原文件后再导入。';
const BOMB = '文件中有压缩比异常的部分（可能是恶意构造的“压缩炸弹”），已拒绝导入。';

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(bytes: Uint8Array, dv: DataView): number {
  const stop = Math.max(0, bytes.length - EOCD_MIN - 0xffff);
  for (let i = bytes.length - EOCD_MIN; i >= stop; i--) {
    if (dv.getUint32(i, true) === EOCD_SIG) return i;
  }
  return -1;
}

/** Entries in the central directory between `from` and `to`, walked header by header. */
function countDirectory(dv: DataView, from: number, to: number): number {
  let n = 0;
  for (let p = from; p + 46 <= to && dv.getUint32(p, true) === CEN_SIG; n++) {
    p += 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
  }
  return n;
}

/** The central directory, checked against the file's length and the limits. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < EOCD_MIN) throw new AppError('IMPORT_UNREADABLE', TRUNCATED);
  const dv = view(bytes);
  const eocd = findEndOfCentralDirectory(bytes, dv);
  if (eocd < 0) throw new AppError('IMPORT_UNREADABLE', TRUNCATED);
  const count = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  const cdOffset = dv.getUint32(eocd + 16, true);
  const zip64 = '文件使用了不支持的压缩格式（ZIP64）。请在 Word/WPS 中另存为 .docx 后再导入。';
  if (cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new AppError('IMPORT_UNREADABLE', zip64);
  if (cdOffset + cdSize > eocd) throw new AppError('IMPORT_UNREADABLE', TRUNCATED);
  // The count field holds 16 bits: 70,000 entries say 4,464 (or 65,535, ZIP64's mark). The
  // directory itself is counted, so a refusal says how many there are.
  const listed = countDirectory(dv, cdOffset, cdOffset + cdSize);
  if (listed > MAX_ZIP_ENTRIES) {
    throw new AppError('IMPORT_UNSAFE', `文件内部包含 ${listed.toLocaleString('zh-CN')} 个部件，远多于正常的 Word 文档（一般不超过几十个），已拒绝导入。`);
  }
  if (count === 0xffff) throw new AppError('IMPORT_UNREADABLE', zip64);
  if (listed !== count) throw new AppError('IMPORT_UNREADABLE', TRUNCATED);

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = cdOffset;
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > eocd || dv.getUint32(p, true) !== CEN_SIG) throw new AppError('IMPORT_UNREADABLE', TRUNCATED);
    const nameLength = dv.getUint16(p + 28, true);
    const entry: ZipEntry = {
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      size: dv.getUint32(p + 24, true),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      localOffset: dv.getUint32(p + 42, true),
    };
    p += 46 + nameLength + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true);
    if (entry.flags & 0x1) throw new AppError('IMPORT_ENCRYPTED');
    if (entry.method !== 0 && entry.method !== 8) {
      throw new AppError('IMPORT_UNREADABLE', '文件使用了不支持的压缩方式。请在 Word/WPS 中另存为 .docx 后再导入。');
    }
    if (entry.localOffset + 30 + entry.compressedSize > cdOffset) throw new AppError('IMPORT_UNREADABLE', TRUNCATED);
    total += entry.size;
    if (total > MAX_UNZIPPED_BYTES) {
      throw new AppError('IMPORT_UNSAFE', '文件解压后超过 200 MB（可能是恶意构造的“压缩炸弹”），已拒绝导入。');
    }
    const storedSizeWrong = entry.method === 0 && entry.size !== entry.compressedSize;
    const ratio = entry.size / Math.max(1, entry.compressedSize);
    if (storedSizeWrong || (entry.size >= RATIO_MIN_BYTES && ratio > MAX_ENTRY_RATIO)) throw new AppError('IMPORT_UNSAFE', BOMB);
    entries.push(entry);
  }
  return entries;
}

/** An entry's bytes, never more than its declared size: a header that lies is a refusal. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const dv = view(bytes);
  const at = entry.localOffset;
  if (dv.getUint32(at, true) !== LOC_SIG) throw new AppError('IMPORT_UNREADABLE', TRUNCATED);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new AppError('IMPORT_UNREADABLE', TRUNCATED);
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
  if (entry.method === 0) return raw;
  let out: Buffer;
  try {
    // One byte of room: output beyond the declared size shows the header lied. A part up to
    // 1 MB is inflated in one chunk (zlib's 16 KB chunks are copied together again after).
    out = inflateRawSync(raw, { maxOutputLength: entry.size + 1, chunkSize: Math.max(64, Math.min(entry.size + 1, INFLATE_CHUNK_MAX)) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new AppError('IMPORT_UNSAFE', BOMB);
    throw new AppError('IMPORT_UNREADABLE', '文件已损坏（压缩数据有误）。请在 Word/WPS 中打开并另存为 .docx 后再导入。');
  }
  if (out.length !== entry.size) {
    throw new AppError('IMPORT_UNREADABLE', '文件已损坏（部件大小与记录不符）。请在 Word/WPS 中打开并另存为 .docx 后再导入。');
  }
  return out;
}

/** Each encoding's 「<!」 with the declarations that start with it. */
const DTD_MARKERS = (['latin1', 'utf16le'] as const).map((encoding) => ({
  open: Buffer.from('<!', encoding),
  markers: ['<!DOCTYPE', '<!ENTITY'].map((m) => Buffer.from(m, encoding)),
}));

/** Word never writes a DTD; one in a part is a billion-laughs or XXE attempt, whatever the parser would do. */
export function hasDtd(xml: Buffer): boolean {
  // Searched for as 「<!」, then each hit looked at: a Word part has none (or a comment), and the
  // two-byte search is about ten times faster than the four long ones over the whole part.
  for (const { open, markers } of DTD_MARKERS) {
    for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
      if (markers.some((m) => xml.subarray(at, at + m.length).equals(m))) return true;
    }
  }
  return false;
}

function otherOfficeKind(names: ReadonlySet<string>, bytes: Uint8Array, entries: readonly ZipEntry[]): string | null {
  if (names.has('xl/workbook.xml')) return 'Excel 表格';
  if (names.has('ppt/presentation.xml')) return 'PowerPoint 演示文稿';
  const mimetype = entries.find((e) => e.name === 'mimetype');
  if (mimetype && mimetype.size < 200) {
    const type = inflateEntry(bytes, mimetype).toString('latin1');
    if (type.includes('opendocument.text')) return 'ODF 文档（.odt）';
    if (type.includes('opendocument')) return 'ODF 文件';
  }
  return null;
}

/** A checked .docx: its entries, and a reader that inflates (bounded) and scans a part on demand. */
export interface CheckedDocx {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** A part's bytes; refused if they declare a DTD or entities. */
  read(name: string): Buffer;
}

const UNSAFE_MESSAGE = '文件中含有文档类型定义（DTD）或实体声明，正常的 Word 文档不会有这些内容，已拒绝导入。';

/**
 * Everything a .docx must pass before mammoth reads it. Throws AppError with the message to
 * show; on success mammoth reads the parts through `read` (see docxText.ts), never from the raw
 * zip. Only the parts mammoth asks for are inflated — each bounded by its declared size and
 * scanned before it is handed over — so a theme or font table it never reads costs nothing.
 */
export function checkDocxPackage(bytes: Uint8Array): CheckedDocx {
  const entries = readZipDirectory(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has('word/document.xml')) {
    const kind = otherOfficeKind(new Set(byName.keys()), bytes, entries);
    throw new AppError(
      'IMPORT_UNREADABLE',
      kind
        ? `这是 ${kind}，不是 Word 文档。请选择年度报告的 Word 文件（.docx/.doc）或文本文件（.txt）。`
        : '文件是压缩包，但不是 Word 文档（缺少正文部分）。请选择年度报告的 Word 文件。',
    );
  }
  const cache = new Map<string, Buffer>();
  const read = (name: string): Buffer => {
    const known = cache.get(name);
    if (known) return known;
    const entry = byName.get(name);
    if (!entry) throw new Error(`no part ${name}`);
    const data = inflateEntry(bytes, entry);
    // Every part handed over is scanned, whatever its name: the relationships decide what the
    // parser reads as XML, and a main part may be called word/document.dat.
    if (hasDtd(data)) throw new AppError('IMPORT_UNSAFE', UNSAFE_MESSAGE);
    cache.set(name, data);
    return data;
  };
  // The parts every reader opens first: refuse an unsafe package before any parsing starts.
  for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml']) {
    if (byName.has(name)) read(name);
  }
  return { bytes, entries, read };
}
