// Files as the app names them to the user everywhere (backups, exports, report packages, the CLI).

const KB = 1024;
const MB = 1024 * 1024;

/** Whole KB below a megabyte — never 「0 KB」 for a file that exists — and MB to one decimal above. */
export function formatFileSize(bytes: number): string {
  return bytes < MB ? `${Math.max(1, Math.round(bytes / KB))} KB` : `${(bytes / MB).toFixed(1)} MB`;
}

/** The last part of a path, whichever system wrote it (a Windows path shown on Linux or back). */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
