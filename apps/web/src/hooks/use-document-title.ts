import { useEffect } from 'react';
import { useT } from '../i18n/use-t';

/** Sets the browser tab title to "<page> – Nätverkskatalogen"; every page has its own. */
export function useDocumentTitle(pageTitle: string | null | undefined): void {
  const t = useT();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} – ${appName}` : appName;
  }, [pageTitle, appName]);
}
