import type { Import } from '@nk/shared';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/use-t';
import { hasStatus } from '../../../lib/api-client';
import { describeError } from '../../../lib/describe-error';
import { useUndoImport } from '../api/undo-import';
import { formatDateTime } from '../utils/format-time';
import { ConfirmDialog } from './confirm-dialog';
import { ImportRowsTable } from './import-rows-table';

interface ImportResultProps {
  data: Import;
  organisationName: string;
  onStartOver: () => void;
}

/** Step 4: what was applied, and "undo the whole import" behind a confirmation. */
export function ImportResult({ data, organisationName, onStartOver }: ImportResultProps) {
  const { t, locale } = useI18n();
  const undo = useUndoImport();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const undone = data.status === 'undone';
  const applied = data.applied ?? { add: 0, change: 0, end: 0 };
  const total = applied.add + applied.change + applied.end;

  // The page changed under the person's feet: start reading at the new heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again when the import is undone.
  useEffect(() => {
    headingRef.current?.focus();
  }, [undone]);

  const undoError = undo.isError
    ? hasStatus(undo.error, 409)
      ? t('admin.import.undo.conflict')
      : describeError(undo.error, t)
    : null;

  return (
    <section className="admin-import-result" aria-labelledby="import-result-heading">
      {undone ? (
        <div className="card admin-result admin-result-undone">
          <h2 id="import-result-heading" ref={headingRef} tabIndex={-1}>
            {t('admin.import.undone.title')}
          </h2>
          <p>
            {t('admin.import.undone.body', {
              date: formatDateTime(data.committedAt ?? data.createdAt, locale),
            })}
          </p>
          <button type="button" className="button button-primary" onClick={onStartOver}>
            {t('admin.import.start')}
          </button>
        </div>
      ) : (
        <div className="card admin-result">
          <h2 id="import-result-heading" ref={headingRef} tabIndex={-1}>
            {t('admin.import.done.title')}
          </h2>
          <p>
            {t('admin.import.done.intro', {
              organisation: organisationName,
              date: formatDateTime(data.committedAt ?? data.createdAt, locale),
            })}
          </p>
          {total === 0 ? (
            <p>{t('admin.import.done.nothing')}</p>
          ) : (
            <dl className="admin-summary" aria-label={t('admin.import.done.applied')}>
              {(['add', 'change', 'end'] as const).map((action) => (
                <div key={action} className={`admin-summary-item admin-summary-${action}`}>
                  <dt>{t(`admin.applied.${action}`)}</dt>
                  <dd>{applied[action]}</dd>
                </div>
              ))}
            </dl>
          )}
          {undoError && !confirming ? (
            <p className="alert alert-error" role="alert">
              {undoError}
            </p>
          ) : null}
          <div className="dialog-actions">
            {total > 0 ? (
              <button
                type="button"
                className="button button-secondary admin-button-undo"
                onClick={() => {
                  undo.reset();
                  setConfirming(true);
                }}
              >
                {t('admin.import.undo')}
              </button>
            ) : null}
            <button type="button" className="button button-secondary" onClick={onStartOver}>
              {t('admin.import.start')}
            </button>
          </div>
        </div>
      )}

      <details className="admin-details">
        <summary>{t('admin.import.rowsOfImport')}</summary>
        <ImportRowsTable rows={data.rows} caption={t('admin.import.rowsCaption')} />
      </details>

      <ConfirmDialog
        open={confirming}
        title={t('admin.import.undo.title')}
        confirmLabel={t('admin.import.undo.confirm')}
        workingLabel={t('admin.import.undo.working')}
        cancelLabel={t('admin.import.undo.cancel')}
        pending={undo.isPending}
        error={undoError}
        onCancel={() => setConfirming(false)}
        onConfirm={() => undo.mutate(data.id, { onSuccess: () => setConfirming(false) })}
      >
        <p>{t('admin.import.undo.body')}</p>
        <p>{t('admin.import.undo.note')}</p>
      </ConfirmDialog>
    </section>
  );
}
