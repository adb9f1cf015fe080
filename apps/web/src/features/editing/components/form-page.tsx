import type { Me } from '@nk/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useT } from '../../../i18n/use-t';
import { isApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { useMe } from '../../auth/api/get-me';
import { canEditCatalogue } from '../utils/access';
import { describeEditingError } from '../utils/describe-editing-error';
import './editing.css';

/** The signed-in user; the protected layout has loaded it before any page renders. */
export function useCurrentUser(): Me | null {
  return useMe().data ?? null;
}

/** Grey shapes of a form while what it edits is loading. */
export function FormSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion label={label}>
      <Skeleton className="skeleton-heading" />
      <div className="editing-form-skeleton">
        {[0, 1, 2, 3].map((index) => (
          <div key={index} className="form-field">
            <Skeleton className="skeleton-line skeleton-short" />
            <Skeleton className="skeleton-button editing-skeleton-input" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}

interface RefusalProps {
  title: string;
  body: string;
  back?: { to: string; label: string };
}

/** "You may not change this", with why and where to go instead. */
export function Refusal({ title, body, back }: RefusalProps) {
  const t = useT();
  return (
    <div className="page-header editing-refusal">
      <h1>{title}</h1>
      <p className="lead">{body}</p>
      <p>
        <Link to={back?.to ?? paths.home()}>{back?.label ?? t('editing.refusal.home')}</Link>
      </p>
    </div>
  );
}

/** A load that failed: not found (or a malformed id) reads as such; anything else as an error. */
export function LoadFailure({
  error,
  title,
  notFoundTitle,
  notFoundBody,
  onRetry,
}: {
  error: unknown;
  title: string;
  notFoundTitle: string;
  notFoundBody: string;
  onRetry: () => void;
}): ReactNode {
  const t = useT();
  const notFound = isApiError(error) && [400, 404].includes(error.status);
  if (notFound) {
    return (
      <div className="page-header">
        <h1>{notFoundTitle}</h1>
        <p className="lead">{notFoundBody}</p>
        <p>
          <Link to={paths.search()}>{t('editing.refusal.search')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <h1>{title}</h1>
      <ErrorMessage error={error} onRetry={onRetry} />
    </>
  );
}

/**
 * What a catalogue form page (role, network, topic) shows before its form: a skeleton until the
 * caller is known, the refusal for anyone but an administrator, then the empty form for a new
 * record or the loaded one (with a skeleton and a load failure on the way).
 */
export function CatalogueFormGate<T>({
  id,
  query,
  title,
  texts,
  back,
  children,
}: {
  id?: string;
  query: { isPending: boolean; isError: boolean; error: unknown; data?: T; refetch: () => unknown };
  title: string;
  texts: { loading: string; notFound: string; notFoundBody: string };
  back?: { to: string; label: string };
  children: (loaded?: T) => ReactNode;
}): ReactNode {
  const t = useT();
  const me = useCurrentUser();
  if (!me) return <FormSkeleton label={t('editing.loading')} />;
  if (!canEditCatalogue(me)) {
    return (
      <Refusal
        title={t('editing.refusal.title')}
        body={t('editing.refusal.catalogue')}
        back={back}
      />
    );
  }
  if (!id) return children();
  if (query.isPending) return <FormSkeleton label={texts.loading} />;
  if (query.isError || query.data === undefined) {
    return (
      <LoadFailure
        error={query.error}
        title={title}
        notFoundTitle={texts.notFound}
        notFoundBody={texts.notFoundBody}
        onRetry={() => query.refetch()}
      />
    );
  }
  return children(query.data);
}

/** The bar at the end of a form: save and cancel, and what is not saved yet. */
export function FormActions({
  submitting,
  dirty,
  saveLabel,
  cancelTo,
  onCancel,
  sticky = true,
}: {
  submitting: boolean;
  dirty: boolean;
  saveLabel: string;
  cancelTo?: string;
  onCancel?: () => void;
  /** Kept in view at the bottom of the screen: for a page's form, not a small one inside it. */
  sticky?: boolean;
}) {
  const t = useT();
  return (
    <div
      className={`editing-actions ${sticky ? 'editing-form-actions' : 'editing-subform-actions'}`}
    >
      <button
        type="submit"
        className="button button-primary"
        aria-disabled={submitting ? true : undefined}
      >
        {submitting ? t('editing.form.saving') : saveLabel}
      </button>
      {onCancel ? (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('editing.form.cancel')}
        </button>
      ) : cancelTo ? (
        <Link className="button button-secondary" to={cancelTo}>
          {t('editing.form.cancel')}
        </Link>
      ) : null}
      <p className="editing-dirty" aria-live="polite">
        {dirty ? t('editing.form.unsaved') : ''}
      </p>
    </div>
  );
}

/** A failure that belongs to no single field, or the note that nothing was changed. */
export function FormNotices({
  failure,
  nothingChanged,
}: {
  failure: unknown;
  nothingChanged: boolean;
}) {
  const t = useT();
  return (
    <div className="form-alert-slot" role="alert">
      {failure ? (
        <p className="alert alert-error">{describeEditingError(failure, t)}</p>
      ) : nothingChanged ? (
        <p className="alert alert-info">{t('editing.form.nothingChanged')}</p>
      ) : null}
    </div>
  );
}
