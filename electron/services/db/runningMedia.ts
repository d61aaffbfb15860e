// The data's medium as the running app finds it. A write it refuses (a stick's write protection, a
// data file turned read-only, a full disk) makes the store read-only at once; every later write
// and status call looks again, and once the medium can be written the state clears and the save
// queue's retry goes through. (Found at start-up instead, the file is open for reading only until
// the next start: store.ts.)
import type { AppError } from '../../../shared/errors';
import type { ReadOnlyState } from '../../../shared/types';
import { failedWriteError, freeBytes, readOnlyNotice, runningMediaState, writeFailureState } from './media';

/** What must be freed on a disk that filled up before writing is tried again: a save bigger than
 *  what is left would otherwise fail, clear and fail again, the banner coming and going. */
const FREED_ENOUGH = 256 * 1024;

export class RunningMedia {
  private failed: ReadOnlyState | null = null;
  private freeWhenFull: number | null = null;

  constructor(
    private readonly dir: string,
    private readonly dbPath: string,
  ) {}

  get state(): ReadOnlyState | null {
    return this.failed;
  }

  /** A write failed: the error to show when its medium is why (the store is read-only from now on), else null. */
  noteFailure(err: unknown): AppError | null {
    const state = writeFailureState(err, this.dir, this.dbPath);
    if (!state) return null;
    this.failed = { reason: state, since: 'running', message: readOnlyNotice(state) };
    this.freeWhenFull = state === 'full' ? freeBytes(this.dir) : null;
    return failedWriteError(state);
  }

  /** Looks at the medium again; clears the state once it can be written. Returns the state now. */
  recheck(): ReadOnlyState | null {
    if (this.failed && !runningMediaState(this.dir, this.dbPath) && !this.stillFull()) {
      this.failed = null;
      this.freeWhenFull = null;
    }
    return this.failed;
  }

  private stillFull(): boolean {
    if (this.failed?.reason !== 'full' || this.freeWhenFull === null) return false;
    const free = freeBytes(this.dir);
    return free !== null && free < this.freeWhenFull + FREED_ENOUGH;
  }
}
