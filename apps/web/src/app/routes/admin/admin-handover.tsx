import { NotFoundRoute } from '../not-found';

/** Being built: shows "not found" until then. */
export function AdminHandoverRoute() {
  return <NotFoundRoute />;
}
