// Limits of file import. A real annual report is a few hundred KB; these bounds leave room for
// pictures and odd files while keeping a hostile one from exhausting memory or time.

/** Files larger than this are refused before their bytes are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Largest base64 payload a previewImport call accepts (50 MB of bytes plus slack). */
export const MAX_BASE64_CHARS = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 1024;
/** A zip whose entries declare more than this in total is refused before inflating anything. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Compression ratio above which a large entry is treated as a zip bomb. Word XML packs 5–20×. */
export const MAX_ENTRY_RATIO = 200;
/** Entries smaller than this are not judged by ratio (tiny files compress arbitrarily well). */
export const RATIO_MIN_BYTES = 1024 * 1024;
/** A .docx has a few dozen parts; thousands mean a crafted file. */
export const MAX_ZIP_ENTRIES = 5000;
/** Text taken from a file; a report is ~10–40 thousand characters. */
export const MAX_TEXT_CHARS = 2_000_000;
/** After this the worker is terminated and the import refused. */
export const IMPORT_TIME_LIMIT_MS = 20_000;
/** Heap of the reading worker; a parse that needs more is refused. */
export const WORKER_HEAP_MB = 512;
