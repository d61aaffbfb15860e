// The workspace's two version dialogs: 「保存版本」 (asks for a name) and 「版本」 (list, compare,
// restore). Returns the openers for the top bar and the dialogs to render.
import { Suspense, useState, type ReactNode } from 'react';
import type { Report } from '../../../shared/types';
import { lazyComponent } from '../../lazyComponent';
import { SaveVersionDialog } from './SaveVersionDialog';

// The version list and its compare view (with the diff library) load when first opened.
const VersionsDialog = lazyComponent(() => import('./VersionsDialog').then((m) => m.VersionsDialog)).Component;

interface Args {
  report: Report | null;
  flush: () => Promise<void>;
  save: (label: string) => Promise<void>;
  /** After a restore: the report as stored now. */
  onRestored: (report: Report) => void;
}

export function useVersionDialogs({ report, flush, save, onRestored }: Args): { openSave: () => void; openVersions: () => void; dialogs: ReactNode } {
  const [open, setOpen] = useState<'save' | 'list' | null>(null);
  const close = () => setOpen(null);
  const dialogs =
    open === 'save' ? (
      <SaveVersionDialog
        onCancel={close}
        onSave={(label) => {
          close();
          void save(label);
        }}
      />
    ) : open === 'list' && report ? (
      <Suspense fallback={null}>
        <VersionsDialog report={report} flush={flush} onRestored={onRestored} onClose={close} />
      </Suspense>
    ) : null;
  return { openSave: () => setOpen('save'), openVersions: () => setOpen('list'), dialogs };
}
