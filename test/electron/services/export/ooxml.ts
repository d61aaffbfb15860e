// Reading back an exported .docx in tests: the parts, their paragraphs, runs and attributes.
import JSZip from 'jszip';

export interface Run {
  rPr: string;
  text: string;
}

export interface Para {
  xml: string;
  pPr: string;
  runs: Run[];
  text: string;
}

export interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  core: string;
  fontTable: string;
  /** Footer XML by footerReference type (default = odd pages, even). */
  footers: Record<string, string>;
  files: string[];
}

export async function unpackDocx(buffer: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the package`);
    return file.async('string');
  };
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const footers: Record<string, string> = {};
  for (const ref of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const rel = new RegExp(`<Relationship[^>]*Id="${ref[2]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship[^>]*Target="([^"]+)"[^>]*Id="${ref[2]}"`).exec(rels);
    if (!rel?.[1]) throw new Error(`no relationship ${ref[2]}`);
    footers[ref[1] ?? ''] = await read(`word/${rel[1]}`);
  }
  return {
    document,
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    core: await read('docProps/core.xml'),
    fontTable: await read('word/fontTable.xml'),
    footers,
    files: Object.keys(zip.files),
  };
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function runsOf(xml: string): Run[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => {
    const body = m[1] ?? '';
    const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => (t[0] === '<w:br/>' ? '\n' : unescape(t[1] ?? ''))).join('');
    return { rPr, text };
  });
}

/** Body paragraphs of a part, in order (an empty one may be written <w:p/>). */
export function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p\/>|<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const body = m[1] ?? '';
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '';
    const runs = runsOf(body);
    return { xml: body, pPr, runs, text: runs.map((r) => r.text).join('') };
  });
}

/** Attributes of the first `<w:name …>` element in `xml`, or null. */
export function element(xml: string, name: string): Record<string, string> | null {
  const match = new RegExp(`<w:${name}((?:\\s+[\\w:]+="[^"]*")*)\\s*/?>`).exec(xml);
  if (!match) return null;
  const attrs: Record<string, string> = {};
  for (const a of (match[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)) attrs[(a[1] ?? '').replace(/^w:/, '')] = unescape(a[2] ?? '');
  return attrs;
}

/** The `<w:style>` with this id. */
export function style(stylesXml: string, id: string): string {
  const match = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(stylesXml);
  if (!match) throw new Error(`style ${id} not found`);
  return match[1] ?? '';
}

/** docDefaults and paragraph styles, for the formatting a run or paragraph ends up with. */
export interface StyleSheet {
  rDefault: string;
  pDefault: string;
  styles: Map<string, { pPr: string; rPr: string }>;
}

export function readStyles(stylesXml: string): StyleSheet {
  const styles = new Map<string, { pPr: string; rPr: string }>();
  for (const m of stylesXml.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const body = m[2] ?? '';
    styles.set(m[1] ?? '', { pPr: /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '', rPr: /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '' });
  }
  return {
    rDefault: /<w:rPrDefault><w:rPr>([\s\S]*?)<\/w:rPr><\/w:rPrDefault>/.exec(stylesXml)?.[1] ?? '',
    pDefault: /<w:pPrDefault><w:pPr>([\s\S]*?)<\/w:pPr><\/w:pPrDefault>/.exec(stylesXml)?.[1] ?? '',
    styles,
  };
}

/** Attributes of `name` merged over the layers, later layers winning attribute by attribute. */
function merged(layers: string[], name: string): Record<string, string> | null {
  let out: Record<string, string> | null = null;
  for (const layer of layers) {
    const attrs = element(layer, name);
    if (attrs) out = { ...(out ?? {}), ...attrs };
  }
  return out;
}

/** An on/off property (w:b, w:keepNext …): the last layer that names it decides. */
function toggled(layers: string[], name: string): boolean {
  let on = false;
  for (const layer of layers) {
    const attrs = element(layer, name);
    if (attrs) on = !['0', 'false', 'off'].includes(attrs['val'] ?? 'true');
  }
  return on;
}

const styleOf = (sheet: StyleSheet, para: Para) => sheet.styles.get(element(para.pPr, 'pStyle')?.['val'] ?? 'Normal');

/** The formatting a run is shown with: docDefaults, then its paragraph's style, then its own. */
export function runFormat(sheet: StyleSheet, para: Para, run: Run) {
  const layers = [sheet.rDefault, styleOf(sheet, para)?.rPr ?? '', run.rPr];
  return {
    fonts: merged(layers, 'rFonts'),
    size: merged(layers, 'sz')?.['val'],
    spacing: merged(layers, 'spacing')?.['val'],
    lang: merged(layers, 'lang'),
    bold: toggled(layers, 'b'),
  };
}

/** The paragraph formatting: docDefaults, then the style, then its own. */
export function paraFormat(sheet: StyleSheet, para: Para) {
  const layers = [sheet.pDefault, styleOf(sheet, para)?.pPr ?? '', para.pPr];
  return {
    spacing: merged(layers, 'spacing'),
    ind: merged(layers, 'ind'),
    jc: merged(layers, 'jc')?.['val'],
    keepNext: toggled(layers, 'keepNext'),
  };
}
