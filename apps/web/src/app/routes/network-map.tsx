import { NetworkMapPage } from '../../features/onboarding/components/network-map-page';

export function NetworkMapRoute() {
  return <NetworkMapPage />;
}
