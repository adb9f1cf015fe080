import { type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../../../i18n/use-t';

interface ToastProps {
  message: ReactNode;
  /** The one action, e.g. "Ångra". */
  action?: { label: string; onClick: () => void; busy?: boolean };
  onClose: () => void;
  /** Moves focus to the action when the toast appears, for those who got here by keyboard. */
  focusAction?: boolean;
}

/**
 * A message at the bottom of the screen that stays until closed: no timer, so nobody has to be
 * quick to undo (WCAG 2.2.1). Announced politely when it appears.
 */
export function Toast({ message, action, onClose, focusAction = false }: ToastProps) {
  const t = useT();
  const actionRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusAction) actionRef.current?.focus();
  }, [focusAction]);

  return (
    <div className="editing-toast" role="status">
      <p className="editing-toast-message">{message}</p>
      <div className="editing-toast-actions">
        {action ? (
          <button
            ref={actionRef}
            type="button"
            className="button button-small editing-toast-action"
            aria-disabled={action.busy ? true : undefined}
            onClick={() => {
              if (!action.busy) action.onClick();
            }}
          >
            {action.label}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-small editing-toast-close"
          onClick={onClose}
          aria-label={t('editing.toast.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}
