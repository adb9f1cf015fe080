import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useT } from '../../../i18n/use-t';
import { paths } from '../../../lib/paths';

interface AdminPageHeaderProps {
  title: string;
  lead?: ReactNode;
  /** Leaves out the breadcrumb on the administration's own start page. */
  home?: boolean;
}

/** Breadcrumb back to the administration, the page's one h1 and its lead. */
export function AdminPageHeader({ title, lead, home = false }: AdminPageHeaderProps) {
  const t = useT();
  useDocumentTitle(title);
  return (
    <div className="page-header admin-page-header">
      {home ? null : (
        <nav aria-label={t('admin.breadcrumb')} className="admin-breadcrumb">
          <ol>
            <li>
              <Link to={paths.admin()}>{t('admin.title')}</Link>
            </li>
            <li aria-current="page">{title}</li>
          </ol>
        </nav>
      )}
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
    </div>
  );
}
