import { useMe } from '../../features/auth/api/get-me';
import { OnboardingPage } from '../../features/onboarding/components/onboarding-page';

/** "Ny i nätverket"; the first contacts are the signed-in person's own. */
export function OnboardingRoute() {
  const me = useMe();
  return <OnboardingPage personId={me.data?.personId ?? null} />;
}
