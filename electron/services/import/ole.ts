// OLE compound files (D0 CF 11 E0): a legacy .doc/.wps, but also a password-protected .docx
// (EncryptionInfo + EncryptedPackage streams), an .xls or a .ppt. Only the directory is read —
// enough to tell them apart — and the first bytes of the WordDocument stream, whose FIB says
// whether the .doc itself is encrypted.
import { AppError } from '../../../shared/errors';

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export type OleKind =
  | { kind: 'doc' }
  | { kind: 'encrypted' }
  | { kind: 'other'; what: string };

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const DIR_ENTRY = 128;

const BROKEN = '文件已损坏或不完整，无法读取。请在 Word/WPS 中打开并另存为 .docx 后再导入。';

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

interface Header {
  shift: number;
  fat: number[];
  firstDirSector: number;
  /** Sectors the file can hold: no count or chain may exceed it, whatever the header claims. */
  maxSectors: number;
}

function sectorOffset(h: Header, n: number): number {
  return (n + 1) << h.shift;
}

function readHeader(bytes: Uint8Array, dv: DataView): Header {
  if (bytes.length < 512) throw new AppError('IMPORT_UNREADABLE', BROKEN);
  const shift = dv.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) throw new AppError('IMPORT_UNREADABLE', BROKEN);
  const size = 1 << shift;
  const maxSectors = Math.floor(bytes.length / size);
  const fatSectors = dv.getUint32(0x2c, true);
  // A header claiming more FAT sectors than the file has room for (2³¹ of them) is a crafted file.
  if (fatSectors > maxSectors) throw new AppError('IMPORT_UNREADABLE', BROKEN);
  const firstDirSector = dv.getUint32(0x30, true);
  // The sector numbers of the FAT: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatList: number[] = [];
  for (let i = 0; i < 109 && fatList.length < fatSectors; i++) fatList.push(dv.getUint32(0x4c + 4 * i, true));
  let difat = dv.getUint32(0x44, true);
  const seen = new Set<number>();
  while (fatList.length < fatSectors && difat !== END_OF_CHAIN && difat !== FREE) {
    const at = (difat + 1) * size;
    if (at + size > bytes.length || seen.has(difat)) throw new AppError('IMPORT_UNREADABLE', BROKEN);
    seen.add(difat);
    for (let i = 0; i < size / 4 - 1 && fatList.length < fatSectors; i++) fatList.push(dv.getUint32(at + 4 * i, true));
    difat = dv.getUint32(at + size - 4, true);
  }
  const fat: number[] = [];
  for (const s of fatList) {
    const at = (s + 1) * size;
    if (at + size > bytes.length) throw new AppError('IMPORT_UNREADABLE', BROKEN);
    for (let i = 0; i < size / 4; i++) fat.push(dv.getUint32(at + 4 * i, true));
  }
  return { shift, fat, firstDirSector, maxSectors };
}

interface DirEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

function readDirectory(bytes: Uint8Array, dv: DataView, h: Header): DirEntry[] {
  const size = 1 << h.shift;
  const entries: DirEntry[] = [];
  const seen = new Set<number>();
  for (let s = h.firstDirSector; s !== END_OF_CHAIN; s = h.fat[s] ?? FREE) {
    if (s === FREE || seen.has(s) || seen.size > h.maxSectors) throw new AppError('IMPORT_UNREADABLE', BROKEN);
    seen.add(s);
    const at = sectorOffset(h, s);
    if (at + size > bytes.length) throw new AppError('IMPORT_UNREADABLE', BROKEN);
    for (let e = at; e < at + size; e += DIR_ENTRY) {
      const nameBytes = Math.min(64, dv.getUint16(e + 0x40, true));
      const type = bytes[e + 0x42] ?? 0;
      if (type === 0) continue;
      const name = Buffer.from(bytes.buffer, bytes.byteOffset + e, Math.max(0, nameBytes - 2)).toString('utf16le');
      entries.push({ name, type, start: dv.getUint32(e + 0x74, true), size: dv.getUint32(e + 0x78, true) });
    }
  }
  return entries;
}

/** The sector numbers of a chain, guarded against loops (a visited set) and sectors past the end
 *  of the file; never longer than `limit` or than the file has sectors. */
function chain(bytes: Uint8Array, h: Header, start: number, limit: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (let s = start; s !== END_OF_CHAIN && out.length < limit; s = h.fat[s] ?? FREE) {
    if (s === FREE || seen.has(s) || out.length >= h.maxSectors || sectorOffset(h, s) + (1 << h.shift) > bytes.length) {
      throw new AppError('IMPORT_UNREADABLE', BROKEN);
    }
    seen.add(s);
    out.push(s);
  }
  return out;
}

/**
 * Every stream's sector chain, walked once with a visited set: word-extractor follows the same
 * chains without one, and a loop (A→B→A) there grows an array until the process runs out of
 * memory. Streams in regular sectors are checked here; small ones live in the root's mini stream,
 * whose own chain is checked as the root's.
 */
function checkChains(bytes: Uint8Array, dv: DataView, h: Header, entries: readonly DirEntry[]): void {
  const cutoff = dv.getUint32(0x38, true);
  const sectorSize = 1 << h.shift;
  for (const e of entries) {
    const regular = e.type === 5 || (e.type === 2 && e.size >= cutoff);
    if (!regular || e.size === 0) continue;
    const needed = Math.ceil(e.size / sectorSize);
    if (needed > h.maxSectors) throw new AppError('IMPORT_UNREADABLE', BROKEN);
    // To its end, as a reader following it would go: a loop anywhere in it is found.
    chain(bytes, h, e.start, Number.POSITIVE_INFINITY);
  }
}

/** Offset in the file of the first bytes of a stream (regular sectors, or the mini stream). */
function streamStart(bytes: Uint8Array, dv: DataView, h: Header, root: DirEntry, stream: DirEntry): number {
  if (stream.size >= dv.getUint32(0x38, true)) return sectorOffset(h, stream.start);
  // Small streams live in 64-byte mini sectors inside the root entry's stream.
  const miniOffset = stream.start * 64;
  const sectorSize = 1 << h.shift;
  const rootSectors = chain(bytes, h, root.start, Math.floor(miniOffset / sectorSize) + 1);
  const sector = rootSectors[Math.floor(miniOffset / sectorSize)];
  if (sector === undefined) throw new AppError('IMPORT_UNREADABLE', BROKEN);
  return sectorOffset(h, sector) + (miniOffset % sectorSize);
}

/** FIB flags of a Word 97+ document: fEncrypted (bit 8) or fObfuscated (bit 15). */
function wordIsEncrypted(bytes: Uint8Array, dv: DataView, h: Header, root: DirEntry, stream: DirEntry): boolean {
  const at = streamStart(bytes, dv, h, root, stream);
  if (at + 12 > bytes.length) throw new AppError('IMPORT_UNREADABLE', BROKEN);
  if (dv.getUint16(at, true) !== 0xa5ec) {
    throw new AppError('IMPORT_UNREADABLE', '这是 Word 95 或更早版本的文档，或文件已损坏，无法读取。请在 Word/WPS 中另存为 .docx 后再导入。');
  }
  const flags = dv.getUint16(at + 0x0a, true);
  return (flags & 0x0100) !== 0 || (flags & 0x8000) !== 0;
}

export function classifyOle(bytes: Uint8Array): OleKind {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = readHeader(bytes, dv);
  const entries = readDirectory(bytes, dv, header);
  checkChains(bytes, dv, header, entries);
  const names = new Set(entries.map((e) => e.name));
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return { kind: 'encrypted' };
  const word = entries.find((e) => e.name === 'WordDocument' && e.type === 2);
  const root = entries.find((e) => e.type === 5);
  if (word && root) return wordIsEncrypted(bytes, dv, header, root, word) ? { kind: 'encrypted' } : { kind: 'doc' };
  if (names.has('Workbook') || names.has('Book')) return { kind: 'other', what: 'Excel 表格' };
  if (names.has('PowerPoint Document')) return { kind: 'other', what: 'PowerPoint 演示文稿' };
  return { kind: 'other', what: '其他 Office 文件' };
}
