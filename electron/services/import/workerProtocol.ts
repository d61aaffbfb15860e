// Messages between the import reader (main thread) and the import worker.
import type { ErrorCode } from '../../../shared/errors';
import type { ExtractedText } from './extract';

export interface WorkerRequest {
  id: number;
  fileName: string;
  /** Transferred, not copied. */
  bytes: Uint8Array;
}

export type WorkerResponse =
  | { id: number; ok: true; value: ExtractedText }
  | { id: number; ok: false; code: ErrorCode; message: string };
