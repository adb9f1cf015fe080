import { useParams } from 'react-router';
import { NetworkFormPage } from '../../../features/editing/components/network-form';

/** `/natverk/ny` adds a network or forum; `/natverk/:id/redigera` changes one. */
export function NetworkFormRoute() {
  const { id } = useParams();
  return <NetworkFormPage key={id ?? 'new'} id={id} />;
}
