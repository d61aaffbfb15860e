// Short messages at the bottom of the window, optionally with one action (e.g. 「撤销」).
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void };
  /** Stays until the user closes it (an undo that must not slip away while they read). */
  sticky?: boolean;
}

type Show = (t: Omit<Toast, 'id'>) => void;
const ToastContext = createContext<Show>(() => undefined);

export function useToast(): Show {
  return useContext(ToastContext);
}

const VISIBLE_MS = 8000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback<Show>(
    (t) => {
      const id = next.current++;
      // At most four at once; a sticky one (an undo) is not pushed out by newer messages.
      setToasts((list) => [...list.filter((x, i) => x.sticky || i >= list.length - 3), { ...t, id }]);
      if (!t.sticky) setTimeout(() => dismiss(id), t.kind === 'error' ? VISIBLE_MS * 2 : VISIBLE_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind}`}>
            <span>{t.text}</span>
            {t.action && (
              <button
                type="button"
                onClick={() => {
                  t.action?.run();
                  dismiss(t.id);
                }}
              >
                {t.action.label}
              </button>
            )}
            <button type="button" className="toast-close" aria-label="关闭提示" onClick={() => dismiss(t.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
