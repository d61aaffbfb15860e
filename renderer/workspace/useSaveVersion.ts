// 「保存版本」 (the button asks for a name; Ctrl+S saves at once): pushes pending autosaves, then
// keeps the whole report as a version. Unchanged text adds nothing, and the user is told so.
import { useCallback } from 'react';
import { VERSION_KIND_LABEL } from '../../shared/versions/content';
import { api, errorMessage } from '../api';
import { useToast } from '../components/Toasts';
import { formatDateTime } from '../format';

interface Args {
  reportId: number;
  flush: () => Promise<void>;
  onSaved: () => void;
}

export function useSaveVersion({ reportId, flush, onSaved }: Args): (label?: string) => Promise<void> {
  const toast = useToast();
  return useCallback(
    async (label = '') => {
      try {
        await flush();
        const { created, version } = await api.saveVersion({ reportId, label });
        const name = version.label || VERSION_KIND_LABEL[version.kind];
        toast({
          kind: 'info',
          text: created
            ? `${version.label ? `已保存版本「${version.label}」` : '已保存，并留下一个版本'}（可在「版本」中对照或恢复）。`
            : `内容与版本「${name}」（${formatDateTime(version.createdAt, { seconds: true })}）相同，没有新增版本。`,
        });
        onSaved();
      } catch (err) {
        toast({ kind: 'error', text: errorMessage(err) });
      }
    },
    [flush, reportId, toast, onSaved],
  );
}
