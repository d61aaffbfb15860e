// Messages between the import reader (main thread) and the import worker.
import type { ErrorCode } from '../../../shared/errors';
import type { ExtractedText } from './extract';

export interface WorkerRequest {
  id: number;
  fileName: string;
  /** Transferred, not copied. */
  bytes: Uint8Array;
}

/** The answer to one request. */
export type WorkerReply = { id: number; ok: true; value: ExtractedText } | { id: number; ok: false; code: ErrorCode; message: string };

/** Everything the worker posts; `ready` is sent once its modules are loaded (the time limit of a
 *  file starts then). */
export type WorkerResponse = { ready: true } | WorkerReply;
