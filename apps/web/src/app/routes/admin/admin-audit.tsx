import { PageSkeleton } from '../../../components/skeleton';
import { AuditPage } from '../../../features/admin/components/audit-page';
import { NotAllowed } from '../../../features/admin/components/not-allowed';
import { canAdminister, isAdmin } from '../../../features/admin/utils/access';
import { useMe } from '../../../features/auth/api/get-me';
import { useT } from '../../../i18n/use-t';

/** `/admin/logg`: the audit log, for administrators only (the API refuses everyone else too). */
export function AdminAuditRoute() {
  const t = useT();
  const me = useMe().data;
  if (!me) return <PageSkeleton label={t('admin.loading')} />;
  if (!isAdmin(me)) return <NotAllowed adminOnly={canAdminister(me)} />;
  return <AuditPage />;
}
