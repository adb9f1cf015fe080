import { PageSkeleton } from '../../../components/skeleton';
import { ImportPage } from '../../../features/admin/components/import-page';
import { NotAllowed } from '../../../features/admin/components/not-allowed';
import { canAdminister } from '../../../features/admin/utils/access';
import { useMe } from '../../../features/auth/api/get-me';
import { useT } from '../../../i18n/use-t';

/** `/admin/import`: stewards import into their organisations, administrators anywhere. */
export function AdminImportRoute() {
  const t = useT();
  const me = useMe().data;
  if (!me) return <PageSkeleton label={t('admin.loading')} />;
  return canAdminister(me) ? <ImportPage me={me} /> : <NotAllowed />;
}
