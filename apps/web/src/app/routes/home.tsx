import { Link } from 'react-router';
import { HomeSearch } from '../../features/search/components/home-search';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../i18n/use-t';
import { paths } from '../../lib/paths';

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
      <p>
        <Link to={paths.organisations()} className="button button-secondary">
          {t('home.organisationsLink')}
        </Link>
      </p>
    </div>
  );
}
