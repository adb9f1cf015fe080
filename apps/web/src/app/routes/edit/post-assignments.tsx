import { useParams } from 'react-router';
import { PostAssignmentsPage } from '../../../features/editing/components/post-assignments';

/** `/funktioner/:id/uppdrag`: who holds the post, covers it or deputises, and when. */
export function PostAssignmentsRoute() {
  const { id = '' } = useParams();
  return <PostAssignmentsPage key={id} id={id} />;
}
