// A button that opens the system file chooser for an import, with its own hidden input, so it also
// works inside a modal dialog (everything outside one is inert).
import { useRef } from 'react';
import { IMPORT_ACCEPT } from './readFile';

interface Props {
  label: string;
  className?: string;
  onFile: (file: File) => void;
}

export function FilePickButton({ label, className, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          if (!input.current) return;
          input.current.value = '';
          input.current.click();
        }}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept={IMPORT_ACCEPT}
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
        }}
      />
    </>
  );
}
