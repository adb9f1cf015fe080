import { useRef } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { AppShell } from '../../components/app-shell';
import { ErrorMessage } from '../../components/error-message';
import { PageSkeleton } from '../../components/skeleton';
import { useMe } from '../../features/auth/api/get-me';
import { AccountMenu } from '../../features/auth/components/account-menu';
import { useT } from '../../i18n/use-t';
import { paths } from '../../lib/paths';

/**
 * The frame of every page that needs a signed-in user. Nobody signed in (or the session ended):
 * off to the sign-in page, which brings the person back here afterwards. A chosen sign-out
 * goes to the sign-in page without a way back.
 */
export function ProtectedLayout() {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const signingOut = useRef(false);

  if (me.data === null) {
    const returnTo = signingOut.current
      ? undefined
      : `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={paths.signIn(returnTo)} replace />;
  }

  const user = me.data;
  return (
    <AppShell
      account={
        user ? (
          <AccountMenu
            user={user}
            onSignOut={() => {
              signingOut.current = true;
            }}
          />
        ) : null
      }
    >
      {user ? (
        <Outlet />
      ) : me.isError ? (
        <>
          <h1>{t('error.title')}</h1>
          <ErrorMessage error={me.error} onRetry={() => me.refetch()} />
        </>
      ) : (
        <PageSkeleton label={t('common.loading')} />
      )}
    </AppShell>
  );
}
