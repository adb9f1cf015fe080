import { useParams, useSearchParams } from 'react-router';
import { NetworkProfile } from '../../features/collaboration/components/network-profile';
import { isIsoDate } from '../../lib/format';
import { asOfParam } from '../../lib/paths';

export function NetworkRoute() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const asOf = searchParams.get(asOfParam);
  return <NetworkProfile id={id} asOf={isIsoDate(asOf) ? asOf : undefined} />;
}
