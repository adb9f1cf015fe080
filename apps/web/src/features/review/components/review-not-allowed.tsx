import { Link } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useT } from '../../../i18n/use-t';
import { paths } from '../../../lib/paths';
import './review.css';

/**
 * Shown to readers instead of the review queue or the merge: the API refuses them as well, and
 * this says so in words with a way on.
 */
export function ReviewNotAllowed() {
  const t = useT();
  useDocumentTitle(t('review.notAllowed.title'));
  return (
    <div className="page-header">
      <h1>{t('review.notAllowed.title')}</h1>
      <p className="lead">{t('review.notAllowed.body')}</p>
      <p>
        <Link to={paths.home()}>{t('review.notAllowed.toHome')}</Link>
      </p>
    </div>
  );
}
