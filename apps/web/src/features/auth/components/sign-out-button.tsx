import { useT } from '../../../i18n/use-t';
import { useLogout } from '../api/logout';

interface SignOutButtonProps {
  /** Called just before signing out, so the app can tell a chosen sign-out from an expiry. */
  onSignOut?: () => void;
}

export function SignOutButton({ onSignOut }: SignOutButtonProps) {
  const t = useT();
  const logout = useLogout();
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={logout.isPending}
        onClick={() => {
          onSignOut?.();
          logout.mutate();
        }}
      >
        {logout.isPending ? t('auth.signingOut') : t('auth.signOut')}
      </button>
      {logout.isError ? (
        <p className="account-error" role="alert">
          {t('auth.signOutFailed')}
        </p>
      ) : null}
    </>
  );
}
