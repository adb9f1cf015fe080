import { NotFoundRoute } from '../not-found';

/** Being built: shows "not found" until then. */
export function AdminMergeRoute() {
  return <NotFoundRoute />;
}
