import { HandoverPage } from '../../../features/editing/components/handover-wizard';

/** `/admin/overlamning?post=…`: hand a post over to a successor on a date. */
export function AdminHandoverRoute() {
  return <HandoverPage />;
}
