import { useMe } from '../../features/auth/api/get-me';
import { CounterpartsPage } from '../../features/collaboration/components/counterparts-page';

/** "Hitta motpart": starts from the signed-in person's own post when nothing is chosen. */
export function CounterpartsRoute() {
  const me = useMe();
  return <CounterpartsPage personId={me.data?.personId ?? null} />;
}
