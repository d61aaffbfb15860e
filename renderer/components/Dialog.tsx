// A modal dialog on the native <dialog> element: focus trap, Esc to cancel, backdrop.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  onCancel: () => void;
  wide?: boolean;
  /** Extra class, e.g. a fixed size that stays the same from step to step. */
  className?: string;
}

export function Dialog({ title, children, onCancel, wide, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={['dialog', wide ? 'dialog-wide' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}

interface FormProps {
  title: string;
  /** The form's class. */
  className: string;
  children: ReactNode;
  /** The primary button; Enter in a field submits too. */
  submitLabel: string;
  /** The primary button deletes something: it is drawn as a warning, and 取消 has the focus. */
  danger?: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}

/** A dialog that is one form, ending in 取消 and the primary button. */
export function FormDialog({ title, className, children, submitLabel, danger = false, onSubmit, onCancel }: FormProps) {
  return (
    <Dialog title={title} onCancel={onCancel}>
      <form
        className={className}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel} autoFocus={danger}>
            取消
          </button>
          <button type="submit" className={danger ? 'primary danger-fill' : 'primary'}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
