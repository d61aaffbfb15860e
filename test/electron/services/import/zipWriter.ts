// Builds zip files for the import tests, including broken and hostile ones: sizes that lie,
// encryption flags, stored entries. Plain zip (no ZIP64), as Word writes them.
import { crc32, deflateRawSync } from 'node:zlib';
import { zipEnd, zipRecordHeaders } from '../../../../electron/services/export/zipParts';

export interface ZipInput {
  name: string;
  data: Buffer | string;
  /** Store instead of deflate. */
  store?: boolean;
  /** Size written into the headers instead of the real one. */
  declaredSize?: number;
  flags?: number;
}


export function buildZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    const packed = e.store ? raw : deflateRawSync(raw, { level: 9 });
    const headers = zipRecordHeaders({
      name: Buffer.from(e.name, 'utf8'),
      packed,
      method: e.store ? 0 : 8,
      crc: crc32(raw),
      size: e.declaredSize ?? raw.length,
      flags: (e.flags ?? 0) | 0x0800,
      time: 0,
      date: 0,
      offset,
    });
    locals.push(headers.local, packed);
    centrals.push(headers.central);
    offset += headers.local.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  // The count fields hold 16 bits: a writer without ZIP64 wraps them, as the crafted files do.
  return Buffer.concat([...locals, cd, zipEnd(entries.length & 0xffff, cd.length, offset)]);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** word/document.xml with one paragraph per line of `lines`; `prolog` goes before the root. */
export function documentXml(lines: string[], prolog = ''): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/** A minimal valid .docx; `parts` replace or add package parts. */
export function minimalDocx(lines: string[], parts: Record<string, string | Buffer> = {}, options: Partial<ZipInput> = {}): Buffer {
  const all: Record<string, string | Buffer> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'word/document.xml': documentXml(lines),
    ...parts,
  };
  return buildZip(Object.entries(all).map(([name, data]) => ({ name, data, ...options })));
}

/** A .docx of `n` paragraphs of 200 varied characters: large enough that mammoth needs a while. */
export function bigDocx(n: number): Buffer {
  let seed = 7;
  const para = () => Array.from({ length: 200 }, () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 2147483647) % 20000))).join('');
  return minimalDocx(Array.from({ length: n }, para));
}
