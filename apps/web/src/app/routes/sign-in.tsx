import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { AppShell } from '../../components/app-shell';
import { useMe } from '../../features/auth/api/get-me';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../i18n/use-t';
import { paths, returnToParam, safeReturnTo } from '../../lib/paths';

export function SignInRoute() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnTo(searchParams.get(returnToParam)) ?? paths.home();
  useDocumentTitle(t('auth.signIn.title'));

  // Already signed in (another tab, or a bookmark to this page): nothing to do here.
  if (me.data) return <Navigate to={returnTo} replace />;

  return (
    <AppShell showNavigation={false}>
      <div className="sign-in">
        <div className="card sign-in-card">
          <h1>{t('auth.signIn.title')}</h1>
          <p className="sign-in-intro">{t('auth.signIn.intro')}</p>
          <SignInForm onSignedIn={() => navigate(returnTo, { replace: true })} />
        </div>
      </div>
    </AppShell>
  );
}
