import { type ReactNode, useEffect, useRef } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useMe } from '../features/auth/api/get-me';
import { useT } from '../i18n/use-t';
import { paths } from '../lib/paths';
import { LanguageSwitch } from './language-switch';

interface AppShellProps {
  /** The primary navigation; hidden on pages for people who are not signed in. */
  showNavigation?: boolean;
  /** Who is signed in and the sign-out button; provided by the app, which knows about auth. */
  account?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every page: skip link, banner with product name, navigation, language and account,
 * the main landmark and the footer.
 */
export function AppShell({ showNavigation = true, account, children }: AppShellProps) {
  const t = useT();
  const mainRef = useMainFocusOnNavigation();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header-inner container">
          <Link to={paths.home()} className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            {account}
          </div>
        </div>
        {showNavigation ? <PrimaryNavigation /> : null}
      </header>
      <main id="main" className="site-main container" tabIndex={-1} ref={mainRef}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p className="site-footer-name">
            {t('app.name')} · {t('app.tagline')}
          </p>
          <p>{t('shell.footer.about')}</p>
          <p>{t('shell.footer.members')}</p>
        </div>
      </footer>
    </div>
  );
}

/**
 * The main menu. Administration is listed only for editors and administrators, the people who
 * can do something there; the API decides what they may actually change.
 */
function PrimaryNavigation() {
  const t = useT();
  const me = useMe();
  const role = me.data?.role;
  const items: Array<{ to: string; label: string; end?: boolean }> = [
    { to: paths.home(), label: t('shell.nav.home'), end: true },
    { to: paths.search(), label: t('onboarding.nav.search') },
    { to: paths.counterparts(), label: t('onboarding.nav.counterparts') },
    { to: paths.organisations(), label: t('shell.nav.organisations') },
    { to: paths.networks(), label: t('onboarding.nav.networks') },
    { to: paths.onboarding(), label: t('onboarding.nav.onboarding') },
  ];
  if (role === 'editor' || role === 'admin') {
    items.push({ to: paths.admin(), label: t('onboarding.nav.admin') });
  }
  return (
    <nav className="primary-nav" aria-label={t('shell.primaryNav')}>
      <ul className="primary-nav-list container">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className="primary-nav-link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * After a client-side navigation, move focus to the new page's content, as a full page load
 * would, so keyboard and screen reader users start reading at the new content.
 */
function useMainFocusOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}
