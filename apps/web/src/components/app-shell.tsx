import { type ReactNode, useEffect, useRef, useState } from 'react';
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
 * the main landmark and the footer. On a phone the navigation, language and account fold into a
 * menu behind one button, so the banner takes a single row (the style sheet decides the width).
 */
export function AppShell({ showNavigation = true, account, children }: AppShellProps) {
  const t = useT();
  const mainRef = useMainFocusOnNavigation();
  const menu = useMenuDisclosure();
  const tools = (
    <div className="header-tools">
      <LanguageSwitch />
      {account}
    </div>
  );

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      <header className="site-header" ref={menu.headerRef}>
        <div className="site-header-inner container">
          <Link to={paths.home()} className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </Link>
          {showNavigation ? (
            <>
              <button
                type="button"
                ref={menu.buttonRef}
                className="menu-toggle"
                aria-expanded={menu.open}
                aria-controls={menuId}
                onClick={menu.toggle}
              >
                <MenuIcon open={menu.open} />
                {t('shell.menu.button')}
              </button>
              <div id={menuId} className={menu.open ? 'site-menu site-menu-open' : 'site-menu'}>
                {tools}
                <PrimaryNavigation onFollow={menu.followLink} />
              </div>
            </>
          ) : (
            tools
          )}
        </div>
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

/** One shell per page, so one menu: the button names the panel it shows and hides. */
const menuId = 'site-menu';

/**
 * The phone menu is a disclosure (not a dialog): the button opens and closes it, a new page
 * closes it, and Escape closes it with focus back on the button. On wide screens the button
 * is not shown and the style sheet shows the menu's content whatever the state.
 */
function useMenuDisclosure() {
  const [open, setOpen] = useState(false);
  const headerRef = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  // A new page closes the menu, in the same render, so it never shows open on that page.
  const [menuPathname, setMenuPathname] = useState(pathname);
  if (menuPathname !== pathname) {
    setMenuPathname(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    // Only Escape pressed in the banner: the page's own widgets use Escape for themselves.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (!(event.target instanceof Node && headerRef.current?.contains(event.target))) return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);
  return {
    open,
    headerRef,
    buttonRef,
    toggle: () => setOpen((value) => !value),
    /** A link in the menu closes it; one to this very page leaves focus on the button. */
    followLink: (to: string) => {
      setOpen(false);
      if (to === pathname) buttonRef.current?.focus();
    },
  };
}

/** Three bars, or a cross while the menu is open; the button's text says what it is. */
function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg
      className="menu-toggle-icon"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 20 20"
      width="20"
      height="20"
    >
      {open ? <path d="M4 4 16 16M16 4 4 16" /> : <path d="M2 4.5h16M2 10h16M2 15.5h16" />}
    </svg>
  );
}

/**
 * The main menu. Administration is listed only for editors and administrators, the people who
 * can do something there; the API decides what they may actually change.
 */
function PrimaryNavigation({ onFollow }: { onFollow: (to: string) => void }) {
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
      <ul className="primary-nav-list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end}
              className="primary-nav-link"
              onClick={() => onFollow(item.to)}
            >
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
