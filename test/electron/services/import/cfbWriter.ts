// Builds OLE compound files (the container of .doc, .xls and password-protected .docx) for the
// import tests. Version 3 (512-byte sectors); every stream is padded to at least 4096 bytes so it
// lives in regular sectors, as Word's streams do.

const SECTOR = 512;
const END = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECT = 0xfffffffd;

export interface CfbStream {
  name: string;
  data: Buffer;
}

function sectorsFor(n: number): number {
  return Math.ceil(n / SECTOR);
}

export function buildCfb(streams: CfbStream[]): Buffer {
  const padded = streams.map((s) => ({ name: s.name, data: s.data.length >= 4096 ? s.data : Buffer.concat([s.data, Buffer.alloc(4096 - s.data.length)]), size: s.data.length >= 4096 ? s.data.length : 4096 }));
  const dirEntries = 1 + padded.length;
  const dirSectors = sectorsFor(dirEntries * 128);
  const dataSectors = padded.reduce((n, s) => n + sectorsFor(s.data.length), 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + dirSectors + dataSectors) fatSectors++;
  const total = fatSectors + dirSectors + dataSectors;
  const fat = new Uint32Array(fatSectors * (SECTOR / 4)).fill(FREE);
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_SECT;
  const chain = (start: number, count: number) => {
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? END : start + i + 1;
  };
  const dirStart = fatSectors;
  chain(dirStart, dirSectors);
  let next = dirStart + dirSectors;
  const starts: number[] = [];
  for (const s of padded) {
    starts.push(next);
    chain(next, sectorsFor(s.data.length));
    next += sectorsFor(s.data.length);
  }

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(fatSectors, 0x2c);
  header.writeUInt32LE(dirStart, 0x30);
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END, 0x3c);
  header.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREE, 0x4c + 4 * i);

  const dir = Buffer.alloc(dirSectors * SECTOR);
  const entry = (k: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const at = k * 128;
    const n = Buffer.from(`${name}\u0000`, 'utf16le');
    n.copy(dir, at);
    dir.writeUInt16LE(n.length, at + 0x40);
    dir[at + 0x42] = type;
    dir[at + 0x43] = 1; // black
    dir.writeUInt32LE(FREE, at + 0x44); // left sibling
    dir.writeUInt32LE(right, at + 0x48);
    dir.writeUInt32LE(child, at + 0x4c);
    dir.writeUInt32LE(start, at + 0x74);
    dir.writeUInt32LE(size, at + 0x78);
  };
  entry(0, 'Root Entry', 5, END, 0, padded.length > 0 ? 1 : FREE, FREE);
  padded.forEach((s, i) => entry(i + 1, s.name, 2, starts[i]!, s.size, FREE, i + 2 <= padded.length ? i + 2 : FREE));

  const body = Buffer.alloc(total * SECTOR);
  Buffer.from(fat.buffer).copy(body, 0);
  dir.copy(body, dirStart * SECTOR);
  padded.forEach((s, i) => s.data.copy(body, starts[i]! * SECTOR));
  return Buffer.concat([header, body]);
}

/** A .doc-like compound file: a WordDocument stream of 16 sectors starting at sector 2. */
export function wordCfb(): Buffer {
  const fib = Buffer.alloc(8192);
  fib.writeUInt16LE(0xa5ec, 0);
  return buildCfb([{ name: 'WordDocument', data: fib }]);
}

/** Sets the FAT's entry for `sector` (the FAT is sector 0 of these files). */
const fatEntry = (file: Buffer, sector: number, value: number) => file.writeUInt32LE(value, SECTOR + 4 * sector);

/** wordCfb() whose stream's last sector points back to its first: a chain that loops (A→B→A). */
export function loopingWordCfb(): Buffer {
  const file = wordCfb();
  fatEntry(file, 17, 2);
  return file;
}
