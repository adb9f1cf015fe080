import type { Suggestion } from '@nk/shared';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { TranslationKey } from '../../../i18n/sv';
import { useI18n } from '../../../i18n/use-t';
import { describeError } from '../../../lib/describe-error';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { type CloseAction, useCloseSuggestion } from '../api/close-suggestion';
import { fieldLabelKey } from '../utils/field-labels';
import type { Announce } from './review-page';

const targetPath = (suggestion: Suggestion) =>
  suggestion.targetType === 'person'
    ? paths.person(suggestion.targetId)
    : suggestion.targetType === 'post'
      ? paths.post(suggestion.targetId)
      : paths.organisation(suggestion.targetId);

const targetKind: Record<Suggestion['targetType'], TranslationKey> = {
  person: 'review.target.person',
  post: 'review.target.post',
  organisation: 'review.target.organisation',
};

/** Open "this is wrong" reports, each with the message and a way to close it. */
export function SuggestionList({
  suggestions,
  announce,
}: {
  suggestions: Suggestion[];
  announce: Announce;
}) {
  return (
    <ul className="review-list">
      {suggestions.map((suggestion) => (
        <li key={suggestion.id} className="review-item review-suggestion">
          <SuggestionItem suggestion={suggestion} announce={announce} />
        </li>
      ))}
    </ul>
  );
}

function SuggestionItem({ suggestion, announce }: { suggestion: Suggestion; announce: Announce }) {
  const { t, locale } = useI18n();
  const close = useCloseSuggestion();
  const noteId = useId();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = suggestion.field ? fieldLabelKey(suggestion.field) : null;
  const reporter = suggestion.createdBy.displayName ?? suggestion.createdBy.email;

  async function finish(action: CloseAction) {
    setError(null);
    try {
      await close.mutateAsync({ id: suggestion.id, action, note });
      announce(
        t(action === 'resolve' ? 'review.suggestion.resolved' : 'review.suggestion.dismissed', {
          name: suggestion.targetName,
        }),
        'suggestions',
      );
    } catch (failure) {
      setError(describeError(failure, t));
    }
  }

  return (
    <article className="review-item-main" aria-labelledby={`${noteId}-title`}>
      <h3 className="review-item-title" id={`${noteId}-title`}>
        <Link to={targetPath(suggestion)}>{suggestion.targetName}</Link>{' '}
        <span className="badge badge-muted">{t(targetKind[suggestion.targetType])}</span>
      </h3>
      <p className="review-meta">
        {suggestion.organisation.name}
        {suggestion.field
          ? ` · ${t('review.suggestion.field', { field: field ? t(field) : suggestion.field })}`
          : ''}
      </p>
      <blockquote className="review-message">{suggestion.message}</blockquote>
      <p className="review-meta">
        {t('review.suggestion.reportedBy', {
          name: reporter,
          date: formatDate(suggestion.createdAt, locale),
        })}
      </p>
      <div className="form-field review-note">
        <label htmlFor={noteId}>{t('review.suggestion.note')}</label>
        <textarea
          id={noteId}
          value={note}
          maxLength={4000}
          rows={2}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="review-actions">
        <button
          type="button"
          className="button button-primary button-small"
          disabled={close.isPending}
          onClick={() => finish('resolve')}
          aria-label={`${t('review.suggestion.resolve')}: ${suggestion.targetName}`}
        >
          {t('review.suggestion.resolve')}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={close.isPending}
          onClick={() => finish('dismiss')}
          aria-label={`${t('review.suggestion.dismiss')}: ${suggestion.targetName}`}
        >
          {t('review.suggestion.dismiss')}
        </button>
      </div>
    </article>
  );
}
