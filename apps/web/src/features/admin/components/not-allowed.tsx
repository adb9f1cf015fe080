import { Link } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useT } from '../../../i18n/use-t';
import { paths } from '../../../lib/paths';
import '../admin.css';

/**
 * Shown instead of an administration page to someone whose role does not reach it. The API
 * refuses them too; this page says so in words and shows a way on.
 */
export function NotAllowed({ adminOnly = false }: { adminOnly?: boolean }) {
  const t = useT();
  useDocumentTitle(t('admin.notAllowed.title'));
  return (
    <div className="page-header">
      <h1>{t('admin.notAllowed.title')}</h1>
      <p className="lead">
        {t(adminOnly ? 'admin.notAllowed.adminOnly' : 'admin.notAllowed.body')}
      </p>
      <p>
        {adminOnly ? (
          <Link to={paths.admin()}>{t('admin.notAllowed.toAdmin')}</Link>
        ) : (
          <Link to={paths.home()}>{t('admin.notAllowed.toHome')}</Link>
        )}
      </p>
    </div>
  );
}
