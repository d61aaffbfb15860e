// Where an export went, with 「打开文件」 and 「打开所在文件夹」 — for the .docx and the PDF alike.
// Browser mode has no file manager to open: the page offers the file as a download instead.
import { useState } from 'react';
import { formatFileSize } from '../../../shared/text/files';
import { api, errorMessage, transport } from '../../api';
import { downloadHref } from '../../httpBridge';

export function ExportedFile({ path, bytes }: { path: string; bytes: number }) {
  const [error, setError] = useState<string | null>(null);
  const run = (call: () => Promise<unknown>) => {
    setError(null);
    call().catch((err: unknown) => setError(errorMessage(err)));
  };
  return (
    <>
      <p>
        已导出：<span className="export-path">{path}</span>
        <span className="muted">（{formatFileSize(bytes)}）</span>
      </p>
      <div className="export-open-buttons">
        {transport === 'browser' ? (
          <a className="button" href={downloadHref(path)} download>
            下载此文件
          </a>
        ) : (
          <>
            <button type="button" onClick={() => run(() => api.openExportedFile({ path }))}>
              打开文件
            </button>
            <button type="button" onClick={() => run(() => api.showInFolder({ path }))}>
              打开所在文件夹
            </button>
          </>
        )}
      </div>
      {error && <p className="form-error">{error}</p>}
    </>
  );
}
