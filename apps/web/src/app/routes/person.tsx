import { useParams, useSearchParams } from 'react-router';
import { PersonProfile } from '../../features/people/components/person-profile';
import { isIsoDate } from '../../lib/format';
import { asOfParam } from '../../lib/paths';

export function PersonRoute() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const asOf = searchParams.get(asOfParam);
  return <PersonProfile id={id} asOf={isIsoDate(asOf) ? asOf : undefined} />;
}
