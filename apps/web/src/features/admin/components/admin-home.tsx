import type { Me } from '@nk/shared';
import { Link } from 'react-router';
import { Skeleton } from '../../../components/skeleton';
import { useI18n } from '../../../i18n/use-t';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useOpenSuggestionsCount } from '../api/get-open-suggestions';
import { useAdminOrganisations } from '../api/get-organisations';
import { useUsers } from '../api/get-users';
import { isAdmin } from '../utils/access';
import { AdminPageHeader } from './admin-page-header';
import '../admin.css';

/** The administration's start page: what a steward or an administrator can do, with counts. */
export function AdminHome({ me }: { me: Me }) {
  const { t, locale } = useI18n();
  const admin = isAdmin(me);
  const suggestions = useOpenSuggestionsCount(true);
  const users = useUsers(admin);
  const organisations = useAdminOrganisations();

  const scopeNames = (organisations.data ?? [])
    .filter((organisation) => me.scope.includes(organisation.id))
    .map((organisation) => organisation.name)
    .sort(nameCollator(locale).compare);
  const lead =
    !admin && scopeNames.length > 0
      ? t('admin.leadEditor', { organisations: scopeNames.join(', ') })
      : t('admin.lead');

  return (
    <div className="admin-home">
      <AdminPageHeader title={t('admin.title')} lead={lead} home />
      <ul className="admin-cards">
        <li className="card admin-card">
          <h2>
            <Link to={paths.adminImport()}>{t('admin.home.import.title')}</Link>
          </h2>
          <p>{t('admin.home.import.body')}</p>
        </li>
        <li className="card admin-card">
          <h2>
            <Link to={paths.adminReview()}>{t('admin.home.suggestions.title')}</Link>
          </h2>
          <p>{t('admin.home.suggestions.body')}</p>
          <p className="admin-card-count" aria-live="polite">
            {suggestions.isPending ? (
              <Skeleton className="skeleton-short" />
            ) : suggestions.isError ? (
              <span className="admin-muted">{t('admin.home.suggestions.failed')}</span>
            ) : suggestions.data.more ? (
              t('admin.home.suggestions.more', { count: suggestions.data.count })
            ) : suggestions.data.count === 0 ? (
              t('admin.home.suggestions.none')
            ) : suggestions.data.count === 1 ? (
              t('admin.home.suggestions.one')
            ) : (
              t('admin.home.suggestions.many', { count: suggestions.data.count })
            )}
          </p>
        </li>
        {(
          [
            ['adminHandover', 'handover'],
            ['adminMerge', 'merge'],
            ['archived', 'archive'],
          ] as const
        ).map(([path, key]) => (
          <li key={key} className="card admin-card">
            <h2>
              <Link to={paths[path]()}>{t(`admin.home.${key}.title`)}</Link>
            </h2>
            <p>{t(`admin.home.${key}.body`)}</p>
          </li>
        ))}
        {admin ? (
          <>
            <li className="card admin-card">
              <h2>
                <Link to={paths.adminCatalogue()}>{t('admin.home.catalogue.title')}</Link>
              </h2>
              <p>{t('admin.home.catalogue.body')}</p>
            </li>
            <li className="card admin-card">
              <h2>
                <Link to={paths.adminAudit()}>{t('admin.home.audit.title')}</Link>
              </h2>
              <p>{t('admin.home.audit.body')}</p>
            </li>
            <li className="card admin-card">
              <h2>
                <Link to={paths.adminUsers()}>{t('admin.home.users.title')}</Link>
              </h2>
              <p>{t('admin.home.users.body')}</p>
              {users.data ? (
                <p className="admin-card-count">
                  {t('admin.home.users.count', { count: users.data.length })}
                </p>
              ) : null}
            </li>
          </>
        ) : null}
      </ul>
      {admin ? null : <p className="admin-muted">{t('admin.home.adminOnlyNote')}</p>}
    </div>
  );
}
