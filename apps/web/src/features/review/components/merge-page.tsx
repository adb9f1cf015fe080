import type { PersonMerge } from '@nk/shared';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { MergeComparison } from './merge-comparison';
import { MergeResult } from './merge-result';
import { PersonPicker } from './person-picker';
import { ReviewHeader } from './review-header';
import './review.css';

/** A finished merge and the names as they were before it, for the result and its undo. */
export interface MergeOutcome {
  merge: PersonMerge;
  survivorName: string;
  duplicateName: string;
}

/**
 * `/admin/sammanfoga?keep=&duplicate=`: choose two entries for one person, compare them field by
 * field, choose what the surviving entry keeps, merge, and undo if it was wrong.
 */
export function MergePage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const keep = searchParams.get('keep');
  const duplicate = searchParams.get('duplicate');
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null);

  function choose(next: { keep?: string | null; duplicate?: string | null }) {
    const params: Record<string, string> = {};
    const k = next.keep === undefined ? keep : next.keep;
    const d = next.duplicate === undefined ? duplicate : next.duplicate;
    if (k) params.keep = k;
    if (d) params.duplicate = d;
    setSearchParams(params, { replace: true });
  }

  return (
    <div className="merge-page">
      <ReviewHeader title={t('review.merge.title')} lead={t('review.merge.lead')} />
      {outcome ? (
        <MergeResult
          outcome={outcome}
          onUndone={(merge) => setOutcome({ ...outcome, merge })}
          onAgain={() => {
            setOutcome(null);
            setSearchParams({}, { replace: true });
          }}
        />
      ) : (
        <>
          <section className="card merge-pickers" aria-labelledby="merge-choose">
            <h2 id="merge-choose">{t('review.merge.choose')}</h2>
            <div className="merge-picker-grid">
              <PersonPicker
                id="merge-keep"
                label={t('review.merge.keep')}
                description={t('review.merge.keepHint')}
                value={keep}
                onChange={(id) => choose({ keep: id })}
              />
              <PersonPicker
                id="merge-duplicate"
                label={t('review.merge.duplicate')}
                description={t('review.merge.duplicateHint')}
                value={duplicate}
                onChange={(id) => choose({ duplicate: id })}
              />
            </div>
            <button
              type="button"
              className="button button-secondary button-small merge-swap"
              disabled={!keep && !duplicate}
              onClick={() => choose({ keep: duplicate, duplicate: keep })}
            >
              <span aria-hidden="true">⇄</span>
              {t('review.merge.swap')}
            </button>
          </section>
          {keep && duplicate && keep === duplicate ? (
            <p className="alert alert-error" role="alert">
              {t('review.merge.error.same')}
            </p>
          ) : keep && duplicate ? (
            <MergeComparison
              key={`${keep} ${duplicate}`}
              survivorId={keep}
              duplicateId={duplicate}
              onMerged={setOutcome}
            />
          ) : (
            <p className="empty-state">{t('review.merge.pickBoth')}</p>
          )}
        </>
      )}
    </div>
  );
}
