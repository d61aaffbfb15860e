// Messages between the import reader (in the app's main process) and the reader process. Plain
// data only: they cross a process boundary by structured clone (Node's 'advanced' serialization,
// Electron's utilityProcess port), so the file's bytes travel as bytes.
import type { ErrorCode } from '../../../shared/errors';
import type { ImportFormat } from '../../../shared/import/preview';
import type { ParsedReport } from '../../../shared/import/parseText';

/** What to read: a file's bytes, or pasted text. */
export type ReadSource = { fileName: string; bytes: Uint8Array } | { fileName: string; text: string };

export type ReaderRequest = { id: number } & ReadSource;

/** What the reader recognised in a file or paste. */
export interface ReadResult {
  parsed: ParsedReport;
  format: ImportFormat;
  /** How a .txt file was decoded; null otherwise. */
  encoding: string | null;
}

/** Where a request's time went inside the reader process, in ms: reading the file's text (the
 *  checks and the conversion) and recognising the report in it; and the CPU time the process
 *  spent on the request (all its threads, the garbage collector's included). */
export interface ReadTimes {
  readMs: number;
  recogniseMs: number;
  cpuMs: number;
}

/** The answer to one request. */
export type ReaderReply = { id: number; ok: true; value: ReadResult; times: ReadTimes } | { id: number; ok: false; code: ErrorCode; message: string };

/** Everything the reader process sends; `ready` once its modules are loaded (a request's time
 *  limit starts then: loading is not the file's fault). */
export type ReaderMessage = { ready: true } | ReaderReply;
