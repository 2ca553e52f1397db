import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  footer: ReactNode;
  className?: string;
}

/**
 * A modal on the native <dialog>: it traps focus, closes on Escape and restores focus to
 * where it was, without any of that written by hand.
 */
export function ModalDialog({ title, open, onClose, children, footer, className = '' }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className={`modal ${className}`} aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      <div className="modal-body">{children}</div>
      <div className="modal-footer">{footer}</div>
    </dialog>
  );
}
