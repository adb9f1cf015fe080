import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/use-t';
import { staleVersionOf, type Versioned } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { type Archivable, type ArchivableKind, archive, restore } from '../api/archive';
import { invalidateDirectory } from '../api/invalidate';
import { describeEditingError } from '../utils/describe-editing-error';
import { Toast } from './toast';

interface ArchiveControlProps {
  kind: ArchivableKind;
  id: string;
  name: string;
  /** The ETag of the version on screen. */
  etag: string;
  archivedAt: string | null;
  /** What archiving means for this entry, said before anything happens. */
  consequences: ReactNode;
  /** The entry's new version after archiving or restoring. */
  onChange: (changed: Versioned<Archivable>) => void;
}

/**
 * "Arkivera": first a dialog that says what it means, then an undo toast. Archiving deletes
 * nothing, and the toast's "Ångra" restores the version just archived, with its ETag, so an
 * undo can never overwrite someone else's later change.
 */
export function ArchiveControl({
  kind,
  id,
  name,
  etag,
  archivedAt,
  consequences,
  onChange,
}: ArchiveControlProps) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  // Set when the dialog closes because archiving worked: focus then goes to the toast's undo.
  const archivedNow = useRef(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [toast, setToast] = useState<{ message: string; undo: boolean } | null>(null);

  async function run(action: 'archive' | 'restore') {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const changed =
        action === 'archive' ? await archive(kind, id, etag) : await restore(kind, id, etag);
      onChange(changed);
      archivedNow.current = action === 'archive';
      dialogRef.current?.close();
      setToast(
        action === 'archive'
          ? { message: t('editing.archive.done', { name }), undo: true }
          : { message: t('editing.archive.restored', { name }), undo: false },
      );
      void invalidateDirectory(queryClient);
      // The button pressed is gone after a restore; the archive button takes its place.
      if (action === 'restore') window.setTimeout(() => openerRef.current?.focus(), 0);
    } catch (error) {
      // Someone changed the entry meanwhile: take their version and ask again.
      const stale = staleVersionOf<Archivable>(error);
      if (stale) onChange(stale);
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const failureText = failure ? describeEditingError(failure, t) : null;

  return (
    <section className="editing-archive" aria-labelledby={`${titleId}-section`}>
      <h2 id={`${titleId}-section`}>{t('editing.archive.section')}</h2>
      {archivedAt ? (
        <>
          <p>
            <span className="badge badge-muted">
              {t('editing.archive.archivedOn', { date: formatDate(archivedAt, locale) })}
            </span>
          </p>
          <p>{t('editing.archive.restoreIntro')}</p>
          {failureText && !toast ? (
            <p className="alert alert-error" role="alert">
              {failureText}
            </p>
          ) : null}
          <button
            ref={openerRef}
            type="button"
            className="button button-secondary"
            aria-disabled={busy ? true : undefined}
            onClick={() => run('restore')}
          >
            {t('editing.archive.restore', { name })}
          </button>
        </>
      ) : (
        <>
          <p>{t('editing.archive.intro')}</p>
          <button
            ref={openerRef}
            type="button"
            className="button editing-button-danger"
            aria-haspopup="dialog"
            onClick={() => {
              setFailure(null);
              dialogRef.current?.showModal();
            }}
          >
            {t('editing.archive.open', { name })}
          </button>
        </>
      )}

      <dialog
        ref={dialogRef}
        className="dialog"
        aria-labelledby={titleId}
        onClose={() => {
          if (!archivedNow.current) openerRef.current?.focus();
          archivedNow.current = false;
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {t('editing.archive.confirmTitle', { name })}
        </h2>
        <div className="editing-consequences">{consequences}</div>
        <p>{t('editing.archive.safe')}</p>
        {failureText ? (
          <p className="alert alert-error" role="alert">
            {failureText}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button
            type="button"
            className="button editing-button-danger"
            aria-disabled={busy ? true : undefined}
            onClick={() => run('archive')}
          >
            {busy ? t('editing.archive.archiving') : t('editing.archive.confirm')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => dialogRef.current?.close()}
          >
            {t('editing.form.cancel')}
          </button>
        </div>
      </dialog>

      {toast ? (
        <Toast
          message={
            <>
              {toast.message}
              {failureText ? <span className="editing-toast-error"> {failureText}</span> : null}
            </>
          }
          focusAction={toast.undo}
          action={
            toast.undo
              ? { label: t('editing.archive.undo'), busy, onClick: () => run('restore') }
              : undefined
          }
          onClose={() => {
            setToast(null);
            openerRef.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
