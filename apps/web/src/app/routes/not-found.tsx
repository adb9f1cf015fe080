import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../i18n/use-t';
import { paths } from '../../lib/paths';

export function NotFoundRoute() {
  const t = useT();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page-header">
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.body')}</p>
      <p>
        <Link to={paths.home()}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
