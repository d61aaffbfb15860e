// 「保存版本」 (Ctrl+S): pushes pending autosaves, then keeps a named version of the whole report.
import { useCallback } from 'react';
import { api, errorMessage } from '../api';
import { useToast } from '../components/Toasts';

interface Args {
  reportId: number;
  flush: () => Promise<void>;
  onSaved: () => void;
}

export function useSaveVersion({ reportId, flush, onSaved }: Args): () => Promise<void> {
  const toast = useToast();
  return useCallback(async () => {
    try {
      await flush();
      await api.createSnapshot({ reportId, label: '手动保存' });
      toast({ kind: 'info', text: '已保存，并留下一个版本（可在「历史版本」中找回）。' });
      onSaved();
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    }
  }, [flush, reportId, toast, onSaved]);
}
