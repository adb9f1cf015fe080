import { Link, useNavigate, useSearchParams } from 'react-router';
import { AppShell } from '../../components/app-shell';
import { AcceptInviteForm } from '../../features/auth/components/accept-invite-form';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../i18n/use-t';
import { paths } from '../../lib/paths';

/** `/aktivera?token=…`: where an invitation link leads; choose a password and you are in. */
export function AcceptInviteRoute() {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  useDocumentTitle(t('auth.invite.title'));

  return (
    <AppShell showNavigation={false}>
      <div className="sign-in">
        <div className="card sign-in-card">
          <h1>{t('auth.invite.title')}</h1>
          {token ? (
            <>
              <p className="sign-in-intro">{t('auth.invite.intro')}</p>
              <AcceptInviteForm
                token={token}
                onAccepted={() => navigate(paths.home(), { replace: true })}
              />
            </>
          ) : (
            <p className="alert alert-error" role="alert">
              {t('auth.invite.linkInvalid')}
            </p>
          )}
          <p>
            <Link to={paths.signIn()}>{t('auth.invite.haveAccount')}</Link>
          </p>
        </div>
      </div>
    </AppShell>
  );
}
