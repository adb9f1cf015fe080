import { OrganisationTree } from '../../features/organisations/components/organisation-tree';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useT } from '../../i18n/use-t';

export function OrganisationsRoute() {
  const t = useT();
  useDocumentTitle(t('organisations.title'));
  return (
    <>
      <div className="page-header">
        <h1>{t('organisations.title')}</h1>
        <p className="lead">{t('organisations.intro')}</p>
      </div>
      <OrganisationTree />
    </>
  );
}
