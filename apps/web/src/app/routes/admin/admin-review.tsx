import { PageSkeleton } from '../../../components/skeleton';
import { useMe } from '../../../features/auth/api/get-me';
import { ReviewNotAllowed } from '../../../features/review/components/review-not-allowed';
import { ReviewPage } from '../../../features/review/components/review-page';
import { canReview } from '../../../features/review/utils/access';
import { useT } from '../../../i18n/use-t';

/** `/admin/granskning`: the review queue, for stewards and administrators. */
export function AdminReviewRoute() {
  const t = useT();
  const me = useMe().data;
  if (!me) return <PageSkeleton label={t('review.loading')} />;
  return canReview(me) ? <ReviewPage me={me} /> : <ReviewNotAllowed />;
}
