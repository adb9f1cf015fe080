import type { PersonMerge } from '@nk/shared';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-t';
import { paths } from '../../../lib/paths';
import { useUndoMerge } from '../api/undo-merge';
import { countText } from '../utils/count-text';
import { describeMergeError } from '../utils/merge-errors';
import type { MergeOutcome } from './merge-page';

interface MergeResultProps {
  outcome: MergeOutcome;
  onUndone: (merge: PersonMerge) => void;
  onAgain: () => void;
}

/** What the merge did, with the way back ("undo") and on (the survivor, the queue). */
export function MergeResult({ outcome, onUndone, onAgain }: MergeResultProps) {
  const { t, locale } = useI18n();
  const undo = useUndoMerge();
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { merge, survivorName, duplicateName } = outcome;

  // The page changed under the button that was pressed: say so by moving focus to the news.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again when the merge is undone
  useEffect(() => {
    heading.current?.focus();
  }, [merge.undone]);

  const moved = [
    merge.moved.assignments > 0 ? countText(t, 'assignments', merge.moved.assignments) : null,
    merge.moved.suggestions > 0 ? countText(t, 'reports', merge.moved.suggestions) : null,
    merge.moved.topics > 0 ? countText(t, 'topics', merge.moved.topics) : null,
  ].filter((text): text is string => text !== null);
  const list = (items: string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

  async function undoMerge() {
    setError(null);
    try {
      onUndone(await undo.mutateAsync(merge.id));
    } catch (failure) {
      setError(describeMergeError(failure, t, 'undo'));
    }
  }

  if (merge.undone) {
    return (
      <section className="card merge-result" aria-labelledby="merge-result-title">
        <h2 id="merge-result-title" ref={heading} tabIndex={-1}>
          {t('review.merge.undoneTitle')}
        </h2>
        <p>{t('review.merge.undoneBody', { survivor: survivorName, duplicate: duplicateName })}</p>
        <ul className="merge-result-links">
          <li>
            <Link to={paths.person(merge.survivor.id)}>{survivorName}</Link>
          </li>
          <li>
            <Link to={paths.person(merge.mergedId)}>{duplicateName}</Link>
          </li>
        </ul>
        <div className="review-actions">
          <button type="button" className="button button-secondary" onClick={onAgain}>
            {t('review.merge.again')}
          </button>
          <Link className="button button-secondary" to={paths.adminReview()}>
            {t('review.merge.toQueue')}
          </Link>
        </div>
      </section>
    );
  }

  return (
    <section className="card merge-result" aria-labelledby="merge-result-title">
      <h2 id="merge-result-title" ref={heading} tabIndex={-1}>
        {t('review.merge.doneTitle')}
      </h2>
      <p>
        {t('review.merge.doneBody', {
          survivor: `${merge.survivor.givenName} ${merge.survivor.familyName}`,
          duplicate: duplicateName,
        })}
      </p>
      <p>
        {moved.length > 0
          ? t('review.merge.doneMoved', { moves: list(moved) })
          : t('review.merge.doneNothingMoved')}
        {merge.moved.user ? ` ${t('review.merge.doneAccount')}` : ''}
      </p>
      {error ? (
        <div className="alert alert-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <div className="review-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={undo.isPending}
          onClick={undoMerge}
        >
          {undo.isPending ? t('review.merge.undoing') : t('review.merge.undo')}
        </button>
        <Link className="button button-secondary" to={paths.person(merge.survivor.id)}>
          {t('review.merge.showSurvivor', {
            name: `${merge.survivor.givenName} ${merge.survivor.familyName}`,
          })}
        </Link>
        <Link className="button button-secondary" to={paths.adminReview()}>
          {t('review.merge.toQueue')}
        </Link>
      </div>
    </section>
  );
}
