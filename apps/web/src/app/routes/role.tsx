import { useParams } from 'react-router';
import { RoleProfile } from '../../features/collaboration/components/role-profile';

export function RoleRoute() {
  const { id = '' } = useParams();
  return <RoleProfile id={id} />;
}
