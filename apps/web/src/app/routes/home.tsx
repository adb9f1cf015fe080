import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../i18n/use-t';
import { paths } from '../../lib/paths';

export function HomeRoute() {
  const t = useT();
  useDocumentTitle(t('shell.nav.home'));
  return (
    <div className="home">
      <div className="page-header">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p className="lead">{t('home.lead2')}</p>
      </div>
      <p>
        <Link to={paths.organisations()} className="button button-primary">
          {t('home.organisationsLink')}
        </Link>
      </p>
    </div>
  );
}
