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
      const saved = await api.saveVersion({ reportId });
      toast({ kind: 'info', text: saved.created ? '已保存，并留下一个版本（可在「历史版本」中找回）。' : '内容与最近的版本相同，没有新增版本。' });
      onSaved();
    } catch (err) {
      toast({ kind: 'error', text: errorMessage(err) });
    }
  }, [flush, reportId, toast, onSaved]);
}
