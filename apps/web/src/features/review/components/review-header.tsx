import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useT } from '../../../i18n/use-t';
import { paths } from '../../../lib/paths';

/** Breadcrumb back to the administration, the page's one h1 and its lead. */
export function ReviewHeader({ title, lead }: { title: string; lead?: ReactNode }) {
  const t = useT();
  useDocumentTitle(title);
  return (
    <div className="page-header review-header">
      <nav aria-label={t('review.breadcrumb')} className="review-breadcrumb">
        <ol>
          <li>
            <Link to={paths.admin()}>{t('review.breadcrumbAdmin')}</Link>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
    </div>
  );
}
