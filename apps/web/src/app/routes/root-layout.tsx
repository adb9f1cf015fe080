import { Outlet, ScrollRestoration } from 'react-router';
import { AppShell } from '../../components/app-shell';
import { PageSkeleton } from '../../components/skeleton';
import { useT } from '../../i18n/use-t';

export function RootLayout() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

/** What shows while the first page's code loads: the frame, and a placeholder for the content. */
export function AppBootFallback() {
  const t = useT();
  return (
    <AppShell showNavigation={false}>
      <PageSkeleton label={t('common.loading')} />
    </AppShell>
  );
}
