import { useParams, useSearchParams } from 'react-router';
import { OrganisationFormPage } from '../../../features/editing/components/organisation-form';

/** `/organisationer/ny?parent=…` adds an organisation; `/organisationer/:id/redigera` changes one. */
export function OrganisationFormRoute() {
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  return (
    <OrganisationFormPage
      key={id ?? 'new'}
      id={id}
      parentId={searchParams.get('parent') ?? undefined}
    />
  );
}
