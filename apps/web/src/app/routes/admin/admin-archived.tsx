import { ArchivedPage } from '../../../features/editing/components/archived-page';

/** `/admin/arkiv`: archived people, organisations and posts, each restorable. */
export function AdminArchivedRoute() {
  return <ArchivedPage />;
}
