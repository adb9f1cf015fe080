import { useParams } from 'react-router';
import { RoleFormPage } from '../../../features/editing/components/role-form';

/** `/roller/ny` adds a role to the catalogue; `/roller/:id/redigera` changes one. */
export function RoleFormRoute() {
  const { id } = useParams();
  return <RoleFormPage key={id ?? 'new'} id={id} />;
}
