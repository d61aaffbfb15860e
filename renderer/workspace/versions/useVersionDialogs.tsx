// The workspace's two version dialogs: 「保存版本」 (asks for a name) and 「版本」 (list, compare,
// restore). Returns the openers for the top bar and the dialogs to render.
import { useState, type ReactNode } from 'react';
import type { Report } from '../../../shared/types';
import { SaveVersionDialog } from './SaveVersionDialog';
import { VersionsDialog } from './VersionsDialog';

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
      <VersionsDialog report={report} flush={flush} onRestored={onRestored} onClose={close} />
    ) : null;
  return { openSave: () => setOpen('save'), openVersions: () => setOpen('list'), dialogs };
}
