import { useT } from '../i18n/use-t';
import { describeError } from '../lib/describe-error';

interface ErrorMessageProps {
  error: unknown;
  /** Shows a "try again" button when given. */
  onRetry?: () => void;
}

/** A failure as a sentence, announced to screen readers, with an optional way to try again. */
export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const t = useT();
  return (
    <div className="alert alert-error" role="alert">
      <p>{describeError(error, t)}</p>
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
