import { useEffect, useRef } from 'react';
import { type Blocker, useBlocker } from 'react-router';
import { useT } from '../../../i18n/use-t';

/**
 * Warns before unsaved changes are lost: leaving inside the app asks first (react-router's
 * blocker), closing or reloading the tab gets the browser's own question (`beforeunload`).
 * `allowNavigation` lets a successful save move on without asking.
 */
export function useUnsavedChanges(dirty: boolean) {
  const bypass = useRef(false);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current &&
      !bypass.current &&
      (currentLocation.pathname !== nextLocation.pathname ||
        currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (bypass.current) return;
      event.preventDefault();
      // Older browsers need a value; none shows it any more.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    blocker,
    allowNavigation: () => {
      bypass.current = true;
    },
  };
}

/** "Leave without saving?": a modal question while a navigation waits. */
export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const blocked = blocker.state === 'blocked';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (blocked && !dialog.open) {
      dialog.showModal();
      stayRef.current?.focus();
    } else if (!blocked && dialog.open) {
      dialog.close();
    }
  }, [blocked]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="editing-unsaved-title"
      aria-describedby="editing-unsaved-body"
      onClose={() => {
        if (blocker.state === 'blocked') blocker.reset();
      }}
    >
      <h2 id="editing-unsaved-title" className="dialog-title">
        {t('editing.unsaved.title')}
      </h2>
      <p id="editing-unsaved-body">{t('editing.unsaved.body')}</p>
      <div className="dialog-actions">
        <button
          ref={stayRef}
          type="button"
          className="button button-primary"
          onClick={() => blocker.reset?.()}
        >
          {t('editing.unsaved.stay')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => blocker.proceed?.()}
        >
          {t('editing.unsaved.leave')}
        </button>
      </div>
    </dialog>
  );
}
