import { useParams, useSearchParams } from 'react-router';
import { OrganisationDetails } from '../../features/organisations/components/organisation-details';
import { isIsoDate } from '../../lib/format';
import { asOfParam } from '../../lib/paths';

export function OrganisationRoute() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const asOf = searchParams.get(asOfParam);
  return <OrganisationDetails id={id} asOf={isIsoDate(asOf) ? asOf : undefined} />;
}
