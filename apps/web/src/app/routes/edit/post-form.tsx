import { useParams, useSearchParams } from 'react-router';
import { PostFormPage } from '../../../features/editing/components/post-form';

/** `/funktioner/ny?organisation=…` adds a post; `/funktioner/:id/redigera` changes one. */
export function PostFormRoute() {
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  return (
    <PostFormPage
      key={id ?? 'new'}
      id={id}
      organisationId={searchParams.get('organisation') ?? undefined}
    />
  );
}
