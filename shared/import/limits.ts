// Every limit of import in one place. A real annual report is a few hundred KB with a few dozen
// headings; these bounds leave room for pictures and odd files while keeping a hostile file or
// paste from exhausting memory or time. The renderer, the CLI, the contract and the reader
// process all read them from here.

/** Files larger than this are refused before their bytes are read (renderer, CLI) and by the contract. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;
/** Longest text taken from a file or a paste; a report is ~10–40 thousand characters. */
export const MAX_IMPORT_TEXT_CHARS = 2_000_000;

/** A zip whose entries declare more than this in total is refused before inflating anything. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Compression ratio above which a large entry is treated as a zip bomb. Word XML packs 5–20×. */
export const MAX_ENTRY_RATIO = 200;
/** Entries smaller than this are not judged by ratio (tiny files compress arbitrarily well). */
export const RATIO_MIN_BYTES = 1024 * 1024;
/** A .docx has a few dozen parts; thousands mean a crafted file. */
export const MAX_ZIP_ENTRIES = 5000;

/** Recognised 「一、」「（一）」 headings: real reports have a few dozen, the longest a little over a hundred. */
export const MAX_IMPORT_HEADINGS = 300;
/** Level-1 headings: a report has three to six parts; a long list of 「一、」 items still fits. */
export const MAX_IMPORT_PARTS = 60;

/** After this the reader process is stopped and the import refused (file or paste). */
export const IMPORT_TIME_LIMIT_MS = 20_000;
/** Heap of the reader process; a file that needs more ends that process, never the app. */
export const READER_HEAP_MB = 512;


/** Counts a parsed report's headings against the limits: null when it may be imported, else why not. */
export function structureRefusal(sections: ReadonlyArray<{ children: readonly unknown[] }>): string | null {
  const headings = sections.reduce((n, s) => n + 1 + s.children.length, 0);
  if (headings <= MAX_IMPORT_HEADINGS && sections.length <= MAX_IMPORT_PARTS) return null;
  return (
    `识别出 ${headings.toLocaleString('zh-CN')} 个标题（其中「一、」式一级标题 ${sections.length.toLocaleString('zh-CN')} 个），远多于一份年度报告` +
    `（一般不超过 ${MAX_IMPORT_HEADINGS} 个标题、${MAX_IMPORT_PARTS} 个一级标题），无法导入。请确认选择或粘贴的是年度报告的正文。`
  );
}
