import { useEffect, useId, useRef, type ReactNode } from 'react';

/** The footer's button that closes the dialog: "Close", "Cancel", "Done"…, and whether it is the primary action. */
export interface CloseButton {
  label: string;
  primary?: boolean;
}

interface ModalDialogProps {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  /** Actions at the start of the footer (or the whole footer, e.g. a question to answer first). */
  footer?: ReactNode;
  /** The button at the end of the footer that closes the dialog; left out: none (the footer's own actions close it). */
  closeButton?: CloseButton;
  className?: string;
}

/**
 * The one frame every dialog is drawn in: title, body, footer actions and the closing button,
 * on the native <dialog>, which traps focus, closes on Escape and restores focus to where it
 * was, without any of that written by hand.
 */
export function ModalDialog({ title, open, onClose, children, footer, closeButton, className = '' }: ModalDialogProps) {
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
      <div className="modal-footer">
        {footer}
        {closeButton && (
          <>
            {footer && <span className="spacer" />}
            <button type="button" className={closeButton.primary ? 'button button-primary' : 'button'} onClick={onClose}>
              {closeButton.label}
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}
