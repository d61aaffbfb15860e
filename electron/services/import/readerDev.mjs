// Starts readerChild.ts from source (vitest, tsx): registers tsx in this process, then loads it.
// Not part of the built app, which runs out/reader/importReader.cjs directly.
import { tsImport } from 'tsx/esm/api';

await tsImport(process.argv[2], import.meta.url);
