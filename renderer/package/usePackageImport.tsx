// 「导入报告包」: a .nianbao file chosen (or dropped on the library) is read and checked — nothing is
// written yet — and what it holds is shown; when this PC has the same unit's report of that year,
// the user chooses 「作为副本」 or 「替换（先保存当前为版本）」. Then the report opens.
import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { MAX_PACKAGE_BYTES, PACKAGE_EXTENSION, type PackageImportMode, type PackagePreview } from '../../shared/package';
import type { Report } from '../../shared/types';
import { api, errorMessage } from '../api';
import { lazyComponent, whenIdle } from '../lazyComponent';

// The dialog comes in a chunk of its own, fetched once the screen is idle.
const packageDialog = lazyComponent(() => import('./PackageImportDialog').then((m) => m.PackageImportDialog));
const PackageImportDialog = packageDialog.Component;

export type PackageImportState =
  | { phase: 'closed' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'preview'; preview: PackagePreview; busy: boolean; error: string | null }
  | { phase: 'failed'; fileName: string; message: string };

export interface PackageImport {
  choose: () => void;
  fromFile: (file: File) => Promise<void>;
  element: ReactNode;
}

export const isPackageFile = (name: string): boolean => name.toLowerCase().endsWith(PACKAGE_EXTENSION);

export function usePackageImport(onImported: (report: Report, mode: PackageImportMode) => void): PackageImport {
  const [state, setState] = useState<PackageImportState>({ phase: 'closed' });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => whenIdle(packageDialog.prefetch), []);

  const fromFile = useCallback(async (file: File) => {
    if (file.size > MAX_PACKAGE_BYTES) {
      setState({ phase: 'failed', fileName: file.name, message: `该文件有 ${Math.round(file.size / 1024 / 1024)} MB，超过报告包 64 MB 的上限，不像是年报助手写出的报告包。` });
      return;
    }
    setState({ phase: 'reading', fileName: file.name });
    try {
      let data: Uint8Array;
      try {
        data = new Uint8Array(await file.arrayBuffer());
      } catch {
        throw new Error(`无法读取「${file.name}」：文件可能已被移走、正在被其他程序占用，或 U 盘已拔出。`);
      }
      const preview = await api.openPackage({ fileName: file.name, data });
      setState({ phase: 'preview', preview, busy: false, error: null });
    } catch (err) {
      setState({ phase: 'failed', fileName: file.name, message: err instanceof Error && !('code' in err) ? err.message : errorMessage(err) });
    }
  }, []);

  const confirm = async (mode: PackageImportMode) => {
    if (state.phase !== 'preview') return;
    setState({ ...state, busy: true, error: null });
    try {
      const { report } = await api.importPackage({ previewId: state.preview.previewId, mode });
      setState({ phase: 'closed' });
      onImported(report, mode);
    } catch (err) {
      setState({ ...state, busy: false, error: errorMessage(err) });
    }
  };

  const choose = useCallback(() => {
    if (!input.current) return;
    input.current.value = '';
    input.current.click();
  }, []);

  const element = (
    <>
      <input
        ref={input}
        type="file"
        accept={PACKAGE_EXTENSION}
        hidden
        aria-label="选择报告包文件"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void fromFile(file);
        }}
      />
      {state.phase !== 'closed' && (
        <Suspense fallback={null}>
          <PackageImportDialog state={state} onConfirm={(mode) => void confirm(mode)} onChooseAgain={choose} onClose={() => setState({ phase: 'closed' })} />
        </Suspense>
      )}
    </>
  );
  return { choose, fromFile, element };
}
