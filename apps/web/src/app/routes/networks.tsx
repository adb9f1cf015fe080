import { NetworksPage } from '../../features/collaboration/components/networks-page';

export function NetworksRoute() {
  return <NetworksPage />;
}
