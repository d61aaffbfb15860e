// The .docx package zipped with Node's zlib instead of the docx library's JavaScript deflate,
// which took a fifth of an export. The parts are the library's own (its compiler), so the file's
// content is exactly what Packer.toBuffer would write; only the compression differs.
//
// The compiler is not part of the library's typed API. If a later version moves it, packDocx
// falls back to Packer.toBuffer (same file, slower); a test fails then so the change is seen.
import { Packer, type Document } from 'docx';
import { crc32, deflateRawSync } from 'node:zlib';

export interface PartOverride {
  path: string;
  data: string;
}

type Compile = (file: Document, prettify: undefined, overrides: readonly PartOverride[]) => Map<string, string | Uint8Array>;

function compilerOf(): { compile: Compile } | null {
  const compiler = (Packer as unknown as { compiler?: { compile?: unknown } }).compiler;
  return compiler && typeof compiler.compile === 'function' ? (compiler as { compile: Compile }) : null;
}

/** Whether packDocx can use the fast path with the installed docx version. */
export const canZipNatively = (): boolean => compilerOf() !== null;

/** MS-DOS time and date of `d` (local time), as ZIP headers store them. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export interface ZipRecord {
  name: Buffer;
  /** The bytes as stored (deflated unless method is 0). */
  packed: Buffer;
  /** 8 deflate, 0 stored. */
  method: number;
  crc: number;
  /** Uncompressed size as written into the headers. */
  size: number;
  flags: number;
  time: number;
  date: number;
  /** Offset of the local header in the archive. */
  offset: number;
}

/** The run of fields the local header and the central-directory entry share, in the same order
 *  (flags … name length), written from `at`. */
function writeSharedFields(header: Buffer, r: ZipRecord, at: number): void {
  header.writeUInt16LE(r.flags, at);
  header.writeUInt16LE(r.method, at + 2);
  header.writeUInt16LE(r.time, at + 4);
  header.writeUInt16LE(r.date, at + 6);
  header.writeUInt32LE(r.crc, at + 8);
  header.writeUInt32LE(r.packed.length, at + 12);
  header.writeUInt32LE(r.size, at + 16);
  header.writeUInt16LE(r.name.length, at + 20);
}

/** The local header and central-directory entry of one file (no ZIP64, no extra fields). */
export function zipRecordHeaders(r: ZipRecord): { local: Buffer; central: Buffer } {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed to extract
  writeSharedFields(local, r, 6);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4); // version made by
  central.writeUInt16LE(20, 6); // version needed to extract
  writeSharedFields(central, r, 8);
  central.writeUInt32LE(r.offset, 42);
  return { local: Buffer.concat([local, r.name]), central: Buffer.concat([central, r.name]) };
}

/** The end-of-central-directory record closing an archive of `count` files. */
export function zipEnd(count: number, centralSize: number, centralOffset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(centralOffset, 16);
  return end;
}

/** A ZIP archive (deflate, no encryption, no ZIP64: a report is far below 4 GB) of `files`, in order. */
export function zipFiles(files: ReadonlyMap<string, string | Uint8Array>, now = new Date()): Buffer {
  const { time, date } = dosDateTime(now);
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    // Level 1: a tenth larger than level 6 (a few KB for a long report), three times faster.
    const packed = deflateRawSync(data, { level: 1 });
    // Bit 11: the name is UTF-8 (part names are ASCII, but say so when they are not).
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800;
    const headers = zipRecordHeaders({ name: Buffer.from(name, 'utf8'), packed, method: 8, crc: crc32(data), size: data.length, flags, time, date, offset });
    locals.push(headers.local, packed);
    central.push(headers.central);
    offset += headers.local.length + packed.length;
  }
  const centralBytes = Buffer.concat(central);
  return Buffer.concat([...locals, centralBytes, zipEnd(files.size, centralBytes.length, offset)]);
}

/** The .docx bytes of `doc` with `overrides` replacing generated parts. */
export async function packDocx(doc: Document, overrides: readonly PartOverride[]): Promise<Buffer> {
  const compiler = compilerOf();
  if (!compiler) return Packer.toBuffer(doc, false, overrides);
  return zipFiles(compiler.compile(doc, undefined, overrides));
}
