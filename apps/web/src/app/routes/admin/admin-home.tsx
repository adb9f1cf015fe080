import { PageSkeleton } from '../../../components/skeleton';
import { AdminHome } from '../../../features/admin/components/admin-home';
import { NotAllowed } from '../../../features/admin/components/not-allowed';
import { canAdminister } from '../../../features/admin/utils/access';
import { useMe } from '../../../features/auth/api/get-me';
import { useT } from '../../../i18n/use-t';

/** `/admin`: editors and administrators; everyone else is told they are not allowed. */
export function AdminHomeRoute() {
  const t = useT();
  const me = useMe().data;
  if (!me) return <PageSkeleton label={t('admin.loading')} />;
  return canAdminister(me) ? <AdminHome me={me} /> : <NotAllowed />;
}
