import { useParams, useSearchParams } from 'react-router';
import { PostProfile } from '../../features/collaboration/components/post-profile';
import { isIsoDate } from '../../lib/format';
import { asOfParam } from '../../lib/paths';

export function PostRoute() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const asOf = searchParams.get(asOfParam);
  return <PostProfile id={id} asOf={isIsoDate(asOf) ? asOf : undefined} />;
}
