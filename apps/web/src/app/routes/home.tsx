import { HomeEntryPoints } from '../../features/onboarding/components/home-entry-points';
import { HomeSearch } from '../../features/search/components/home-search';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../i18n/use-t';

export function HomeRoute() {
  const t = useT();
  useDocumentTitle(t('shell.nav.home'));
  return (
    <div className="home">
      <h1>{t('home.title')}</h1>
      {/* Search first: most visits are someone looking for a person to call. */}
      <HomeSearch />
      <div className="page-header">
        <p className="lead">{t('home.lead')}</p>
        <p className="lead">{t('home.lead2')}</p>
      </div>
      <HomeEntryPoints />
    </div>
  );
}
