import type { Me, ReviewQueue } from '@nk/shared';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { LoadingRegion, Skeleton } from '../../../components/skeleton';
import { useT } from '../../../i18n/use-t';
import { reviewMaxSize, reviewPageSize, useReviewQueue } from '../api/get-review-queue';
import { OrganisationFilter } from './organisation-filter';
import { ReviewHeader } from './review-header';
import { DuplicatesList, PeopleList, VacancyList } from './review-lists';
import { reviewSections, type SectionName } from './review-sections';
import { ReviewCounts } from './review-summary';
import { SuggestionList } from './suggestion-list';
import './review.css';

/** What a list tells the page after an action: the sentence to announce, where focus goes. */
export type Announce = (message: string, section: SectionName) => void;

/**
 * `/admin/granskning`: what needs a steward's attention, section by section, each with the
 * action that settles it. Stewards see their organisations; administrators see everything and
 * may narrow to one organisation (kept in the address).
 */
export function ReviewPage({ me }: { me: Me }) {
  const t = useT();
  const admin = me.role === 'admin';
  const [searchParams, setSearchParams] = useSearchParams();
  const organisation = admin ? (searchParams.get('organisation') ?? undefined) : undefined;
  const [limit, setLimit] = useState(reviewPageSize);
  const queue = useReviewQueue({ organisation, limit });
  const [status, setStatus] = useState('');

  const announce: Announce = (message, section) => {
    setStatus(message);
    // The item that had focus is gone; its section's heading is the nearest place to go on from.
    const anchor = reviewSections.find((s) => s.name === section)?.anchor;
    if (anchor) document.getElementById(anchor)?.focus();
  };

  return (
    <div className="review-page">
      <ReviewHeader
        title={t('review.title')}
        lead={admin ? t('review.lead.admin') : t('review.lead.steward')}
      />
      {admin ? (
        <OrganisationFilter
          value={organisation ?? null}
          onChange={(id) => {
            setStatus('');
            setSearchParams(id ? { organisation: id } : {}, { replace: true });
          }}
        />
      ) : null}
      <p className="review-status" role="status">
        {status}
      </p>
      {queue.isPending ? (
        <QueueSkeleton />
      ) : queue.isError ? (
        <ErrorMessage error={queue.error} onRetry={() => queue.refetch()} />
      ) : (
        <Queue
          queue={queue.data}
          limit={limit}
          onShowAll={() => setLimit(reviewMaxSize)}
          announce={announce}
        />
      )}
    </div>
  );
}

function QueueSkeleton() {
  const t = useT();
  return (
    <LoadingRegion label={t('review.loading')}>
      <Skeleton className="skeleton-line" />
      <Skeleton className="skeleton-subheading" />
      <Skeleton className="skeleton-row" />
      <Skeleton className="skeleton-row" />
      <Skeleton className="skeleton-subheading" />
      <Skeleton className="skeleton-row" />
    </LoadingRegion>
  );
}

interface QueueProps {
  queue: ReviewQueue;
  limit: number;
  onShowAll: () => void;
  announce: Announce;
}

function Queue({ queue, limit, onShowAll, announce }: QueueProps) {
  const t = useT();
  const nothing = reviewSections.every((section) => queue[section.name].count === 0);
  return (
    <>
      <nav aria-label={t('review.countsLabel')} className="review-counts-nav">
        <ReviewCounts queue={queue} inPage />
      </nav>
      {nothing ? <p className="alert alert-info">{t('review.allDone')}</p> : null}
      {reviewSections.map((section) => {
        const { count, items } = queue[section.name];
        return (
          <section key={section.name} className="review-section" aria-labelledby={section.anchor}>
            <h2 id={section.anchor} tabIndex={-1}>
              {t(section.title)} <span className="review-section-count">({count})</span>
            </h2>
            <p className="review-section-intro">{t(section.intro)}</p>
            {count === 0 ? (
              <p className="empty-state">{t(section.empty)}</p>
            ) : section.name === 'suggestions' ? (
              <SuggestionList suggestions={queue.suggestions.items} announce={announce} />
            ) : section.name === 'duplicates' ? (
              <DuplicatesList groups={queue.duplicates.items} />
            ) : section.name === 'vacancies' || section.name === 'newVacancies' ? (
              <VacancyList posts={queue[section.name].items} />
            ) : (
              <PeopleList
                people={queue[section.name].items}
                kind={section.name}
                announce={announce}
              />
            )}
            {count > items.length ? (
              <p className="review-more">
                {t('review.showing', { shown: items.length, count })}{' '}
                {limit < reviewMaxSize ? (
                  <button type="button" className="link-button" onClick={onShowAll}>
                    {t('review.showAll')}
                  </button>
                ) : null}
              </p>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
