import type { Import } from '@nk/shared';
import { useId } from 'react';
import { ErrorMessage } from '../../../components/error-message';
import { useT } from '../../../i18n/use-t';
import { hasStatus } from '../../../lib/api-client';
import { useCommitImport } from '../api/commit-import';
import { importActionOrder } from '../utils/import-vocabulary';
import { ActionBadge, ImportRowsTable } from './import-rows-table';

interface ImportPreviewProps {
  data: Import;
  organisationName: string;
  /** Present when the file is still at hand, so a stale preview can be made again at once. */
  onPreviewAgain?: () => void;
  previewingAgain: boolean;
  onStartOver: () => void;
}

/** Counts per action, as a definition list that reads "Läggs till: 1". */
export function ImportSummary({
  summary,
  actions = importActionOrder,
  label,
}: {
  summary: Import['summary'];
  actions?: readonly (keyof Import['summary'])[];
  label: string;
}) {
  return (
    <dl className="admin-summary" aria-label={label}>
      {actions.map((action) => (
        <div key={action} className={`admin-summary-item admin-summary-${action}`}>
          <dt>
            <ActionBadge action={action} />
          </dt>
          <dd>{summary[action]}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Step 3: what the file would do, every row, and the commit. Rows with errors are never applied
 * by accident: with errors the only way on is the explicit "valid rows only".
 */
export function ImportPreview({
  data,
  organisationName,
  onPreviewAgain,
  previewingAgain,
  onStartOver,
}: ImportPreviewProps) {
  const t = useT();
  const commit = useCommitImport();
  const headingId = useId();
  const { summary } = data;
  const changes = summary.add + summary.change + summary.end;
  const stale = hasStatus(commit.error, 409);

  return (
    <section aria-labelledby={headingId} className="admin-import-preview">
      <h2 id={headingId}>{t('admin.import.preview.title')}</h2>
      <p>
        {data.filename
          ? t('admin.import.preview.intro', { organisation: organisationName, file: data.filename })
          : t('admin.import.preview.introNoFile', { organisation: organisationName })}
      </p>
      <ImportSummary summary={summary} label={t('admin.import.summary')} />

      <section className="card admin-commit" aria-labelledby={`${headingId}-commit`}>
        <h3 id={`${headingId}-commit`}>{t('admin.import.commit.title')}</h3>
        {commit.isPending ? (
          <div role="status" className="admin-progress">
            <p>{t('admin.import.commit.progress')}</p>
            <progress aria-label={t('admin.import.commit.progressLabel')} />
          </div>
        ) : stale ? (
          <div className="alert alert-error" role="alert">
            <p>{t('admin.import.stale')}</p>
            {onPreviewAgain ? (
              <button
                type="button"
                className="button button-primary"
                aria-disabled={previewingAgain}
                onClick={() => {
                  if (!previewingAgain) onPreviewAgain();
                }}
              >
                {previewingAgain ? t('admin.import.submitting') : t('admin.import.previewAgain')}
              </button>
            ) : (
              <button type="button" className="button button-primary" onClick={onStartOver}>
                {t('admin.import.chooseAgain')}
              </button>
            )}
          </div>
        ) : changes === 0 ? (
          <p className="alert alert-info" role="status">
            {t('admin.import.nothingToDo')}
          </p>
        ) : (
          <>
            {commit.isError ? (
              hasStatus(commit.error, 422) ? (
                <p className="alert alert-error" role="alert">
                  {t('admin.import.rowErrors', { count: summary.error })}
                </p>
              ) : (
                <ErrorMessage error={commit.error} />
              )
            ) : null}
            <p>
              {summary.error > 1
                ? t('admin.import.commit.withErrors', { count: summary.error })
                : summary.error === 1
                  ? t('admin.import.commit.withErrorsOne')
                  : changes === 1
                    ? t('admin.import.commit.readyOne')
                    : t('admin.import.commit.ready', { count: changes })}
            </p>
            {summary.duplicate > 0 ? <p>{t('admin.import.commit.duplicates')}</p> : null}
            <div className="dialog-actions">
              <button
                type="button"
                className="button button-primary"
                onClick={() => commit.mutate({ id: data.id, validRowsOnly: summary.error > 0 })}
              >
                {summary.error > 0
                  ? t('admin.import.commit.validOnly')
                  : t('admin.import.commit.submit')}
              </button>
              {summary.error > 0 ? (
                <button type="button" className="button button-secondary" onClick={onStartOver}>
                  {t('admin.import.commit.newFile')}
                </button>
              ) : null}
            </div>
          </>
        )}
      </section>

      <h3>{t('admin.import.rows')}</h3>
      <ImportRowsTable rows={data.rows} caption={t('admin.import.rowsCaption')} />
    </section>
  );
}
