// The files the page may download in browser mode: only those exported in this session (the
// export writes them to the remembered folder, then the page offers them as a download). Any
// other path — however it is spelled — is 404.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';

export class Downloads {
  private readonly files = new Set<string>();

  allow(path: string): void {
    this.files.add(resolve(path));
  }

  has(path: string): boolean {
    return path !== '' && this.files.has(resolve(path));
  }
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The file and its download headers, or null when it is not one of ours (or is gone). */
export async function readDownload(downloads: Downloads, path: string): Promise<{ headers: Record<string, string>; body: Uint8Array } | null> {
  if (!downloads.has(path)) return null;
  try {
    const body = new Uint8Array(await readFile(resolve(path)));
    const name = basename(path);
    // RFC 6266: an ASCII fallback name plus the real (Chinese) name, percent-encoded.
    const disposition = `attachment; filename="report.docx"; filename*=UTF-8''${encodeURIComponent(name)}`;
    return { headers: { 'content-type': DOCX, 'content-disposition': disposition }, body };
  } catch {
    return null;
  }
}
