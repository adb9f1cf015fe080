import { useParams, useSearchParams } from 'react-router';
import { PersonFormPage } from '../../../features/editing/components/person-form';

/** `/personer/ny?organisation=…` adds a person; `/personer/:id/redigera` changes one. */
export function PersonFormRoute() {
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  return (
    <PersonFormPage
      key={id ?? 'new'}
      id={id}
      organisationId={searchParams.get('organisation') ?? undefined}
    />
  );
}
