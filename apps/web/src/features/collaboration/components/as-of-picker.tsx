import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-t';
import { formatDate, isIsoDate } from '../../../lib/format';

interface AsOfPickerProps {
  /** `YYYY-MM-DD` from the address; absent means today. */
  asOf?: string;
  /** The date the API answered for (today when `asOf` is absent). */
  shownDate?: string;
  /** The page's address for a date, or for today without one. */
  hrefFor: (asOf?: string) => string;
  onChoose: (asOf?: string) => void;
}

/**
 * "Show the situation on …": a native date field (keyboard and screen-reader friendly in every
 * browser) and a button; the date goes into the address (`?datum=`) so the view can be shared.
 */
export function AsOfPicker({ asOf, shownDate, hrefFor, onChoose }: AsOfPickerProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const [value, setValue] = useState(asOf ?? '');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setValue(asOf ?? '');
    setError(null);
  }, [asOf]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (value === '') {
      setError(null);
      onChoose(undefined);
      return;
    }
    if (!isIsoDate(value)) {
      setError(t('collaboration.asOf.invalid'));
      return;
    }
    setError(null);
    onChoose(value);
  }

  return (
    <div className="as-of">
      {asOf ? (
        <p className="alert alert-info as-of-notice">
          {t('collaboration.asOf.showing', { date: formatDate(asOf, locale) })}{' '}
          <Link to={hrefFor(undefined)}>{t('collaboration.asOf.today')}</Link>
        </p>
      ) : null}
      <form className="as-of-form" onSubmit={submit} noValidate>
        <div className="as-of-field">
          <label htmlFor={`${id}-date`}>{t('collaboration.asOf.label')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={value}
            min="1990-01-01"
            max="2100-12-31"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
        <button type="submit" className="button button-secondary button-small">
          {t('collaboration.asOf.submit')}
        </button>
        <p id={`${id}-hint`} className="field-hint as-of-hint">
          {shownDate && !asOf
            ? t('collaboration.asOf.hintToday', { date: formatDate(shownDate, locale) })
            : t('collaboration.asOf.hint')}
        </p>
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </form>
    </div>
  );
}
