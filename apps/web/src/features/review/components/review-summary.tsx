import type { ReviewQueue } from '@nk/shared';
import { Link } from 'react-router';
import { Skeleton } from '../../../components/skeleton';
import { useT } from '../../../i18n/use-t';
import { describeError } from '../../../lib/describe-error';
import { paths } from '../../../lib/paths';
import { useReviewQueue } from '../api/get-review-queue';
import { reviewSections } from './review-sections';
import './review.css';

interface ReviewCountsProps {
  queue: ReviewQueue;
  /** On the review page itself the counts jump to the sections below. */
  inPage?: boolean;
}

/** One count per section of the queue, each a link to that section. */
export function ReviewCounts({ queue, inPage = false }: ReviewCountsProps) {
  const t = useT();
  return (
    <ul className="review-counts">
      {reviewSections.map((section) => {
        const count = queue[section.name].count;
        const content = (
          <>
            <span className="review-count-number">{count}</span>{' '}
            <span className="review-count-label">{t(section.title)}</span>
          </>
        );
        return (
          <li key={section.name} className={count === 0 ? 'review-count-zero' : undefined}>
            {inPage ? (
              <a href={`#${section.anchor}`}>{content}</a>
            ) : (
              <Link to={`${paths.adminReview()}#${section.anchor}`}>{content}</Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * What waits in the review queue, as counts linking to it: for the administration's home page.
 * Fetches on its own (the same query as the review page, so the two never disagree).
 */
export function ReviewSummary({ organisation }: { organisation?: string }) {
  const t = useT();
  const queue = useReviewQueue({ organisation });
  if (queue.isPending) {
    return (
      <div className="review-summary" role="status">
        <span className="visually-hidden">{t('review.loading')}</span>
        <Skeleton className="skeleton-line" />
        <Skeleton className="skeleton-line skeleton-short" />
      </div>
    );
  }
  if (queue.isError) {
    return <p className="review-summary review-muted">{describeError(queue.error, t)}</p>;
  }
  return (
    <div className="review-summary">
      <ReviewCounts queue={queue.data} />
      <p>
        <Link to={paths.adminReview()}>{t('review.summary.open')}</Link>
      </p>
    </div>
  );
}
