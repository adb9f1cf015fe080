import { type ReactNode, useEffect, useId, useRef } from 'react';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  workingLabel: string;
  cancelLabel: string;
  pending: boolean;
  /** A failure to show inside the dialog, as a sentence. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Are you sure?" as a native modal `<dialog>`: focus stays inside, Esc cancels, and focus starts
 * on "cancel" so that a hurried Enter never confirms something that cannot be taken back lightly.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  workingLabel,
  cancelLabel,
  pending,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <div className="dialog-body admin-dialog-body">
        {children}
        <div className="form-alert-slot" role="alert">
          {error ? <p className="alert alert-error">{error}</p> : null}
        </div>
        <div className="dialog-actions">
          <button
            type="button"
            className="button button-primary admin-button-danger"
            aria-disabled={pending}
            onClick={() => {
              if (!pending) onConfirm();
            }}
          >
            {pending ? workingLabel : confirmLabel}
          </button>
          <button
            ref={cancelRef}
            type="button"
            className="button button-secondary"
            onClick={() => {
              if (!pending) onCancel();
            }}
          >
            {cancelLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
