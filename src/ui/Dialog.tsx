import { useLingui } from '@lingui/react/macro';
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** A modal dialog on the native <dialog>: focus is trapped and Escape closes it, by the browser. */
export function Dialog({ title, open, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useLingui();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose}>
      <div className="dialog__head">
        <h2>{title}</h2>
        <button
          type="button"
          className="button button--quiet"
          onClick={onClose}
          aria-label={t`Close`}
        >
          ✕
        </button>
      </div>
      {children}
    </dialog>
  );
}
