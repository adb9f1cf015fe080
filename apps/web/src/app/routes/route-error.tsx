import { isRouteErrorResponse, useRouteError } from 'react-router';
import { AppShell } from '../../components/app-shell';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../i18n/use-t';
import { paths } from '../../lib/paths';

/**
 * Last line of defence: a page's code failed to load (often a new deployment replaced the old
 * chunks) or a page crashed. A full reload fixes the first, so the link reloads.
 */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  useDocumentTitle(t('error.title'));
  if (!isRouteErrorResponse(error)) console.error(error);

  return (
    <AppShell showNavigation={false}>
      <h1>{t('error.title')}</h1>
      <div className="alert alert-error" role="alert">
        <p>{t('error.pageLoad')}</p>
      </div>
      <p>
        <a href={paths.home()}>{t('notFound.home')}</a>
      </p>
    </AppShell>
  );
}
