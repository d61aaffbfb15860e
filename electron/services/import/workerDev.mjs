// Starts worker.ts from source (vitest, tsx): registers tsx in this worker thread, then loads it.
// Not part of the built app, which runs out/main/importWorker.js directly.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
