import { PageSkeleton } from '../../../components/skeleton';
import { useMe } from '../../../features/auth/api/get-me';
import { MergePage } from '../../../features/review/components/merge-page';
import { ReviewNotAllowed } from '../../../features/review/components/review-not-allowed';
import { canReview } from '../../../features/review/utils/access';
import { useT } from '../../../i18n/use-t';

/** `/admin/sammanfoga?keep=&duplicate=`: merge two entries for one person, with undo. */
export function AdminMergeRoute() {
  const t = useT();
  const me = useMe().data;
  if (!me) return <PageSkeleton label={t('review.loading')} />;
  return canReview(me) ? <MergePage /> : <ReviewNotAllowed />;
}
