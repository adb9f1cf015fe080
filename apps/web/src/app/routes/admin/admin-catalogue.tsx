import { CataloguePage } from '../../../features/editing/components/catalogue-page';

/** `/admin/katalog`: roles, networks and topics, for administrators. */
export function AdminCatalogueRoute() {
  return <CataloguePage />;
}
