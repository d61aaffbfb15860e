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

/** A ZIP archive (deflate, no encryption, no ZIP64: a report is far below 4 GB) of `files`, in order. */
export function zipFiles(files: ReadonlyMap<string, string | Uint8Array>, now = new Date()): Buffer {
  const { time, date } = dosDateTime(now);
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const packed = deflateRawSync(data, { level: 6 });
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    // Bit 11: the name is UTF-8 (part names are ASCII, but say so when they are not).
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, packed);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(flags, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}

/** The .docx bytes of `doc` with `overrides` replacing generated parts. */
export async function packDocx(doc: Document, overrides: readonly PartOverride[]): Promise<Buffer> {
  const compiler = compilerOf();
  if (!compiler) return Packer.toBuffer(doc, false, overrides);
  return zipFiles(compiler.compile(doc, undefined, overrides));
}
