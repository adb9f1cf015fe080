import type { Me } from '@nk/shared';
import { useT } from '../../../i18n/use-t';
import { SignOutButton } from './sign-out-button';

interface AccountMenuProps {
  user: Me;
  onSignOut?: () => void;
}

/** Who is signed in, and the way out. */
export function AccountMenu({ user, onSignOut }: AccountMenuProps) {
  const t = useT();
  return (
    <div className="account">
      <p className="account-user">
        <span className="visually-hidden">{t('shell.signedInAs')} </span>
        <span className="account-email">{user.email}</span>
      </p>
      <SignOutButton onSignOut={onSignOut} />
    </div>
  );
}
