import { PageSkeleton } from '../../../components/skeleton';
import { NotAllowed } from '../../../features/admin/components/not-allowed';
import { UsersPage } from '../../../features/admin/components/users-page';
import { canAdminister, isAdmin } from '../../../features/admin/utils/access';
import { useMe } from '../../../features/auth/api/get-me';
import { useT } from '../../../i18n/use-t';

/** `/admin/anvandare`: user administration, for administrators only. */
export function AdminUsersRoute() {
  const t = useT();
  const me = useMe().data;
  if (!me) return <PageSkeleton label={t('admin.loading')} />;
  if (!isAdmin(me)) return <NotAllowed adminOnly={canAdminister(me)} />;
  return <UsersPage me={me} />;
}
